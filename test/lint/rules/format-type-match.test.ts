import {testRule} from '../../helpers/rule.js'

testRule('format-type-match', [
  {
    name: 'formats on their types pass (int64 as a string too); unknown formats are left to format-known',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Count: {type: integer, format: int32}
    Big: {type: string, format: int64}
    When: {type: string, format: date-time}
    Odd: {type: integer, format: whatever}
`,
    errors: [],
  },
  {
    name: '3.0: a format on the wrong type is reported, nullable or not',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Count: {type: string, format: int32}
    When: {type: integer, nullable: true, format: date-time}
`,
    errors: [{pointer: '/components/schemas/Count/format', message: /"int32" does not apply to type string/}, {pointer: '/components/schemas/When/format', message: /type integer in When/}],
  },
  {
    name: 'formats on the wrong type are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Count: {type: string, format: int32}
    When: {type: [integer, 'null'], format: date-time}
`,
    errors: [{pointer: '/components/schemas/Count/format', message: /"int32" does not apply to type string/}, '/components/schemas/When/format'],
  },
  {
    name: '2.0: formats on the wrong type in definitions and parameters are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - {name: since, in: query, type: integer, format: date-time}
        - {name: limit, in: query, type: integer, format: int32}
      responses: {'200': {description: ok}}
definitions:
  Count: {type: string, format: int32}
`,
    errors: ['/paths/~1pets/get/parameters/0/format', '/definitions/Count/format'],
  },
])
