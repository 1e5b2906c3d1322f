import {testRule} from '../../helpers/rule.js'

testRule('example-or-examples', [
  {
    name: 'one of example and examples passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: a, in: query, schema: {type: string}, example: x}
      responses:
        '200':
          description: ok
          headers: {X-A: {schema: {type: string}, examples: {one: {value: a}}}}
          content: {application/json: {example: {a: 1}}}
`,
    errors: [],
  },
  {
    name: '3.0: both on a component parameter and a request body media type are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      parameters: [{$ref: '#/components/parameters/Limit'}]
      requestBody:
        content:
          application/json: {schema: {type: object}, example: {a: 1}, examples: {one: {value: {a: 2}}}}
      responses: {'204': {description: none}}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}, example: 10, examples: {ten: {value: 10}}}
`,
    errors: [
      {pointer: '/paths/~1a/post/requestBody/content/application~1json/examples', message: /The media type "application\/json" has both/},
      {pointer: '/components/parameters/Limit/examples', message: /The parameter has both/},
    ],
  },
  {
    name: 'both on a parameter, a header or a media type are reported at "examples"',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: a, in: query, schema: {type: string}, example: x, examples: {one: {value: y}}}
      responses:
        '200':
          description: ok
          headers: {X-A: {schema: {type: string}, example: a, examples: {}}}
          content: {application/json: {example: {a: 1}, examples: {}}}
`,
    errors: [
      {pointer: '/paths/~1a/get/parameters/0/examples', message: /The parameter has both "example" and "examples"/},
      {pointer: '/paths/~1a/get/responses/200/headers/X-A/examples', message: /The header has both/},
      {pointer: '/paths/~1a/get/responses/200/content/application~1json/examples', message: /The media type "application\/json" has both/},
    ],
  },
])
