import {testRule} from '../../helpers/rule.js'

testRule('integer-format', [
  {
    name: 'integers with a format pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Count: {type: integer, format: int32}
    Ratio: {type: number}
`,
    errors: [],
  },
  {
    name: '3.0: integers without a format are reported, nullable or in parameters',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters: [{name: limit, in: query, schema: {type: integer}}]
      responses: {'204': {description: none}}
components:
  schemas:
    Count: {type: integer, nullable: true}
`,
    errors: [{pointer: '/paths/~1pets/get/parameters/0/schema/type', message: /int32/}, '/components/schemas/Count/type'],
  },
  {
    name: 'integers without a format are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Count: {type: [integer, 'null']}
`,
    errors: [{pointer: '/components/schemas/Count/type', message: /int32/}],
  },
  {
    name: '2.0 parameters',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters: [{name: limit, in: query, type: integer}]
      responses: {'200': {description: ok}}
`,
    errors: ['/paths/~1pets/get/parameters/0/type'],
  },
])
