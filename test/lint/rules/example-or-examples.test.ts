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
