import {testRule} from '../../helpers/rule.js'

testRule('allof-conflicting-types', [
  {
    name: 'compatible members pass (integer within number, untyped members)',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Base: {type: object, properties: {id: {type: integer}}}
    Pet:
      type: object
      allOf: [{$ref: '#/components/schemas/Base'}, {required: [id]}]
    Count:
      allOf: [{type: number}, {type: integer, minimum: 0}]
`,
    errors: [],
  },
  {
    name: 'members with disjoint types are reported at allOf',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Base: {type: object}
    Name:
      allOf:
        - {$ref: '#/components/schemas/Base'}
        - {type: [string, 'null']}
`,
    errors: [{pointer: '/components/schemas/Name/allOf', message: /member 0 \(object\), member 1 \(string\/null\)/}],
  },
  {
    name: 'Swagger 2.0 definitions with disjoint allOf members are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Base: {type: object}
  Tag:
    allOf:
      - {$ref: '#/definitions/Base'}
      - {type: integer}
  Count:
    allOf: [{type: number}, {type: integer}]
`,
    errors: [{pointer: '/definitions/Tag/allOf', message: /member 0 \(object\), member 1 \(integer\)/}],
  },
  {
    name: '3.0: a nullable string member and an integer member are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Code:
      allOf:
        - {type: string, nullable: true}
        - {type: integer}
`,
    errors: [{pointer: '/components/schemas/Code/allOf', message: /member 0 \(string\/null\), member 1 \(integer\)/}],
  },
])
