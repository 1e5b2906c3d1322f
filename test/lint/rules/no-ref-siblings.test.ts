import {testRule} from '../../helpers/rule.js'

testRule('no-ref-siblings', [
  {
    name: 'plain $refs, allOf wrappers and path item $refs pass',
    doc: `openapi: 3.0.3
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
                description: the pet
                allOf: [{$ref: '#/components/schemas/Pet'}]
components:
  schemas:
    Pet: {type: object, properties: {parent: {$ref: '#/components/schemas/Pet', x-go-name: Parent}}}
`,
    errors: [],
  },
  {
    name: 'keys beside $ref are reported one by one',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      type: object
      properties:
        parent:
          $ref: '#/components/schemas/Pet'
          description: the parent
          nullable: true
`,
    errors: [
      {pointer: '/components/schemas/Pet/properties/parent/description', message: /"description" beside \$ref "#\/components\/schemas\/Pet" is ignored in OpenAPI 3\.0/},
      '/components/schemas/Pet/properties/parent/nullable',
    ],
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
        parent: {$ref: '#/components/schemas/Pet', description: the parent}
`,
    errors: [],
  },
])
