import {testRule} from '../../helpers/rule.js'

testRule('enum-unique', [
  {
    name: 'distinct values pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Mode: {type: string, enum: [fast, slow, Fast]}
`,
    errors: [],
  },
  {
    name: '3.0: a repeated value in a parameter schema is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - {name: sort, in: query, schema: {type: string, enum: [name, age, name]}}
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1pets/get/parameters/0/schema/enum/2', message: /"name" .*repeats entry 0/}],
  },
  {
    name: 'repeated values (objects compared by content) are reported at the repeat',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Mode: {type: string, enum: [fast, slow, fast]}
    Point: {type: object, enum: [{x: 1, y: 2}, {y: 2, x: 1}]}
`,
    errors: [{pointer: '/components/schemas/Mode/enum/2', message: /repeats entry 0/}, '/components/schemas/Point/enum/1'],
  },
  {
    name: '2.0: repeats in definitions and in parameter enums are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - {name: sort, in: query, type: string, enum: [name, age, name]}
      responses: {'200': {description: ok}}
definitions:
  Mode: {type: string, enum: [fast, slow, fast]}
`,
    errors: ['/paths/~1pets/get/parameters/0/enum/2', '/definitions/Mode/enum/2'],
  },
])
