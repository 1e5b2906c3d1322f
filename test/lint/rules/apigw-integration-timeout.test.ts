import {testRule} from '../../helpers/rule.js'

const doc = (t: number, version = 'openapi: 3.0.3') => `${version}
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: 'https://example.com', timeoutInMillis: ${t}}
`

testRule('apigw-integration-timeout', [
  {name: '29,000 ms passes on a REST API', doc: doc(29000, "swagger: '2.0'"), errors: []},
  {name: 'above 29,000 ms on an edge-optimized REST API is an error', doc: doc(29001), errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration/timeoutInMillis', message: /at most 29000/}]},
  {name: 'above 29,000 ms in an OpenAPI 3.1 document is an error too', doc: doc(29001, 'openapi: 3.1.0'), errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration/timeoutInMillis', message: /at most 29000/}]},
  {name: 'below 50 ms is an error', doc: doc(10), errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration/timeoutInMillis', message: /minimum is 50/}]},
  {name: '2.0: below 50 ms is an error', doc: doc(20, "swagger: '2.0'"), errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration/timeoutInMillis', message: /is 20; the minimum is 50/}]},
  {
    name: 'a Regional REST API may go above 29,000 ms (the quota rule warns)',
    doc: doc(60000),
    config: (c) => {
      c.api.endpointType = 'REGIONAL'
    },
    errors: [],
  },
  {
    name: '30,001 ms on an HTTP API is an error',
    doc: doc(30001),
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [{pointer: '/paths/~1a/get/x-amazon-apigateway-integration/timeoutInMillis', message: /HTTP APIs allow at most 30000/}],
  },
])
