import {testRule} from '../../helpers/rule.js'

testRule('formdata-consumes', [
  {
    name: '2.0: formData with a form media type (own or global), or no consumes at all, passes',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
consumes: [application/x-www-form-urlencoded]
paths:
  /a:
    post:
      parameters: [{name: a, in: formData, type: string}]
      responses: {'200': {description: ok}}
    put:
      consumes: [application/json, 'multipart/form-data; charset=utf-8']
      parameters: [{name: a, in: formData, type: string}]
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: '2.0: formData with only JSON consumed is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
consumes: [application/json]
paths:
  /a:
    post:
      parameters: [{name: q, in: query, type: string}, {name: a, in: formData, type: string}]
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1a/post/parameters/1', message: /POST \/a has formData parameters but consumes neither/}],
  },
])
