import {testRule} from '../../helpers/rule.js'

testRule('apigw-gateway-responses', [
  {
    name: 'valid gateway responses pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-gateway-responses:
  BAD_REQUEST_BODY:
    statusCode: 400
    responseTemplates:
      application/json: '{"message": "$context.error.validationErrorString"}'
  DEFAULT_4XX:
    responseParameters:
      gatewayresponse.header.Access-Control-Allow-Origin: "'*'"
`,
    errors: [],
  },
  {
    name: 'an unknown type, a bad status and a bad parameter key are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-gateway-responses:
  NOT_FOUND:
    statusCode: '404'
  INVALID_API_KEY:
    statusCode: '4xx'
    responseParameters:
      method.response.header.x-reason: "'bad key'"
`,
    errors: [
      {pointer: '/x-amazon-apigateway-gateway-responses/NOT_FOUND', message: /"NOT_FOUND"/},
      {pointer: '/x-amazon-apigateway-gateway-responses/INVALID_API_KEY/statusCode', message: /"4xx"/},
      {pointer: '/x-amazon-apigateway-gateway-responses/INVALID_API_KEY/responseParameters/method.response.header.x-reason', message: /gatewayresponse\.header/},
    ],
  },
  {
    name: 'OpenAPI 3.1: a non-object response and a non-string template are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-gateway-responses:
  THROTTLED: '429'
  DEFAULT_5XX:
    statusCode: '503'
    responseParameters:
      gatewayresponse.header.Retry-After: "'30'"
    responseTemplates:
      application/json: {message: busy}
`,
    errors: [
      {pointer: '/x-amazon-apigateway-gateway-responses/THROTTLED', message: /must be an object/},
      {pointer: '/x-amazon-apigateway-gateway-responses/DEFAULT_5XX/responseTemplates/application~1json', message: /must be a string/},
    ],
  },
  {
    name: '3.0: an unknown type and a bad parameter key are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-gateway-responses:
  DEFAULT_400:
    statusCode: '400'
  ACCESS_DENIED:
    statusCode: 403
    responseParameters:
      header.x-reason: "'denied'"
`,
    errors: [
      {pointer: '/x-amazon-apigateway-gateway-responses/DEFAULT_400', message: /"DEFAULT_400"/},
      {pointer: '/x-amazon-apigateway-gateway-responses/ACCESS_DENIED/responseParameters/header.x-reason', message: /gatewayresponse\.header/},
    ],
  },
])
