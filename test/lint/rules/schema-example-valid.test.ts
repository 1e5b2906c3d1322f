import {testRule} from '../../helpers/rule.js'

testRule('schema-example-valid', [
  {
    name: 'valid schema examples pass (nullable, formats, readOnly and writeOnly required properties left out)',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    User:
      type: object
      required: [id, password, email]
      properties:
        id: {type: integer, readOnly: true}
        password: {type: string, writeOnly: true}
        email: {type: string, format: email, example: a@example.com}
        nick: {type: string, nullable: true, example: null}
      example: {email: a@example.com}
`,
    errors: [],
  },
  {
    name: 'examples that break their schema are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    User:
      type: object
      properties:
        email: {type: string, format: email, example: not-an-email}
        age: {type: integer, minimum: 0, exclusiveMinimum: true, example: 0}
      example: {email: a@example.com, age: '3'}
`,
    errors: [
      {pointer: '/components/schemas/User/properties/email/example', message: /format "email"/},
      {pointer: '/components/schemas/User/properties/age/example', message: /User\.age/},
      {pointer: '/components/schemas/User/example/age', message: /at \/age/},
    ],
  },
  {
    name: '3.1 examples lists are checked item by item',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Code: {type: [string, 'null'], pattern: '^[A-Z]+$', examples: [ABC, null, abc]}
`,
    errors: [{pointer: '/components/schemas/Code/examples/2', message: /pattern/}],
  },
  {
    name: 'a schema in another file is reported in that file',
    doc: {
      'openapi.yaml': `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: './pet.yaml#/Pet'}}}}
`,
      'pet.yaml': `Pet:
  type: object
  properties:
    id: {type: integer}
  example: {id: one}
`,
    },
    errors: [{pointer: '/Pet/example/id', file: 'pet.yaml', line: 5, message: /pet\.yaml#\/Pet/}],
  },
  {
    name: '2.0: examples in definitions are checked (x-nullable allows null)',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  User:
    type: object
    properties:
      email: {type: string, format: email, example: not-an-email}
      nick: {type: string, x-nullable: true, example: null}
    example: {email: a@example.com, nick: 3}
`,
    errors: [
      {pointer: '/definitions/User/properties/email/example', message: /format "email"/},
      {pointer: '/definitions/User/example/nick', message: /at \/nick/},
    ],
  },
])
