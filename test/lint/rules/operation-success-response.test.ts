import {testRule} from '../../helpers/rule.js'

testRule('operation-success-response', [
  {
    name: '2xx, 3xx, ranges and 101 pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get: {responses: {'204': {description: ok}}}
  /b:
    get: {responses: {'302': {description: moved}}}
  /c:
    get: {responses: {2XX: {description: ok}}}
  /ws:
    get: {responses: {'101': {description: upgraded}}}
`,
    errors: [],
  },
  {
    name: 'errors only (or default only) are reported at responses',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '404': {description: missing}
  /b:
    get: {responses: {default: {description: error}}}
`,
    errors: [{pointer: '/paths/~1a/get/responses', line: 6, message: /GET \/a has no 2xx or 3xx/}, '/paths/~1b/get/responses'],
  },
  {
    name: '3.1 operation without responses is reported at the operation',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
webhooks:
  ping:
    post: {summary: Ping}
`,
    errors: ['/webhooks/ping/post'],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get: {responses: {'400': {description: bad}}}
    put: {responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1a/get/responses'],
  },
])
