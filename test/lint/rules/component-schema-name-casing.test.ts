import {testRule} from '../../helpers/rule.js'

testRule('component-schema-name-casing', [
  {
    name: 'PascalCase names pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet: {type: object}
    PetList: {type: array, items: {$ref: '#/components/schemas/Pet'}}
`,
    errors: [],
  },
  {
    name: '3.0: a camelCase schema name is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    petList: {type: array, items: {$ref: '#/components/schemas/Pet'}}
    Pet: {type: object}
`,
    errors: [{pointer: '/components/schemas/petList', line: 6, message: /"petList" is not pascal case/}],
  },
  {
    name: 'other casings are reported at the name',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    pet_list: {type: array}
    Pet: {type: object}
`,
    errors: [{pointer: '/components/schemas/pet_list', line: 6, message: /"pet_list" is not pascal case/}],
  },
  {
    name: 'the casing option (2.0 definitions)',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  pet_list: {type: array}
  Pet: {type: object}
`,
    config: (c) => {
      c.lint.rules['component-schema-name-casing'] = {severity: 'warning', casing: 'snake'}
    },
    errors: [{pointer: '/definitions/Pet', message: /snake case/}],
  },
])
