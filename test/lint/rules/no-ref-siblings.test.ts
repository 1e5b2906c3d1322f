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
  {
    name: '2.0: keys beside a schema $ref are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Pet:
    type: object
    properties:
      parent:
        $ref: '#/definitions/Pet'
        description: the parent
      child: {$ref: '#/definitions/Pet'}
`,
    errors: [{pointer: '/definitions/Pet/properties/parent/description', message: /OpenAPI 2\.0/}],
  },
])
