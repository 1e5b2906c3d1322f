import {testRule} from '../../helpers/rule.js'

testRule('string-max-length', [
  {
    name: 'bounded request strings and response strings pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      parameters:
        - {name: q, in: query, schema: {type: string, maxLength: 50}}
        - {name: since, in: query, schema: {type: string, format: date-time}}
        - {name: sort, in: query, schema: {type: string, enum: [asc, desc]}}
      requestBody:
        content:
          application/json: {schema: {type: object, properties: {code: {type: string, pattern: '^[A-Z]{3}$'}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: string}}}}
`,
    errors: [],
  },
  {
    name: 'unbounded strings sent by clients are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      parameters:
        - {name: q, in: query, schema: {type: string}}
      requestBody:
        content:
          application/json: {schema: {$ref: '#/components/schemas/NewPet'}}
      responses: {'204': {description: none}}
components:
  schemas:
    NewPet: {type: object, properties: {name: {type: [string, 'null']}}}
`,
    errors: [{pointer: '/paths/~1pets/post/parameters/0/schema/type', message: /parameter 0/}, '/components/schemas/NewPet/properties/name/type'],
  },
  {
    name: '2.0 query parameters',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters: [{name: q, in: query, type: string}]
      responses: {'200': {description: ok}}
`,
    errors: ['/paths/~1pets/get/parameters/0/type'],
  },
  {
    name: '3.0: unbounded strings in parameters and request bodies are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      parameters:
        - {name: q, in: query, schema: {type: string}}
      requestBody:
        content:
          application/json: {schema: {type: object, properties: {name: {type: string, nullable: true}}}}
      responses: {'204': {description: none}}
`,
    errors: [
      {pointer: '/paths/~1pets/post/parameters/0/schema/type', message: /parameter 0/},
      '/paths/~1pets/post/requestBody/content/application~1json/schema/properties/name/type',
    ],
  },
])
