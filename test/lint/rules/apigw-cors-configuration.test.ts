import {testRule} from '../../helpers/rule.js'

testRule('apigw-cors-configuration', [
  {
    name: 'the documented example passes',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-cors:
  allowOrigins: ['https://www.example.com']
  allowCredentials: true
  exposeHeaders: [x-apigateway-header, x-amz-date, content-type]
  maxAge: 3600
  allowMethods: [GET, OPTIONS, POST]
  allowHeaders: [x-apigateway-header, x-amz-date, content-type]
`,
    errors: [],
  },
  {
    name: 'strings instead of lists, an unknown field and a bad method are reported',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-cors:
  allowOrigin: ['*']
  allowOrigins: '*'
  allowMethods: [GET, FETCH]
  allowCredentials: 'false'
  maxAge: -1
`,
    errors: [
      {pointer: '/x-amazon-apigateway-cors/allowOrigin', message: /no field "allowOrigin"/},
      {pointer: '/x-amazon-apigateway-cors/allowOrigins', message: /list of strings/},
      {pointer: '/x-amazon-apigateway-cors/allowMethods/1', message: /"FETCH"/},
      {pointer: '/x-amazon-apigateway-cors/allowCredentials'},
      {pointer: '/x-amazon-apigateway-cors/maxAge'},
    ],
  },
  {
    name: 'Swagger 2.0: a well-formed root configuration passes',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-cors:
  allowOrigins: ['*']
  allowMethods: ['*']
  maxAge: 0
`,
    errors: [],
  },
  {
    name: 'Swagger 2.0: a non-list header field and a fractional maxAge are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-cors:
  allowHeaders: content-type
  maxAge: 1.5
`,
    errors: [
      {pointer: '/x-amazon-apigateway-cors/allowHeaders', message: /list of strings/},
      {pointer: '/x-amazon-apigateway-cors/maxAge', message: /whole number/},
    ],
  },
  {
    name: 'OpenAPI 3.1: a configuration that is not an object is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-cors: ['*']
`,
    errors: [{pointer: '/x-amazon-apigateway-cors', message: /must be an object/}],
  },
  {
    name: 'OpenAPI 3.1: an exposeHeaders entry that is not a string and a bad method are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-cors:
  allowOrigins: ['https://www.example.com']
  exposeHeaders: [x-amz-date, 7]
  allowMethods: [get, CONNECT]
  allowCredentials: false
`,
    errors: [
      {pointer: '/x-amazon-apigateway-cors/exposeHeaders', message: /list of strings/},
      {pointer: '/x-amazon-apigateway-cors/allowMethods/1', message: /"CONNECT"/},
    ],
  },
])
