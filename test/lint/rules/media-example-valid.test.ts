import {testRule} from '../../helpers/rule.js'

testRule('media-example-valid', [
  {
    name: 'valid examples pass; readOnly properties may be left out of request examples; XML strings are not parsed',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
            example: {name: Rex, tag: null}
          application/xml:
            schema: {$ref: '#/components/schemas/Pet'}
            example: '<pet><name>Rex</name></pet>'
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
              examples:
                rex: {$ref: '#/components/examples/Rex'}
                ext: {externalValue: 'https://example.com/rex.json'}
components:
  examples:
    Rex: {value: {id: 1, name: Rex}}
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, readOnly: true}
        name: {type: string}
        tag: {type: string, nullable: true}
        parent: {$ref: '#/components/schemas/Pet'}
`,
    errors: [],
  },
  {
    name: '3.0: a request example with a wrong type and a null in a non-nullable property is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string}
                age: {type: integer, nullable: true}
            example: {name: null, age: null}
            examples:
              old: {value: {name: Rex, age: ten}}
      responses: {'204': {description: none}}
`,
    errors: [
      {pointer: '/paths/~1pets/post/requestBody/content/application~1json/example/name', message: /at \/name: .*"null" is invalid/},
      {pointer: '/paths/~1pets/post/requestBody/content/application~1json/examples/old/value/age', message: /integer/},
    ],
  },
  {
    name: 'invalid inline examples are reported at the offending value; shared ones where they are used',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Pet'}
              example:
                - {id: 1, name: Rex}
                - {id: two, name: Tom}
              examples:
                missing: {value: [{name: Rex}]}
                shared: {$ref: '#/components/examples/Bad'}
components:
  examples:
    Bad: {value: {id: 1}}
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, readOnly: true}
        name: {type: string}
`,
    errors: [
      {pointer: '/paths/~1pets/get/responses/200/content/application~1json/example/1/id', line: 16, message: /at \/1\/id: .*integer/},
      {pointer: '/paths/~1pets/get/responses/200/content/application~1json/examples/missing/value/0', message: /required property "id"/},
      {pointer: '/paths/~1pets/get/responses/200/content/application~1json/examples/shared', message: /Example "shared" .* Expected "array"/},
    ],
  },
  {
    name: '2.0 response examples by media type',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          schema: {type: object, properties: {count: {type: integer, minimum: 0}}}
          examples:
            application/json: {count: -1}
            text/plain: 'count: 1'
`,
    errors: [{pointer: '/paths/~1pets/get/responses/200/examples/application~1json/count', message: /-1/}],
  },
])
