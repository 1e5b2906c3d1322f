import {testRule} from '../../helpers/rule.js'

testRule('oas30-no-31-keywords', [
  {
    name: '3.0 keywords pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Size: {type: integer, nullable: true, minimum: 0, exclusiveMinimum: true, example: 3}
`,
    errors: [],
  },
  {
    name: 'type lists, const, examples, $defs and numeric exclusive bounds in 3.0 are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Size:
      type: [integer, 'null']
      exclusiveMinimum: 0
      const: 3
      examples: [3]
    Wrapper:
      $defs: {}
      type: object
`,
    errors: [
      {pointer: '/components/schemas/Size/type', message: /nullable: true/, line: 7},
      '/components/schemas/Size/exclusiveMinimum',
      {pointer: '/components/schemas/Size/const', message: /enum/},
      '/components/schemas/Size/examples',
      '/components/schemas/Wrapper/$defs',
    ],
  },
  {
    name: '2.0 definitions are checked too',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Nothing: {type: 'null'}
`,
    errors: ['/definitions/Nothing/type'],
  },
])
