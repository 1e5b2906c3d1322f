import {testRule} from '../../helpers/rule.js'

const optionsMethod = (allow: string) => `    options:
      responses:
        '200':
          description: CORS
          headers:
            Access-Control-Allow-Methods: {schema: {type: string}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: {application/json: '{"statusCode": 200}'}
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.Access-Control-Allow-Methods: "${allow}"
`

testRule('apigw-cors-options-methods', [
  {
    name: 'a preflight listing every method of the path passes, as does a wildcard',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /users:
    get: {responses: {'200': {description: ok}}}
    post: {responses: {'200': {description: ok}}}
${optionsMethod("'GET,POST,OPTIONS'")}  /pets:
    delete: {responses: {'200': {description: ok}}}
${optionsMethod("'*'")}`,
    errors: [],
  },
  {
    name: 'a preflight missing DELETE is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /users:
    get: {responses: {'200': {description: ok}}}
    delete: {responses: {'200': {description: ok}}}
${optionsMethod("'GET,OPTIONS'")}`,
    errors: [
      {
        pointer: '/paths/~1users/options/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.Access-Control-Allow-Methods',
        message: /DELETE/,
      },
    ],
  },
  {
    name: 'Swagger 2.0: a preflight missing PUT is reported; one listing every method passes',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /users:
    get: {responses: {'200': {description: ok}}}
    put: {responses: {'200': {description: ok}}}
    options:
      responses:
        '200':
          description: CORS
          headers:
            Access-Control-Allow-Methods: {type: string}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: {application/json: '{"statusCode": 200}'}
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.Access-Control-Allow-Methods: "'GET,OPTIONS'"
  /pets:
    post: {responses: {'200': {description: ok}}}
    options:
      responses:
        '200':
          description: CORS
          headers:
            Access-Control-Allow-Methods: {type: string}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: {application/json: '{"statusCode": 200}'}
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.Access-Control-Allow-Methods: "'POST,OPTIONS'"
`,
    errors: [
      {
        pointer: '/paths/~1users/options/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.Access-Control-Allow-Methods',
        message: /PUT/,
      },
    ],
  },
  {
    name: 'OpenAPI 3.1: a preflight missing PATCH is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /users/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get: {responses: {'200': {description: ok}}}
    patch: {responses: {'200': {description: ok}}}
${optionsMethod("'GET, OPTIONS'")}`,
    errors: [
      {
        pointer: '/paths/~1users~1{id}/options/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.Access-Control-Allow-Methods',
        message: /PATCH/,
      },
    ],
  },
])
