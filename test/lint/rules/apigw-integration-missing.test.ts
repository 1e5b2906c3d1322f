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
  {
    name: 'OpenAPI 3.1: a method without an integration is reported beside one that has it',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /items/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: mock}
    patch:
      requestBody: {content: {application/json: {schema: {type: [object, 'null']}}}}
      responses: {'204': {description: done}}
`,
    errors: [{pointer: '/paths/~1items~1{id}/patch', message: /PATCH \/items\/\{id\}/}],
  },
  {
    name: '3.0: a method without an integration is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: mock}
    delete:
      responses: {'204': {description: done}}
`,
    errors: [{pointer: '/paths/~1a/delete', message: /DELETE \/a/}],
  },
])
