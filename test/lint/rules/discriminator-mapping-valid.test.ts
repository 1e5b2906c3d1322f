import {testRule} from '../../helpers/rule.js'

testRule('discriminator-mapping-valid', [
  {
    name: 'mappings to oneOf members (by $ref or by name) and allOf-style bases pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
      discriminator:
        propertyName: kind
        mapping: {cat: '#/components/schemas/Cat', dog: Dog}
    Base:
      type: object
      discriminator: {propertyName: kind, mapping: {cat: Cat}}
    Cat: {type: object, properties: {kind: {type: string}}}
    Dog: {type: object, properties: {kind: {type: string}}}
`,
    errors: [],
  },
  {
    name: 'targets that do not exist or are not members are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      oneOf: [{$ref: '#/components/schemas/Cat'}]
      discriminator:
        propertyName: kind
        mapping:
          cat: '#/components/schemas/Cat'
          dog: '#/components/schemas/Dog'
          bird: Bird
    Cat: {type: object}
    Bird: {type: object}
`,
    errors: [
      {pointer: '/components/schemas/Pet/discriminator/mapping/dog', message: /does not exist/},
      {pointer: '/components/schemas/Pet/discriminator/mapping/bird', message: /not in its oneOf/},
    ],
  },
  {
    name: 'bare names in a schema from another file resolve against the entry document',
    doc: {
      'openapi.yaml': `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: './pet.yaml#/Pet'}}}}
components:
  schemas:
    Cat: {type: object}
`,
      'pet.yaml': `Pet:
  oneOf: [{$ref: './openapi.yaml#/components/schemas/Cat'}]
  discriminator: {propertyName: kind, mapping: {cat: Cat, dog: Dog}}
`,
    },
    errors: [{pointer: '/Pet/discriminator/mapping/dog', file: 'pet.yaml', message: /"Dog", which does not exist/}],
  },
])
