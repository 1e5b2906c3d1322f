import {testRule} from '../../helpers/rule.js'

testRule('apigw-request-validator-reference', [
  {
    name: 'API- and method-level validators that exist pass',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-request-validators:
  basic: {validateRequestBody: true, validateRequestParameters: true}
  params-only: {validateRequestBody: false, validateRequestParameters: true}
x-amazon-apigateway-request-validator: basic
paths:
  /validation:
    post:
      x-amazon-apigateway-request-validator: params-only
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: 'validators that are not defined are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
x-amazon-apigateway-request-validators:
  Validate body: {validateRequestBody: true, validateRequestParameters: false}
x-amazon-apigateway-request-validator: all
paths:
  /a:
    post:
      x-amazon-apigateway-request-validator: Validate Body
      responses: {'200': {description: ok}}
`,
    errors: [
      {pointer: '/x-amazon-apigateway-request-validator', message: /"all".*"Validate body"/},
      {pointer: '/paths/~1a/post/x-amazon-apigateway-request-validator', message: /"Validate Body"/},
    ],
  },
  {
    name: 'OpenAPI 3.1: a method-level validator that is not defined is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
x-amazon-apigateway-request-validators:
  basic: {validateRequestBody: true, validateRequestParameters: true}
x-amazon-apigateway-request-validator: basic
paths:
  /a:
    post:
      x-amazon-apigateway-request-validator: body
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1a/post/x-amazon-apigateway-request-validator', message: /"body"/}],
  },
  {
    name: '2.0: validators without any x-amazon-apigateway-request-validators are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-request-validator: basic
paths:
  /a:
    post:
      x-amazon-apigateway-request-validator: body-only
      responses: {'200': {description: ok}}
`,
    errors: [
      {pointer: '/x-amazon-apigateway-request-validator', message: /"basic".*defines no x-amazon-apigateway-request-validators/},
      {pointer: '/paths/~1a/post/x-amazon-apigateway-request-validator', message: /"body-only"/},
    ],
  },
])
