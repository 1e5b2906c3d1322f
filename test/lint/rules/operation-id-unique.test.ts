import {testRule} from '../../helpers/rule.js'

testRule('operation-id-unique', [
  {
    name: 'distinct ids pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get: {operationId: getA, responses: {'200': {description: ok}}}
  /b:
    get: {operationId: getB, responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'a repeated id is reported at the second use',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get: {operationId: same, responses: {'200': {description: ok}}}
  /b:
    get:
      operationId: same
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1b/get/operationId', line: 8, message: /GET \/a/}],
  },
])
