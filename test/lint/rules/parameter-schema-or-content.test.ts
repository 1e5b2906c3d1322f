import {testRule} from '../../helpers/rule.js'

testRule('parameter-schema-or-content', [
  {
    name: 'schema or a single-entry content passes, for parameters and headers',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: a, in: query, schema: {type: string}}
        - {name: b, in: query, content: {application/json: {schema: {type: object}}}}
      responses:
        '200':
          description: ok
          headers:
            X-A: {schema: {type: string}}
            X-B: {content: {text/plain: {}}}
`,
    errors: [],
  },
  {
    name: '3.0: a Swagger-2-style header without schema, both fields, and content with two entries are reported',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: a, in: query, type: string}
        - name: b
          in: query
          schema: {type: string}
          content: {application/json: {}, application/xml: {}}
      responses:
        '200':
          description: ok
          headers:
            X-Cache: {type: string}
`,
    errors: [
      {pointer: '/paths/~1a/get/parameters/0', message: /Parameter "a" must have "schema" or "content"/},
      {pointer: '/paths/~1a/get/parameters/1/content', message: /Parameter "b" must not have both "schema" and "content"/},
      {pointer: '/paths/~1a/get/parameters/1/content', message: /"content" of parameter "b" must hold exactly one media type, not 2/},
      {pointer: '/paths/~1a/get/responses/200/headers/X-Cache', message: /Header "X-Cache" must have "schema" or "content"/},
    ],
  },
  {
    name: '3.1: the same MUST, for components too',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
components:
  headers:
    H: {description: nothing else}
`,
    errors: ['/components/headers/H'],
  },
])
