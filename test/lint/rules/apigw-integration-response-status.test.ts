import {testRule} from '../../helpers/rule.js'

testRule('apigw-integration-response-status', [
  {
    name: 'integration responses mapping to declared statuses pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
        '400': {description: bad}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: 'arn:x'
        responses:
          default: {statusCode: '200'}
          '4\\d{2}': {statusCode: 400}
`,
    errors: [],
  },
  {
    name: 'a status the operation does not declare is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: 'arn:x'
        responses:
          default: {statusCode: '200'}
          'Not found.*': {statusCode: '404'}
`,
    errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration/responses/Not found.*/statusCode', message: /status 404/}],
  },
  {
    name: 'OpenAPI 3.1: a numeric status the operation does not declare is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    post:
      requestBody: {content: {application/json: {schema: {type: object}}}}
      responses:
        '201': {description: created}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: 'arn:x'
        responses:
          default: {statusCode: 201}
          '5\\d{2}': {statusCode: 502}
`,
    errors: [{pointer: '/paths/~1a/post/x-amazon-apigateway-integration/responses/5\\d{2}/statusCode', message: /status 502/}],
  },
  {
    name: '3.0: a status the operation does not declare is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: 'arn:x'
        responses:
          default: {statusCode: '200'}
          '.*NotFound.*': {statusCode: '404'}
`,
    errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration/responses/.*NotFound.*/statusCode', message: /status 404/}],
  },
])
