import {testRule} from '../../helpers/rule.js'

const doc = (t: number, version = 'openapi: 3.0.3') => `${version}
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: 'https://example.com', timeoutInMillis: ${t}}
`

testRule('apigw-integration-timeout-quota', [
  {
    name: 'up to 29,000 ms needs no quota increase',
    doc: doc(29000),
    config: (c) => {
      c.api.endpointType = 'PRIVATE'
    },
    errors: [],
  },
  {
    name: 'above 29,000 ms on a Regional REST API warns about the quota',
    doc: doc(120000),
    config: (c) => {
      c.api.endpointType = 'REGIONAL'
    },
    errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration/timeoutInMillis', message: /REGIONAL/}],
  },
  {
    name: 'Swagger 2.0: above 29,000 ms on a Regional REST API warns about the quota',
    doc: doc(120000, "swagger: '2.0'"),
    config: (c) => {
      c.api.endpointType = 'REGIONAL'
    },
    errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration/timeoutInMillis', message: /REGIONAL/}],
  },
  {
    name: 'OpenAPI 3.1: above 29,000 ms on a private REST API warns about the quota',
    doc: doc(120000, 'openapi: 3.1.0'),
    config: (c) => {
      c.api.endpointType = 'PRIVATE'
    },
    errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration/timeoutInMillis', message: /PRIVATE/}],
  },
  {name: 'an edge-optimized API is left to apigw-integration-timeout', doc: doc(120000), errors: []},
])
