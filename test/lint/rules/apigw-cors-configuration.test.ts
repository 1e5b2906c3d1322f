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
])
