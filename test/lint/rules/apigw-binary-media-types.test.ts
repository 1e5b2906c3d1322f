import {testRule} from '../../helpers/rule.js'

testRule('apigw-binary-media-types', [
  {
    name: 'a top-level list of media types passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
x-amazon-apigateway-binary-media-types: [image/png, application/octet-stream, '*/*']
paths: {}
`,
    errors: [],
  },
  {
    name: 'a string instead of a list is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-binary-media-types: image/png
paths: {}
`,
    errors: [{pointer: '/x-amazon-apigateway-binary-media-types', message: /must be a list/}],
  },
  {
    name: 'entries that are not type/subtype and a copy under info are reported',
    doc: `openapi: 3.0.3
info:
  title: t
  version: '1'
  x-amazon-apigateway-binary-media-types: [image/png]
x-amazon-apigateway-binary-media-types: [png, image/jpeg]
paths: {}
`,
    errors: [
      {pointer: '/info/x-amazon-apigateway-binary-media-types', message: /top level/},
      {pointer: '/x-amazon-apigateway-binary-media-types/0', message: /"png"/},
    ],
  },
  {
    name: 'OpenAPI 3.1: a list entry that is not a string is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
x-amazon-apigateway-binary-media-types: [image/png, 42, 'application/*']
paths: {}
`,
    errors: [{pointer: '/x-amazon-apigateway-binary-media-types/1', message: /42/}],
  },
])
