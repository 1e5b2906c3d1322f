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
  {
    name: 'OpenAPI 3.1: headers of a referenced response count; a header it lacks is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {$ref: '#/components/responses/Ok'}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: 'arn:x'
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.ETag: integration.response.header.ETag
              method.response.header.Location: integration.response.header.Location
components:
  responses:
    Ok:
      description: ok
      headers:
        ETag: {schema: {type: string}}
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.Location', message: /"Location", which response 200/},
    ],
  },
  {
    name: '3.0: an undeclared header and a non-header target are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          headers:
            ETag: {schema: {type: string}}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: 'arn:x'
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.ETag: integration.response.header.ETag
              method.response.header.X-Trace-Id: integration.response.header.X-Trace-Id
              method.request.header.x-id: "'1'"
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.X-Trace-Id', message: /"X-Trace-Id", which response 200/},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.request.header.x-id', message: /method\.response\.header/},
    ],
  },
])
