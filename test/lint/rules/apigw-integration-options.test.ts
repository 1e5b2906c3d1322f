import {testRule} from '../../helpers/rule.js'

testRule('apigw-integration-options', [
  {
    name: 'valid options in either case pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: 'arn:x'
        passthroughBehavior: WHEN_NO_TEMPLATES
        contentHandling: CONVERT_TO_TEXT
        connectionType: INTERNET
        cacheKeyParameters: [method.request.querystring.q]
        responses:
          default: {statusCode: '200'}
          '4\\d{2}': {statusCode: 400}
`,
    errors: [],
  },
  {
    name: 'unknown enum values, bad cacheKeyParameters and a response without statusCode are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: 'https://example.com'
        passthroughBehavior: always
        contentHandling: BINARY
        cacheKeyParameters: method.request.path.id
        responses:
          default: {responseTemplates: {application/json: '{}'}}
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/passthroughBehavior', message: /when_no_match/},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/contentHandling'},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/cacheKeyParameters'},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/responses/default', message: /statusCode/},
    ],
  },
  {
    name: 'OpenAPI 3.1: a bad connectionType, a non-object responses map and a non-string cache key are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: 'https://example.com'
        connectionType: PRIVATE_LINK
        cacheKeyParameters: [method.request.querystring.q, 3]
        responses: [default]
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: 'https://example.com'
        connectionType: vpc_link
        connectionId: abc123
        responses:
          default: {statusCode: 600}
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/connectionType', message: /INTERNET, VPC_LINK/},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/cacheKeyParameters'},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/responses', message: /selection patterns/},
      {pointer: '/paths/~1a/post/x-amazon-apigateway-integration/responses/default', message: /statusCode/},
    ],
  },
  {
    name: '3.0: an unknown passthroughBehavior and a response without statusCode are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: 'arn:x'
        passthroughBehavior: when_no_mapping
        responses:
          default: {statusCode: ok}
`,
    errors: [
      {pointer: '/paths/~1a/post/x-amazon-apigateway-integration/passthroughBehavior', message: /when_no_match, when_no_templates, never/},
      {pointer: '/paths/~1a/post/x-amazon-apigateway-integration/responses/default', message: /statusCode/},
    ],
  },
])
