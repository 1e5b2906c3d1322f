import {testRule} from '../../helpers/rule.js'

testRule('apigw-authorizer-shape', [
  {
    name: 'complete token and Cognito authorizers pass on a REST API',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
securityDefinitions:
  token:
    type: apiKey
    name: Authorization
    in: header
    x-amazon-apigateway-authorizer:
      type: token
      authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations'
  cognito:
    type: apiKey
    name: Authorization
    in: header
    x-amazon-apigateway-authorizer: {type: cognito_user_pools, providerARNs: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc']}
`,
    errors: [],
  },
  {
    name: 'missing type, missing authorizerUri and a jwt authorizer on a REST API are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    noType:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {authorizerUri: 'arn:x'}
    noUri:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: request, identitySource: method.request.header.Authorization}
    jwt:
      type: oauth2
      flows: {}
      x-amazon-apigateway-authorizer: {type: jwt, jwtConfiguration: {issuer: 'https://issuer', audience: [a]}}
`,
    errors: [
      {pointer: '/components/securitySchemes/noType/x-amazon-apigateway-authorizer', message: /type missing/},
      {pointer: '/components/securitySchemes/noUri/x-amazon-apigateway-authorizer', message: /authorizerUri/},
      {pointer: '/components/securitySchemes/jwt/x-amazon-apigateway-authorizer/type', message: /REST APIs accept token, request, cognito_user_pools/},
    ],
  },
  {
    name: 'an HTTP API jwt authorizer needs jwtConfiguration',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    jwt:
      type: openIdConnect
      openIdConnectUrl: 'https://issuer/.well-known/openid-configuration'
      x-amazon-apigateway-authorizer: {type: jwt, identitySource: $request.header.Authorization}
`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [{pointer: '/components/securitySchemes/jwt/x-amazon-apigateway-authorizer', message: /jwtConfiguration/}],
  },
  {
    name: 'OpenAPI 3.1: a Cognito authorizer without providerARNs and an unknown type are reported on a REST API',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    cognito:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: cognito_user_pools, providerARNs: []}
    lambda:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: lambda, authorizerUri: 'arn:x'}
    token:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: TOKEN, authorizerUri: 'arn:x'}
`,
    errors: [
      {pointer: '/components/securitySchemes/cognito/x-amazon-apigateway-authorizer/providerARNs', message: /providerARNs/},
      {pointer: '/components/securitySchemes/lambda/x-amazon-apigateway-authorizer/type', message: /"lambda"/},
    ],
  },
  {
    name: '2.0: a token authorizer without authorizerUri and a jwt authorizer on a REST API are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
securityDefinitions:
  token:
    type: apiKey
    name: Authorization
    in: header
    x-amazon-apigateway-authorizer: {type: token, identitySource: method.request.header.Authorization}
  jwt:
    type: oauth2
    flow: implicit
    authorizationUrl: 'https://issuer/authorize'
    scopes: {}
    x-amazon-apigateway-authorizer: {type: jwt, jwtConfiguration: {issuer: 'https://issuer', audience: [a]}}
`,
    errors: [
      {pointer: '/securityDefinitions/token/x-amazon-apigateway-authorizer', message: /authorizerUri/},
      {pointer: '/securityDefinitions/jwt/x-amazon-apigateway-authorizer/type', message: /REST APIs accept token, request, cognito_user_pools/},
    ],
  },
])
