import {testRule} from '../../helpers/rule.js'

testRule('enum-type-match', [
  {
    name: 'enum values of the declared type pass (null allowed by nullable)',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Size: {type: integer, enum: [1, 2, 3]}
    Colour: {type: string, nullable: true, enum: [red, null]}
`,
    errors: [],
  },
  {
    name: '3.0: a string in an integer enum and null without nullable are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Size: {type: integer, enum: [1, 'two']}
    Colour: {type: string, enum: [red, null]}
`,
    errors: [
      {pointer: '/components/schemas/Size/enum/1', message: /"two" of Size is not of type integer/},
      {pointer: '/components/schemas/Colour/enum/1', message: /null of Colour is not of type string/},
    ],
  },
  {
    name: 'values of another type are reported one by one',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Size: {type: integer, enum: [1, '2', 2.5]}
    Flag: {type: boolean, const: 'yes'}
`,
    errors: [
      {pointer: '/components/schemas/Size/enum/1', message: /"2" of Size is not of type integer/},
      '/components/schemas/Size/enum/2',
      {pointer: '/components/schemas/Flag/const', message: /boolean/},
    ],
  },
  {
    name: '2.0 parameters carry enum and type themselves',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters: [{name: sort, in: query, type: string, enum: [asc, 1]}]
      responses: {'200': {description: ok}}
`,
    errors: ['/paths/~1pets/get/parameters/0/enum/1'],
  },
])
