import {testRule} from '../../helpers/rule.js'

testRule('apigw-http-only-extension', [
  {
    name: 'a REST definition without HTTP API extensions passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: 'arn:x'}
`,
    errors: [],
  },
  {
    name: 'an HTTP API export deployed as REST reports what REST ignores',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: 'arn:x', payloadFormatVersion: '2.0'}
x-amazon-apigateway-cors: {allowOrigins: ['*']}
x-amazon-apigateway-importexport-version: '1.0'
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/payloadFormatVersion', message: /only HTTP APIs/},
      {pointer: '/x-amazon-apigateway-cors', message: /OPTIONS methods/},
      {pointer: '/x-amazon-apigateway-importexport-version'},
    ],
  },
  {
    name: 'nothing is reported when the config says HTTP API',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-cors: {allowOrigins: ['*']}
`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [],
  },
  {
    name: 'Swagger 2.0: a root CORS object and an integrationSubtype are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-cors: {allowOrigins: ['*']}
paths:
  /a:
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: 'arn:x', integrationSubtype: SQS-SendMessage}
`,
    errors: [
      {pointer: '/x-amazon-apigateway-cors', message: /OPTIONS methods/},
      {pointer: '/paths/~1a/post/x-amazon-apigateway-integration/integrationSubtype', message: /only HTTP APIs/},
    ],
  },
  {
    name: 'OpenAPI 3.1: reusable integrations under components are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: 'arn:x'}
components:
  x-amazon-apigateway-integrations:
    fn: {type: aws_proxy, httpMethod: POST, uri: 'arn:y'}
`,
    errors: [{pointer: '/components/x-amazon-apigateway-integrations', message: /HTTP API feature/}],
  },
])
