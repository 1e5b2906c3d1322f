import {testRule} from '../../helpers/rule.js'

testRule('apigw-minimum-compression-size', [
  {
    name: 'a size within 0..10485760 passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
x-amazon-apigateway-minimum-compression-size: 5242880
paths: {}
`,
    errors: [],
  },
  {
    name: 'a size above the maximum is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-minimum-compression-size: 10485761
paths: {}
`,
    errors: [{pointer: '/x-amazon-apigateway-minimum-compression-size', message: /10485761/}],
  },
  {
    name: 'a string is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
x-amazon-apigateway-minimum-compression-size: '1024'
paths: {}
`,
    errors: [{pointer: '/x-amazon-apigateway-minimum-compression-size'}],
  },
  {
    name: 'OpenAPI 3.1: a negative size is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
x-amazon-apigateway-minimum-compression-size: -1
paths: {}
`,
    errors: [{pointer: '/x-amazon-apigateway-minimum-compression-size', message: /-1/}],
  },
])
