import {testRule} from '../../helpers/rule.js'

testRule('apigw-schema-unsupported-keyword', [
  {
    name: 'draft-4 keywords API Gateway supports pass, and parameter schemas are not models',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: q, in: query, schema: {type: string, example: abc}}
      responses: {'200': {description: ok}}
components:
  schemas:
    Order: {type: object, required: [id], properties: {id: {type: integer, minimum: 1}}}
`,
    errors: [],
  },
  {
    name: 'example, readOnly, additionalProperties and oneOf in models are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      requestBody:
        content:
          application/json:
            schema:
              oneOf: [{type: object}, {type: array}]
      responses: {'200': {description: ok}}
components:
  schemas:
    Order:
      type: object
      additionalProperties: false
      properties:
        id: {type: integer, readOnly: true, example: 7}
`,
    errors: [
      {pointer: '/paths/~1a/post/requestBody/content/application~1json/schema/oneOf', message: /request validation/},
      {pointer: '/components/schemas/Order/additionalProperties'},
      {pointer: '/components/schemas/Order/properties/id/readOnly'},
      {pointer: '/components/schemas/Order/properties/id/example', message: /`example`/},
    ],
  },
  {
    name: 'an OpenAPI 3.1 examples list becomes example when converted, so it is reported; with example set, only example is',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, examples: [{id: 1}, {id: 2}]}
      responses: {'200': {description: ok}}
components:
  schemas:
    Order:
      type: object
      properties:
        id: {type: integer, example: 7, examples: [7, 8]}
        note: {type: string, examples: []}
`,
    errors: [
      {pointer: '/paths/~1a/post/requestBody/content/application~1json/schema/examples', message: /writes the first of `examples`/},
      {pointer: '/components/schemas/Order/properties/id/example', message: /`example`/},
    ],
  },
  {
    name: 'a schema examples list in OpenAPI 3.0 is not a schema keyword there, and is not converted',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, examples: [{id: 1}]}
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: 'Swagger 2.0 body schemas are models',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    post:
      parameters:
        - {name: body, in: body, schema: {type: object, anyOf: [{required: [a]}]}}
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1a/post/parameters/0/schema/anyOf'}],
  },
  {
    name: 'OpenAPI 3.1: a numeric exclusiveMinimum and a response anyOf with null are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                anyOf: [{$ref: '#/components/schemas/Price'}, {type: 'null'}]
components:
  schemas:
    Price: {type: [number, 'null'], exclusiveMinimum: 0}
`,
    errors: [
      {pointer: '/paths/~1a/get/responses/200/content/application~1json/schema/anyOf'},
      {pointer: '/components/schemas/Price/exclusiveMinimum'},
    ],
  },
])
