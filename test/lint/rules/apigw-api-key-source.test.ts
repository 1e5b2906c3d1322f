import {testRule} from '../../helpers/rule.js'

testRule('apigw-api-key-source', [
  {
    name: 'HEADER passes',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: HEADER
paths: {}
`,
    errors: [],
  },
  {
    name: 'a lower-case or unknown source is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: header
paths: {}
`,
    errors: [{pointer: '/x-amazon-apigateway-api-key-source', line: 3, message: /HEADER.*AUTHORIZER/}],
  },
  {
    name: 'OpenAPI 3.1: AUTHORIZER passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: AUTHORIZER
paths: {}
`,
    errors: [],
  },
  {
    name: 'OpenAPI 3.1: an unknown source is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: QUERY
paths: {}
`,
    errors: [{pointer: '/x-amazon-apigateway-api-key-source', line: 3, message: /"QUERY"/}],
  },
  {
    name: '2.0: an unknown source is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: QUERYSTRING
paths: {}
`,
    errors: [{pointer: '/x-amazon-apigateway-api-key-source', line: 3, message: /"QUERYSTRING"/}],
  },
])
