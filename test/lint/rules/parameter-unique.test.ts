import {testRule} from '../../helpers/rule.js'

testRule('parameter-unique', [
  {
    name: 'the same name in different locations, and an operation overriding a path-level parameter, pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    parameters: [{name: id, in: query, schema: {type: string}}]
    get:
      parameters:
        - {name: id, in: query, schema: {type: integer}}
        - {name: id, in: header, schema: {type: string}}
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: 'a repeated name and location is reported at the second one, through $ref too',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    parameters:
      - {name: x, in: header, schema: {type: string}}
      - {name: x, in: header, schema: {type: string}}
    get:
      parameters:
        - {$ref: '#/components/parameters/Limit'}
        - {name: limit, in: query, schema: {type: integer}}
      responses: {'200': {description: ok}}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
`,
    errors: [
      {pointer: '/paths/~1a/parameters/1', message: /Parameter "x" in header is listed more than once/},
      {pointer: '/paths/~1a/get/parameters/1', message: /Parameter "limit" in query/},
    ],
  },
  {
    name: '2.0: the same MUST',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: q, in: query, type: string}
        - {name: q, in: query, type: string}
      responses: {'200': {description: ok}}
`,
    errors: ['/paths/~1a/get/parameters/1'],
  },
  {
    name: '3.1: repeats in paths and webhooks are reported, through $ref too',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {$ref: '#/components/parameters/Limit', description: page size}
        - {name: limit, in: query, schema: {type: [integer, 'null']}}
        - {name: limit, in: header, schema: {type: integer}}
      responses: {'200': {description: ok}}
webhooks:
  newPet:
    parameters:
      - {name: sig, in: header, schema: {type: string}}
      - {name: sig, in: header, schema: {type: string}}
    post: {responses: {'200': {description: ok}}}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
`,
    errors: [{pointer: '/paths/~1a/get/parameters/1', message: /"limit" in query/}, {pointer: '/webhooks/newPet/parameters/1', message: /"sig" in header/}],
  },
])
