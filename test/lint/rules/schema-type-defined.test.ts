import {testRule} from '../../helpers/rule.js'

testRule('schema-type-defined', [
  {
    name: 'typed schemas, compositions, enums, empty schemas and allOf fragments pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet: {type: object, properties: {name: {type: string}}}
    Any: {description: any value}
    Kind: {enum: [a, b]}
    Named:
      allOf:
        - $ref: '#/components/schemas/Pet'
        - properties: {nick: {type: string}}
`,
    errors: [],
  },
  {
    name: 'type-specific keywords without type are reported at the first one',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      properties:
        name: {maxLength: 10}
`,
    errors: [
      {pointer: '/components/schemas/Pet/properties', message: /type: object/},
      {pointer: '/components/schemas/Pet/properties/name/maxLength', message: /type: string/},
    ],
  },
  {
    name: '2.0: type-specific keywords without type are reported in definitions and body schemas',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      parameters:
        - {name: body, in: body, schema: {properties: {name: {type: string}}}}
      responses: {'204': {description: none}}
definitions:
  Pet:
    type: object
    properties:
      name: {maxLength: 10}
`,
    errors: [
      {pointer: '/paths/~1pets/post/parameters/0/schema/properties', message: /type: object/},
      {pointer: '/definitions/Pet/properties/name/maxLength', message: /type: string/},
    ],
  },
  {
    name: '3.0: type-specific keywords without type are reported, nullable is no type',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {nullable: true, maxLength: 10}
    Tags:
      items: {type: string}
`,
    errors: [
      {pointer: '/components/schemas/Pet/properties/name/maxLength', message: /type: string/},
      {pointer: '/components/schemas/Tags/items', message: /type: array/},
    ],
  },
])
