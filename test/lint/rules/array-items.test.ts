import {testRule} from '../../helpers/rule.js'

testRule('array-items', [
  {
    name: '3.0: arrays with items pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    List: {type: array, items: {type: string}}
    Any: {type: array, items: {}}
`,
    errors: [],
  },
  {
    name: '3.0: an array schema without items is reported, nested ones too',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    List: {type: array}
    Obj: {type: object, properties: {tags: {type: array, description: d}}}
`,
    errors: [
      {pointer: '/components/schemas/List/type', message: /A schema of type "array" must have "items"/},
      {pointer: '/components/schemas/Obj/properties/tags/type'},
    ],
  },
  {
    name: '3.1: JSON Schema 2020-12 does not require items (the rule does not run)',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
components:
  schemas:
    List: {type: array}
`,
    errors: [],
  },
  {
    name: '2.0: parameters, headers and nested Items objects of type array need items',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: ids, in: query, type: array}
        - {name: grid, in: query, type: array, items: {type: array}}
        - {name: body, in: body, schema: {type: array}}
      responses:
        '200':
          description: ok
          headers: {X-List: {type: array}}
`,
    errors: [
      {pointer: '/paths/~1a/get/parameters/0/type', message: /A parameter of type "array" must have "items"/},
      {pointer: '/paths/~1a/get/parameters/1/items/type', message: /An Items object of type "array" must have "items"/},
      {pointer: '/paths/~1a/get/responses/200/headers/X-List/type', message: /A header of type "array"/},
    ],
  },
])
