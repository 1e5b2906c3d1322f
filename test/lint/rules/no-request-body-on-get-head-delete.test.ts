import {testRule} from '../../helpers/rule.js'

testRule('no-request-body-on-get-head-delete', [
  {
    name: 'bodies on POST, PUT and PATCH pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody: {content: {application/json: {schema: {type: object}}}}
      responses: {'201': {description: ok}}
    get:
      parameters: [{name: q, in: query, schema: {type: string}}]
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: 'a requestBody on GET, HEAD or DELETE is reported at requestBody',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      requestBody: {content: {application/json: {schema: {type: object}}}}
      responses: {'200': {description: ok}}
    delete:
      requestBody: {$ref: '#/components/requestBodies/Ids'}
      responses: {'204': {description: ok}}
components:
  requestBodies:
    Ids: {content: {application/json: {schema: {type: array}}}}
`,
    errors: [{pointer: '/paths/~1pets/get/requestBody', line: 6, message: /GET \/pets/}, {pointer: '/paths/~1pets/delete/requestBody', message: /DELETE/}],
  },
  {
    name: '2.0 body and formData parameters, at the list entry, path-level ones once',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    parameters:
      - {$ref: '#/parameters/Filter'}
    get:
      parameters:
        - {name: limit, in: query, type: integer}
        - {name: token, in: formData, type: string}
      responses: {'200': {description: ok}}
    delete:
      responses: {'204': {description: ok}}
    post:
      parameters: [{name: pet, in: body, schema: {type: object}}]
      responses: {'201': {description: ok}}
parameters:
  Filter: {name: filter, in: body, schema: {type: object}}
`,
    errors: [{pointer: '/paths/~1pets/parameters/0', line: 6, message: /GET \/pets takes a body parameter "filter"/}, {pointer: '/paths/~1pets/get/parameters/1', message: /formData parameter "token"/}],
  },
  {
    name: '2.0: an operation parameter overriding the path-level body one clears it',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    parameters:
      - {name: filter, in: body, schema: {type: object}}
    get:
      parameters: [{name: filter, in: body, schema: {type: string}}]
      responses: {'200': {description: ok}}
    post:
      responses: {'201': {description: ok}}
`,
    errors: ['/paths/~1pets/get/parameters/0'],
  },
  {
    name: '3.0: a requestBody on HEAD is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    head:
      requestBody: {content: {application/json: {schema: {type: object}}}}
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1pets/head/requestBody', message: /HEAD \/pets has a requestBody/}],
  },
])
