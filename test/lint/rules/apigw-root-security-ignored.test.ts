import {testRule} from '../../helpers/rule.js'

testRule('apigw-root-security-ignored', [
  {
    name: 'root security repeated on every operation passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
security: [{auth: []}]
paths:
  /a:
    get:
      security: [{auth: []}]
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    auth: {type: apiKey, name: x-api-key, in: header}
`,
    errors: [],
  },
  {
    name: '3.0: root security with an operation relying on it is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
security: [{auth: []}]
paths:
  /a:
    put: {responses: {'200': {description: ok}}}
components:
  securitySchemes:
    auth: {type: apiKey, name: x-api-key, in: header}
`,
    errors: [{pointer: '/security', line: 3, message: /PUT \/a/}],
  },
  {
    name: 'root security with operations relying on it is reported once',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
security:
  - auth: []
paths:
  /a:
    get: {responses: {'200': {description: ok}}}
  /b:
    post: {responses: {'200': {description: ok}}}
securityDefinitions:
  auth: {type: apiKey, name: x-api-key, in: header}
`,
    errors: [{pointer: '/security', line: 3, message: /GET \/a, POST \/b/}],
  },
  {
    name: 'OpenAPI 3.1: root security is reported for the operation relying on it, not the one repeating it',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
security: [{auth: []}]
paths:
  /a:
    get:
      security: [{auth: []}]
      responses: {'200': {description: ok}}
  /b:
    delete: {responses: {'200': {description: ok}}}
components:
  securitySchemes:
    auth: {type: apiKey, name: x-api-key, in: header}
`,
    errors: [{pointer: '/security', line: 3, message: /DELETE \/b/}],
  },
])
