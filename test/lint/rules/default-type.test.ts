import {testRule} from '../../helpers/rule.js'

testRule('default-type', [
  {
    name: '3.0: defaults of the schema\'s type pass (null when nullable; integers are numbers)',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    A: {type: string, default: a}
    B: {type: integer, default: 3}
    C: {type: number, default: 3}
    D: {type: string, nullable: true, default: null}
    E: {type: array, items: {type: string}, default: []}
    F: {type: object, default: {}}
    G: {default: anything}
`,
    errors: [],
  },
  {
    name: '3.0: a default of another type is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    A: {type: integer, default: '10'}
    B: {type: integer, default: 1.5}
    C: {type: boolean, default: 'false'}
    D: {type: string, default: null}
`,
    errors: [
      {pointer: '/components/schemas/A/default', message: /"default" must be of type "integer", like its schema; got string/},
      {pointer: '/components/schemas/B/default', message: /got number/},
      {pointer: '/components/schemas/C/default'},
      {pointer: '/components/schemas/D/default', message: /got null/},
    ],
  },
  {
    name: '3.1: JSON Schema does not constrain default (the rule does not run)',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
components:
  schemas:
    A: {type: integer, default: 'ten'}
`,
    errors: [],
  },
  {
    name: '2.0: parameters, headers and items',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: limit, in: query, type: integer, default: 10}
        - {name: page, in: query, type: integer, default: '1'}
        - {name: ids, in: query, type: array, items: {type: integer, default: x}}
      responses:
        '200': {description: ok, headers: {X-On: {type: boolean, default: 1}}}
`,
    errors: [
      '/paths/~1a/get/parameters/1/default',
      '/paths/~1a/get/parameters/2/items/default',
      '/paths/~1a/get/responses/200/headers/X-On/default',
    ],
  },
])
