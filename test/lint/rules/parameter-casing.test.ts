import {testRule} from '../../helpers/rule.js'

const doc = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets/{pet-id}:
    parameters:
      - {name: pet-id, in: path, required: true, schema: {type: string}}
    get:
      parameters:
        - {name: pageSize, in: query, schema: {type: integer}}
        - {name: sort_order, in: query, schema: {type: string}}
        - {name: X-Request-ID, in: header, schema: {type: string}}
        - {name: 'ids[]', in: query, schema: {type: array, items: {type: string}}}
      responses: {'200': {description: ok}}
`

testRule('parameter-casing', [
  {
    name: 'camelCase and snake_case path and query names pass; headers are unchecked by default',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets/{petId}:
    get:
      parameters:
        - {name: petId, in: path, required: true, schema: {type: string}}
        - {name: page_size, in: query, schema: {type: integer}}
        - {name: x-weird_Header, in: header, schema: {type: string}}
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {name: 'kebab-case path parameter is reported at its name', doc, errors: [{pointer: '/paths/~1pets~1{pet-id}/parameters/0/name', line: 6, message: /path parameter "pet-id" is not camelCase or snakeCase/}]},
  {
    name: 'options per location',
    doc,
    config: (c) => {
      c.lint.rules['parameter-casing'] = {path: 'kebab', query: 'camel', header: 'train'}
    },
    errors: [{pointer: '/paths/~1pets~1{pet-id}/get/parameters/1/name', message: /"sort_order"/}],
  },
  {
    name: '2.0 component parameters; body parameters are not checked',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
parameters:
  Limit: {name: Limit, in: query, type: integer}
  Body: {name: The-Body, in: body, schema: {type: object}}
`,
    errors: ['/parameters/Limit/name'],
  },
  {
    name: '3.1: a kebab-case query parameter is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - {name: page-size, in: query, schema: {type: [integer, 'null']}}
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1pets/get/parameters/0/name', message: /query parameter "page-size" is not camelCase or snakeCase/}],
  },
])
