import {testRule} from '../../helpers/rule.js'

testRule('apigw-integration-type', [
  {
    name: 'every integration type passes in either case, through a components $ref too',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: AWS_PROXY, httpMethod: POST, uri: 'arn:x'}
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {$ref: '#/components/x-amazon-apigateway-integrations/mock'}
components:
  x-amazon-apigateway-integrations:
    mock: {type: mock}
`,
    errors: [],
  },
  {
    name: 'a missing or unknown type is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {httpMethod: GET, uri: 'https://example.com'}
    put:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: lambda, httpMethod: POST, uri: 'arn:x'}
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration', message: /no type/},
      {pointer: '/paths/~1a/put/x-amazon-apigateway-integration/type', message: /"lambda"/},
    ],
  },
  {
    name: 'OpenAPI 3.1: an unknown type behind a components $ref is reported at the shared integration',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {$ref: '#/components/x-amazon-apigateway-integrations/fn'}
components:
  x-amazon-apigateway-integrations:
    fn: {type: function, httpMethod: POST, uri: 'arn:x'}
`,
    errors: [{pointer: '/components/x-amazon-apigateway-integrations/fn/type', message: /"function"/}],
  },
  {
    name: '3.0: a non-object integration and an unknown type are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: mock
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: vpc_link, httpMethod: POST, uri: 'https://example.com'}
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration', message: /must be an object/},
      {pointer: '/paths/~1a/post/x-amazon-apigateway-integration/type', message: /"vpc_link"/},
    ],
  },
])
