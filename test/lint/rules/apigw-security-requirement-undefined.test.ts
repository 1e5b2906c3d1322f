import {testRule} from '../../helpers/rule.js'

testRule('apigw-security-requirement-undefined', [
  {
    name: 'requirements naming defined schemes pass',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security: [{sigv4: []}]
      responses: {'200': {description: ok}}
securityDefinitions:
  sigv4: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
`,
    errors: [],
  },
  {
    name: 'a requirement naming a missing authorizer is reported at the name',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security:
        - lambdaAuth: []
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    lambda-auth:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token, authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/fn'}
`,
    errors: [{pointer: '/paths/~1a/get/security/0/lambdaAuth', message: /"lambdaAuth"/}],
  },
  {
    name: '2.0: a requirement naming a scheme missing from securityDefinitions is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security: [{authorizer: []}]
      responses: {'200': {description: ok}}
securityDefinitions:
  sigv4: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
`,
    errors: [{pointer: '/paths/~1a/get/security/0/authorizer', message: /"authorizer".*securityDefinitions/}],
  },
  {
    name: 'OpenAPI 3.1: a requirement naming a missing scheme is reported; the defined one passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security: [{sigv4: []}, {jwt: []}]
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    sigv4: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
`,
    errors: [{pointer: '/paths/~1a/get/security/1/jwt', message: /"jwt".*components\/securitySchemes/}],
  },
])
