import {testRule} from '../../helpers/rule.js'

testRule('operation-has-security', [
  {
    name: 'root security covers every operation',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
security: [{token: []}]
paths:
  /pets:
    get: {responses: {'200': {description: ok}}}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
`,
    errors: [],
  },
  {
    name: 'no schemes, nothing to apply',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'operations without security are reported; an explicit empty list is public on purpose',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
security: []
paths:
  /pets:
    get: {responses: {'200': {description: ok}}}
    post:
      security: [{token: []}]
      responses: {'201': {description: ok}}
  /health:
    get:
      security: []
      responses: {'200': {description: ok}}
webhooks:
  ping:
    post: {responses: {'200': {description: ok}}}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
`,
    errors: [{pointer: '/paths/~1pets/get', line: 6, message: /GET \/pets has no security requirement/}],
  },
  {
    name: '2.0 securityDefinitions',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
securityDefinitions:
  key: {type: apiKey, name: X-Key, in: header}
paths:
  /pets:
    get: {responses: {'200': {description: ok}}}
    put:
      security: [{key: []}]
      responses: {'200': {description: ok}}
`,
    errors: ['/paths/~1pets/get'],
  },
  {
    name: '3.0: an operation without security beside a scheme is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    delete: {responses: {'204': {description: ok}}}
components:
  securitySchemes:
    key: {type: apiKey, name: X-Key, in: header}
`,
    errors: [{pointer: '/paths/~1pets/delete', message: /DELETE \/pets has no security requirement/}],
  },
])
