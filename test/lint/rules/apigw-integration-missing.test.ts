import {testRule} from '../../helpers/rule.js'

testRule('apigw-integration-missing', [
  {
    name: 'methods with an integration, the any-method included, pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: mock}
    x-amazon-apigateway-any-method:
      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: ANY, uri: 'https://example.com'}
`,
    errors: [],
  },
  {
    name: 'a method without an integration is reported, the any-method too',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
    x-amazon-apigateway-any-method:
      responses: {'200': {description: ok}}
`,
    errors: [
      {pointer: '/paths/~1a/get', message: /GET \/a/},
      {pointer: '/paths/~1a/x-amazon-apigateway-any-method', message: /ANY \/a/},
    ],
  },
])
