import {testRule} from '../../helpers/rule.js'

testRule('no-ref-siblings', [
  {
    name: 'bare $refs, allOf wrappers, extensions and path item refs pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    $ref: '#/components/x-paths/Pets'
    summary: merged with the target
  /toys:
    get:
      parameters: [{$ref: '#/components/parameters/Limit'}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                description: The toy.
                allOf: [{$ref: '#/components/schemas/Toy'}]
        '404': {$ref: '#/components/responses/NotFound', x-note: kept}
components:
  x-paths:
    Pets:
      get: {responses: {'200': {description: ok}}}
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
  responses:
    NotFound: {description: not found}
  schemas:
    Toy: {type: object}
`,
    errors: [],
  },
  {
    name: '3.0 siblings of a Reference Object are reported at each key',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /toys:
    get:
      parameters:
        - $ref: '#/components/parameters/Limit'
          required: true
      responses:
        '200': {$ref: '#/components/responses/Ok', description: Override}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
  responses:
    Ok: {description: ok}
  schemas:
    Toy:
      type: object
      properties:
        owner:
          $ref: '#/components/schemas/Owner'
          description: Who owns it.
          nullable: true
    Owner: {type: object}
`,
    errors: [
      {pointer: '/paths/~1toys/get/parameters/0/required', line: 8, message: /"required" beside \$ref "#\/components\/parameters\/Limit" is ignored in OpenAPI 3.0/},
      '/paths/~1toys/get/responses/200/description',
      '/components/schemas/Toy/properties/owner/description',
      '/components/schemas/Toy/properties/owner/nullable',
    ],
  },
  {
    name: '2.0 schema siblings',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Pet:
    type: object
    properties:
      tag: {$ref: '#/definitions/Tag', readOnly: true}
  Tag: {type: string}
`,
    errors: ['/definitions/Pet/properties/tag/readOnly'],
  },
  {
    name: '3.1 allows siblings',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      type: object
      properties:
        tag: {$ref: '#/components/schemas/Tag', description: The tag.}
    Tag: {type: string}
`,
    errors: [],
  },
])
