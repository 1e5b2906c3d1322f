import {testRule} from '../../helpers/rule.js'

testRule('body-parameter-single', [
  {
    name: '2.0: one body parameter, or formData parameters alone, pass',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    post:
      parameters: [{name: body, in: body, schema: {type: object}}, {name: q, in: query, type: string}]
      responses: {'200': {description: ok}}
    put:
      consumes: [multipart/form-data]
      parameters: [{name: a, in: formData, type: string}, {name: b, in: formData, type: string}]
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: '2.0: a second body parameter (from the path item) and body with formData are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
parameters:
  Form: {name: f, in: formData, type: string}
paths:
  /a:
    parameters: [{name: one, in: body, schema: {type: object}}]
    post:
      parameters: [{name: two, in: body, schema: {type: object}}]
      responses: {'200': {description: ok}}
    put:
      parameters: [{$ref: '#/parameters/Form'}]
      responses: {'200': {description: ok}}
`,
    errors: [
      {pointer: '/paths/~1a/post/parameters/0', message: /POST \/a already has a body parameter: there can be only one/},
      {pointer: '/paths/~1a/put/parameters/0', message: /PUT \/a has a body parameter, so it cannot have formData parameters as well/},
    ],
  },
])
