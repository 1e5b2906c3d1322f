import {testRule} from '../../helpers/rule.js'

testRule('apigw-stage-variables', [
  {
    name: 'well-formed stage variables in URIs, templates and mappings pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: 'https://\${stageVariables.backend_host}/items?v=\${stageVariables.version}'
        requestParameters:
          integration.request.header.x-env: stageVariables.env_name
        requestTemplates:
          application/json: '{"stage": "$stageVariables.version", "fn": "\${stageVariables.fn}"}'
`,
    errors: [],
  },
  {
    name: 'a hyphenated name, a wrong-case prefix and a bad mapping name are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: 'https://\${stageVariables.backend-host}/items'
        requestParameters:
          integration.request.header.x-env: stageVariables.env.name
        requestTemplates:
          application/json: '{"stage": "\${stagevariables.version}"}'
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/uri', message: /"backend-host"/},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/requestParameters/integration.request.header.x-env', message: /"env\.name"/},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/requestTemplates/application~1json', message: /exact case/},
    ],
  },
  {
    name: 'authorizer URIs are checked too',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    auth:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token, authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/functions/\${stageVariables.auth fn}/invocations'}
`,
    errors: [{pointer: '/components/securitySchemes/auth/x-amazon-apigateway-authorizer/authorizerUri'}],
  },
  {
    name: '3.1: the extensions of a 3.1 document are checked the same way',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: 'https://\${stageVariables.backend-host}/items?v=\${stageVariables.version}'
        requestParameters:
          integration.request.header.x-env: stageVariables.env_name
components:
  securitySchemes:
    auth:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token, authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/functions/\${stageVariables.auth fn}/invocations'}
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/uri', message: /"backend-host"/},
      '/components/securitySchemes/auth/x-amazon-apigateway-authorizer/authorizerUri',
    ],
  },
])
