import {testRule} from '../../helpers/rule.js'

testRule('schema-default-valid', [
  {
    name: 'defaults of the right type and within the enum pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Page:
      type: object
      properties:
        size: {type: integer, default: 20, maximum: 100}
        order: {type: string, enum: [asc, desc], default: asc}
        cursor: {type: string, nullable: true, default: null}
`,
    errors: [],
  },
  {
    name: 'defaults outside the enum, of the wrong type or out of bounds are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Page:
      type: object
      properties:
        size: {type: integer, default: 500, maximum: 100}
        order: {type: string, enum: [asc, desc], default: ascending}
        cursor: {type: string, default: 0}
`,
    errors: [
      {pointer: '/components/schemas/Page/properties/size/default', message: /default of Page\.size/},
      '/components/schemas/Page/properties/order/default',
      '/components/schemas/Page/properties/cursor/default',
    ],
  },
  {
    name: '2.0 parameter defaults are checked against the parameter',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: query, type: integer, enum: [10, 20], required: false, default: 30}
        - {name: page, in: query, type: integer, default: 1}
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1pets/get/parameters/0/default', message: /parameter 0/}],
  },
  {
    name: '3.0: defaults outside the enum or the bounds are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Page:
      type: object
      properties:
        size: {type: integer, minimum: 1, default: 0}
        order: {type: string, nullable: true, enum: [asc, desc], default: up}
`,
    errors: [{pointer: '/components/schemas/Page/properties/size/default', message: /default of Page\.size/}, '/components/schemas/Page/properties/order/default'],
  },
])
