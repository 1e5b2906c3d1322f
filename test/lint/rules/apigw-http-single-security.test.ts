import {testRule} from '../../helpers/rule.js'

const schemes = `components:
  securitySchemes:
    jwt: {type: oauth2, flows: {}, x-amazon-apigateway-authorizer: {type: jwt, jwtConfiguration: {issuer: 'https://i', audience: [a]}}}
    iam: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
`

testRule('apigw-http-single-security', [
  {
    name: 'one requirement with one scheme passes',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security: [{jwt: [read]}]
      responses: {'200': {description: ok}}
${schemes}`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [],
  },
  {
    name: 'alternative requirements and a combined requirement are reported',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security: [{jwt: []}, {iam: []}]
      responses: {'200': {description: ok}}
    post:
      security: [{jwt: [], iam: []}]
      responses: {'200': {description: ok}}
${schemes}`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [
      {pointer: '/paths/~1a/get/security', message: /jwt, iam/},
      {pointer: '/paths/~1a/post/security'},
    ],
  },
  {
    name: 'Swagger 2.0: two alternative requirements are reported, one requirement passes',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security: [{lambda: []}, {iam: []}]
      responses: {'200': {description: ok}}
    put:
      security: [{iam: []}]
      responses: {'200': {description: ok}}
securityDefinitions:
  lambda: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authorizer: {type: request, authorizerUri: 'arn:x'}}
  iam: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [{pointer: '/paths/~1a/get/security', message: /lambda, iam/}],
  },
  {
    name: 'OpenAPI 3.1: a requirement combining two schemes in an HTTP API export is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
x-amazon-apigateway-importexport-version: '1.0'
paths:
  /a:
    get:
      security: [{jwt: [read], iam: []}]
      responses: {'200': {description: ok}}
    delete:
      security: [{jwt: [admin]}]
      responses: {'200': {description: ok}}
${schemes}`,
    errors: [{pointer: '/paths/~1a/get/security', message: /jwt, iam/}],
  },
])
