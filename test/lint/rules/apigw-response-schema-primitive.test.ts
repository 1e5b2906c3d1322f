import {testRule} from '../../helpers/rule.js'

testRule('apigw-response-schema-primitive', [
  {
    name: 'object schemas and a $ref to a named string schema pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json: {schema: {type: object}}
            text/plain: {schema: {$ref: '#/components/schemas/StringResponse'}}
components:
  schemas:
    StringResponse: {type: string}
`,
    errors: [],
  },
  {
    name: 'an inline OpenAPI 3 string response schema is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /login:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: string}
`,
    errors: [{pointer: '/paths/~1login/get/responses/200/content/application~1json/schema/type', message: /GET \/login/}],
  },
  {
    name: 'an inline Swagger 2.0 integer response schema is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /count:
    get:
      responses:
        '200':
          description: ok
          schema: {type: integer}
`,
    errors: [{pointer: '/paths/~1count/get/responses/200/schema/type'}],
  },
  {
    name: 'an inline OpenAPI 3.1 nullable string response schema is reported; a nullable object passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /token:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: [string, 'null']}
    post:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: [object, 'null']}
`,
    errors: [{pointer: '/paths/~1token/get/responses/200/content/application~1json/schema/type', message: /GET \/token/}],
  },
])
