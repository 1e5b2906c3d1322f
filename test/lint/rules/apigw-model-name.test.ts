import {testRule} from '../../helpers/rule.js'

testRule('apigw-model-name', [
  {
    name: 'alphanumeric schema names pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet2: {type: object}
`,
    errors: [],
  },
  {
    name: 'OpenAPI 3 schema names with _ or - are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    pet_type: {type: string}
    Error-Body: {type: object}
`,
    errors: [
      {pointer: '/components/schemas/pet_type', message: /"pettype"/},
      {pointer: '/components/schemas/Error-Body', line: 7},
    ],
  },
  {
    name: 'Swagger 2.0 definitions are models too',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Pet.V2: {type: object}
`,
    errors: [{pointer: '/definitions/Pet.V2'}],
  },
  {
    name: 'OpenAPI 3.1 schema names with _ are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet_V2: {type: [object, 'null']}
    Pet: {type: object}
`,
    errors: [{pointer: '/components/schemas/Pet_V2', message: /"PetV2"/}],
  },
])
