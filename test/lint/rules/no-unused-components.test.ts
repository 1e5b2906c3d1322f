import {testRule} from '../../helpers/rule.js'

testRule('no-unused-components', [
  {
    name: 'components used by $ref, by a $ref into them, by a discriminator mapping or by a security requirement pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
security: [{key: []}]
paths:
  /pets:
    get:
      parameters: [{$ref: '#/components/parameters/Limit'}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                oneOf: [{$ref: '#/components/schemas/Cat'}]
                discriminator: {propertyName: kind, mapping: {dog: Dog}}
        '404': {description: no, content: {application/json: {schema: {$ref: '#/components/schemas/Err/properties/code'}}}}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
  schemas:
    Cat: {type: object}
    Dog: {type: object}
    Err: {type: object, properties: {code: {type: integer}}}
  securitySchemes:
    key: {type: apiKey, name: k, in: header}
`,
    errors: [],
  },
  {
    name: 'unreferenced schemas, responses and security schemes are reported at their definition',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
components:
  schemas:
    Pet: {type: object}
    Orphan: {type: string}
  responses:
    Gone: {description: gone}
  securitySchemes:
    basic: {type: http, scheme: basic}
`,
    errors: [
      {pointer: '/components/schemas/Orphan', message: /schemas "Orphan" is never used/, line: 11},
      {pointer: '/components/responses/Gone'},
      {pointer: '/components/securitySchemes/basic', message: /no security requirement/},
    ],
  },
  {
    name: '2.0 definitions and securityDefinitions',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      security: [{key: []}]
      responses:
        '200': {description: ok, schema: {$ref: '#/definitions/Pet'}}
definitions:
  Pet: {type: object}
  Unused: {type: object}
securityDefinitions:
  key: {type: apiKey, name: k, in: header}
  oauth: {type: oauth2, flow: implicit, authorizationUrl: 'https://x.example/a', scopes: {}}
`,
    errors: ['/definitions/Unused', '/securityDefinitions/oauth'],
  },
  {
    name: '3.0: unreferenced parameters, request bodies and examples are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses: {'200': {description: ok}}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
  requestBodies:
    NewPet: {content: {application/json: {schema: {type: object}}}}
  examples:
    Rex: {value: {name: Rex}}
`,
    errors: [
      {pointer: '/components/parameters/Limit', message: /parameters "Limit" is never used/},
      '/components/requestBodies/NewPet',
      '/components/examples/Rex',
    ],
  },
])
