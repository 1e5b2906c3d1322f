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
])
