import {testRule} from '../../helpers/rule.js'

testRule('file-type-formdata', [
  {
    name: '2.0: a file in formData of a multipart operation passes',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    post:
      consumes: [multipart/form-data, application/x-www-form-urlencoded]
      parameters: [{name: f, in: formData, type: file}]
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: '2.0: a file outside formData, and a file with JSON or no consumes, are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    post:
      consumes: [multipart/form-data, application/json]
      parameters: [{name: f, in: formData, type: file}]
      responses: {'200': {description: ok}}
    put:
      parameters: [{name: f, in: formData, type: file}]
      responses: {'200': {description: ok}}
    patch:
      parameters: [{name: f, in: query, type: file}]
      responses: {'200': {description: ok}}
`,
    errors: [
      {pointer: '/paths/~1a/post/parameters/0', message: /POST \/a takes a file, so its "consumes" must be "multipart\/form-data", "application\/x-www-form-urlencoded" or both\./},
      {pointer: '/paths/~1a/put/parameters/0', message: /\(it declares none\)/},
      {pointer: '/paths/~1a/patch/parameters/0/in', message: /A parameter of type "file" must be in "formData", not "query"/},
    ],
  },
])
