import {testRule} from '../../helpers/rule.js'

testRule('apigw-rest-only-extension', [
  {
    name: 'an HTTP API definition with proxy integrations passes',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: AWS_PROXY, httpMethod: POST, uri: 'arn:x', payloadFormatVersion: '2.0'}
x-amazon-apigateway-importexport-version: '1.0'
`,
    errors: [],
  },
  {
    name: 'REST-only features in an HTTP API are reported',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
x-amazon-apigateway-request-validators:
  all: {validateRequestBody: true, validateRequestParameters: true}
paths:
  /a:
    post:
      x-amazon-apigateway-request-validator: all
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: HTTP_PROXY
        httpMethod: POST
        uri: 'https://example.com'
        requestTemplates: {application/json: '{}'}
`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [
      {pointer: '/x-amazon-apigateway-request-validators', message: /request validation/},
      {pointer: '/paths/~1a/post/x-amazon-apigateway-request-validator'},
      {pointer: '/paths/~1a/post/x-amazon-apigateway-integration/requestTemplates', message: /mapping templates/},
    ],
  },
  {
    name: 'OpenAPI 3.1: a REST-only API key source in an HTTP API is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: HEADER
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: HTTP_PROXY, httpMethod: GET, uri: 'https://example.com'}
`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [{pointer: '/x-amazon-apigateway-api-key-source'}],
  },
  {
    name: '2.0: a REST-only resource policy and integration responses in an HTTP API are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-policy: {Version: '2012-10-17', Statement: []}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: HTTP
        httpMethod: GET
        uri: 'https://example.com'
        responses: {default: {statusCode: '200'}}
`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [
      {pointer: '/x-amazon-apigateway-policy', message: /resource policies/},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/responses', message: /integration responses/},
    ],
  },
  {
    name: 'a REST document without HTTP markers or config is not checked',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: HEADER
paths: {}
`,
    errors: [],
  },
])
