import {testRule} from '../../helpers/rule.js'

testRule('apigw-number-format', [
  {
    name: 'integer with int32 and number with float pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Item:
      type: object
      properties:
        count: {type: integer, format: int32}
        price: {type: number, format: float}
`,
    errors: [],
  },
  {
    name: 'number with int64 and any decimal format are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Item:
    type: object
    properties:
      elementId: {type: number, format: int64}
      amount: {type: string, format: decimal}
`,
    errors: [
      {pointer: '/definitions/Item/properties/elementId/format', message: /type: integer/},
      {pointer: '/definitions/Item/properties/amount/format', message: /decimal/},
    ],
  },
  {
    name: 'OpenAPI 3.1: a type array with number and int64 is reported; integer with int64 passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Item:
      type: object
      properties:
        elementId: {type: [number, 'null'], format: int64}
        count: {type: [integer, 'null'], format: int64}
`,
    errors: [{pointer: '/components/schemas/Item/properties/elementId/format', message: /type: integer/}],
  },
  {
    name: '3.0: number with int32 and a decimal format are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Item:
      type: object
      properties:
        quantity: {type: number, format: int32, nullable: true}
        price: {type: number, format: decimal}
`,
    errors: [
      {pointer: '/components/schemas/Item/properties/quantity/format', message: /format: int32/},
      {pointer: '/components/schemas/Item/properties/price/format', message: /decimal/},
    ],
  },
])
