import {testRule} from '../../helpers/rule.js'

testRule('property-name-casing', [
  {
    name: 'camelCase properties pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet: {type: object, properties: {petName: {type: string}, id: {type: integer}}}
`,
    errors: [],
  },
  {
    name: 'other casings are reported at the property',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet: {type: object, properties: {pet_name: {type: string}, id: {type: integer}}}
`,
    errors: [{pointer: '/components/schemas/Pet/properties/pet_name', message: /"pet_name" of Pet is not camel case/}],
  },
  {
    name: 'a pattern option replaces the casing',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet: {type: object, properties: {pet_name: {type: string}, '@type': {type: string}}}
`,
    config: (c) => {
      c.lint.rules['property-name-casing'] = {severity: 'hint', pattern: '^@?[a-z_]+$', casing: 'camel'}
    },
    errors: [],
  },
  {
    name: '2.0: other casings in definitions are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Pet: {type: object, properties: {pet_name: {type: string}, id: {type: integer}}}
`,
    errors: [{pointer: '/definitions/Pet/properties/pet_name', message: /"pet_name" of Pet is not camel case/}],
  },
  {
    name: '3.0: other casings are reported, in request bodies too',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json: {schema: {type: object, properties: {PetName: {type: string, nullable: true}}}}
      responses: {'204': {description: none}}
`,
    errors: [{pointer: '/paths/~1pets/post/requestBody/content/application~1json/schema/properties/PetName', message: /"PetName" .* is not camel case/}],
  },
])
