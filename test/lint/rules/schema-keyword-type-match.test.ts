import {testRule} from '../../helpers/rule.js'

testRule('schema-keyword-type-match', [
  {
    name: 'keywords of the declared type pass; untyped schemas are left alone',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Code: {type: string, maxLength: 3, pattern: '^[A-Z]+$'}
    Count: {type: integer, minimum: 0}
    Any: {maxLength: 3, minimum: 0}
`,
    errors: [],
  },
  {
    name: 'keywords for other types are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Count: {type: integer, maxLength: 3}
    Tags: {type: array, items: {type: string}, required: [a]}
`,
    errors: [
      {pointer: '/components/schemas/Count/maxLength', message: /applies to strings, but Count is of type integer/},
      '/components/schemas/Tags/required',
    ],
  },
  {
    name: '2.0 parameters keep their boolean required',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters: [{name: limit, in: query, type: integer, required: true, maxLength: 2}]
      responses: {'200': {description: ok}}
`,
    errors: ['/paths/~1pets/get/parameters/0/maxLength'],
  },
  {
    name: '3.0: a number keyword on a nullable string is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Name: {type: string, nullable: true, minimum: 1}
`,
    errors: [{pointer: '/components/schemas/Name/minimum', message: /applies to numbers, but Name is of type string/}],
  },
])
