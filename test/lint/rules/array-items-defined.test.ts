import {testRule} from '../../helpers/rule.js'

testRule('array-items-defined', [
  {
    name: 'arrays with items (or 3.1 prefixItems) pass',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Tags: {type: array, items: {type: string}}
    Pair: {type: array, prefixItems: [{type: string}, {type: integer}]}
`,
    errors: [],
  },
  {
    name: 'arrays without items are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Tags:
      type: array
      minItems: 1
`,
    errors: [{pointer: '/components/schemas/Tags/type', line: 7, message: /Array Tags/}],
  },
  {
    name: '2.0 array parameters without items are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters: [{name: ids, in: query, type: array}]
      responses: {'200': {description: ok}}
`,
    errors: ['/paths/~1pets/get/parameters/0/type'],
  },
])
