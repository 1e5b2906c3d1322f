import {testRule} from '../../helpers/rule.js'

testRule('min-max-consistent', [
  {
    name: 'consistent bounds pass (equal inclusive bounds too)',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Code: {type: string, minLength: 3, maxLength: 3}
    Score: {type: number, minimum: 0, maximum: 10, exclusiveMaximum: true}
    List: {type: array, items: {type: string}, minItems: 1, maxItems: 5}
`,
    errors: [],
  },
  {
    name: 'inverted or empty ranges are reported at the upper bound',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Code: {type: string, minLength: 5, maxLength: 3}
    Score: {type: number, minimum: 10, maximum: 10, exclusiveMaximum: true}
    Bag: {type: object, minProperties: 4, maxProperties: 2}
`,
    errors: [
      {pointer: '/components/schemas/Code/maxLength', message: /minLength: 5/},
      {pointer: '/components/schemas/Score/maximum', message: /exclusive/},
      '/components/schemas/Bag/maxProperties',
    ],
  },
  {
    name: '3.1 numeric exclusive bounds',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Ratio: {type: number, exclusiveMinimum: 1, exclusiveMaximum: 1}
`,
    errors: ['/components/schemas/Ratio/exclusiveMaximum'],
  },
  {
    name: '2.0: inverted ranges in definitions and parameters are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: query, type: integer, minimum: 100, maximum: 10}
        - {name: page, in: query, type: integer, minimum: 1, maximum: 50}
      responses: {'200': {description: ok}}
definitions:
  Code: {type: string, minLength: 5, maxLength: 3}
`,
    errors: ['/paths/~1pets/get/parameters/0/maximum', '/definitions/Code/maxLength'],
  },
])
