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
])
