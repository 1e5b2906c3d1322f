import {testRule} from '../../helpers/rule.js'

testRule('apigw-integration-response-parameters', [
  {
    name: 'mappings to declared headers pass (case-insensitive)',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          headers:
            Cache-Control: {schema: {type: string}}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: 'arn:x'
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.cache-control: "'no-cache'"
`,
    errors: [],
  },
  {
    name: 'an undeclared header and a non-header target are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          headers:
            X-Request-Id: {type: string}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: 'arn:x'
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.Access-Control-Allow-Origin: "'*'"
              method.response.body.id: integration.response.body.id
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.Access-Control-Allow-Origin', message: /"Access-Control-Allow-Origin"/},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.body.id', message: /method\.response\.header/},
    ],
  },
])
