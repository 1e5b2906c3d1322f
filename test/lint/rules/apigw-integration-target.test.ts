import {testRule} from '../../helpers/rule.js'

testRule('apigw-integration-target', [
  {
    name: 'complete integrations pass; mock needs nothing; intrinsics count as present',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations'
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: aws, httpMethod: POST, uri: {'Fn::Sub': 'arn:aws:apigateway:\${AWS::Region}:sqs:path/q'}}
    delete:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: mock}
`,
    errors: [],
  },
  {
    name: 'missing httpMethod/uri, GET to Lambda and VPC_LINK without connectionId are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: http}
    put:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: GET
        uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/f/invocations'
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: POST, uri: 'http://nlb.example.com', connectionType: VPC_LINK}
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration', message: /no httpMethod/},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration', message: /no uri/},
      {pointer: '/paths/~1a/put/x-amazon-apigateway-integration/httpMethod', message: /must use POST/},
      {pointer: '/paths/~1a/post/x-amazon-apigateway-integration/connectionType', message: /connectionId/},
    ],
  },
  {
    name: 'OpenAPI 3.1: an HTTP proxy without httpMethod is reported; a complete Lambda proxy passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: http_proxy, uri: 'https://example.com'}
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/f/invocations'}
`,
    errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration', message: /no httpMethod/}],
  },
  {
    name: '3.0: an http integration without uri and a VPC_LINK without connectionId are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: http, httpMethod: GET}
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: POST, uri: 'http://nlb.example.com', connectionType: VPC_LINK}
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration', message: /no uri/},
      {pointer: '/paths/~1a/post/x-amazon-apigateway-integration/connectionType', message: /connectionId/},
    ],
  },
])
