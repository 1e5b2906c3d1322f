import {testRule} from '../../helpers/rule.js'

testRule('apigw-security-scheme-unenforced', [
  {
    name: 'authorizer, sigv4 and x-api-key schemes pass on a REST API',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security: [{lambda: []}, {sigv4: []}, {key: []}]
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    lambda: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authorizer: {type: token, authorizerUri: 'arn:x'}}
    sigv4: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
    key: {type: apiKey, name: x-api-key, in: header}
`,
    errors: [],
  },
  {
    name: 'an OAuth2 scheme without an authorizer leaves the method open',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security: [{oauth: [read]}]
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    oauth:
      type: oauth2
      flows: {implicit: {authorizationUrl: 'https://example.com/auth', scopes: {read: read}}}
`,
    errors: [{pointer: '/components/securitySchemes/oauth', message: /type oauth2/}],
  },
  {
    name: 'OpenAPI 3.1: a mutualTLS scheme without an authorizer is reported; an authorizer scheme passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security: [{mtls: []}, {lambda: []}]
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    mtls: {type: mutualTLS}
    lambda: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authorizer: {type: token, authorizerUri: 'arn:x'}}
`,
    errors: [{pointer: '/components/securitySchemes/mtls', message: /type mutualTLS/}],
  },
  {
    name: 'an x-api-key scheme is not enforced by an HTTP API',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security: [{key: []}]
      responses: {'200': {description: ok}}
securityDefinitions:
  key: {type: apiKey, name: x-api-key, in: header}
`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [{pointer: '/securityDefinitions/key', message: /HTTP APIs have no API keys/}],
  },
])
