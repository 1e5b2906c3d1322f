import {testRule} from '../../helpers/rule.js'

testRule('apigw-integration-request-parameters', [
  {
    name: 'mappings from declared parameters, path templates, context and static values pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /items/{id}:
    get:
      parameters:
        - {name: version, in: query, schema: {type: string}}
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: 'https://example.com/{op}'
        requestParameters:
          integration.request.path.op: method.request.path.id
          integration.request.querystring.stage: method.request.querystring.version
          integration.request.header.x-request-id: context.requestId
          integration.request.header.Content-Type: "'application/json'"
        cacheKeyParameters: [method.request.path.id]
`,
    errors: [],
  },
  {
    name: 'undeclared sources, a malformed key and an undeclared cache key are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /items:
    get:
      parameters:
        - {name: q, in: query, type: string}
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: 'https://example.com'
        requestParameters:
          integration.request.header.x-user: method.request.header.x-user-id
          request.querystring.q: method.request.querystring.q
        cacheKeyParameters: [method.request.querystring.page]
`,
    errors: [
      {pointer: '/paths/~1items/get/x-amazon-apigateway-integration/requestParameters/integration.request.header.x-user', message: /header parameter "x-user-id"/},
      {pointer: '/paths/~1items/get/x-amazon-apigateway-integration/requestParameters/request.querystring.q', message: /not of the form/},
      {pointer: '/paths/~1items/get/x-amazon-apigateway-integration/cacheKeyParameters/0', message: /"page"/},
    ],
  },
  {
    name: 'OpenAPI 3.1: path-level and referenced parameters count as declared; an undeclared query source is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /items:
    parameters:
      - {name: x-tenant, in: header, schema: {type: string}}
    get:
      parameters:
        - $ref: '#/components/parameters/Limit'
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: 'https://example.com/items'
        requestParameters:
          integration.request.header.x-tenant: method.request.header.x-tenant
          integration.request.querystring.limit: method.request.querystring.limit
          integration.request.querystring.offset: method.request.multivaluequerystring.offset
        cacheKeyParameters: [method.request.header.x-tenant, method.request.querystring.limit]
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: [integer, 'null']}}
`,
    errors: [{pointer: '/paths/~1items/get/x-amazon-apigateway-integration/requestParameters/integration.request.querystring.offset', message: /querystring parameter "offset"/}],
  },
  {
    name: '3.0: an undeclared path source and an undeclared cache key are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /items:
    get:
      parameters:
        - {name: q, in: query, schema: {type: string}}
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: 'https://example.com/{id}'
        requestParameters:
          integration.request.path.id: method.request.path.id
          integration.request.querystring.q: method.request.querystring.q
        cacheKeyParameters: [method.request.querystring.q, method.request.header.x-tenant]
`,
    errors: [
      {pointer: '/paths/~1items/get/x-amazon-apigateway-integration/requestParameters/integration.request.path.id', message: /path parameter "id"/},
      {pointer: '/paths/~1items/get/x-amazon-apigateway-integration/cacheKeyParameters/1', message: /header parameter "x-tenant"/},
    ],
  },
])
