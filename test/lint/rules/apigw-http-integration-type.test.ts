import {testRule} from '../../helpers/rule.js'

testRule('apigw-http-integration-type', [
  {
    name: 'AWS_PROXY and HTTP_PROXY pass on an HTTP API',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: AWS_PROXY, httpMethod: POST, uri: 'arn:x', payloadFormatVersion: '2.0'}
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: POST, uri: 'https://example.com'}
x-amazon-apigateway-importexport-version: '1.0'
`,
    errors: [],
  },
  {
    name: 'aws and mock integrations in an HTTP API export are reported',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: aws, httpMethod: POST, uri: 'arn:aws:apigateway:us-east-1:kinesis:action/PutRecord'}
    options:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: mock}
x-amazon-apigateway-importexport-version: '1.0'
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/type', message: /"aws"/},
      {pointer: '/paths/~1a/options/x-amazon-apigateway-integration/type', message: /"mock"/},
    ],
  },
  {
    name: 'Swagger 2.0: an http integration on a declared HTTP API is reported, HTTP_PROXY passes',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: http, httpMethod: GET, uri: 'https://example.com/a'}
    put:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: HTTP_PROXY, httpMethod: PUT, uri: 'https://example.com/a'}
`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration/type', message: /"http"/}],
  },
  {
    name: 'OpenAPI 3.1: a mock integration in an HTTP API export is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: AWS_PROXY, httpMethod: POST, uri: 'arn:x', payloadFormatVersion: '2.0'}
    delete:
      responses: {'204': {description: gone}}
      x-amazon-apigateway-integration: {type: MOCK}
x-amazon-apigateway-importexport-version: '1.0'
`,
    errors: [{pointer: '/paths/~1a/delete/x-amazon-apigateway-integration/type', message: /"MOCK"/}],
  },
])
