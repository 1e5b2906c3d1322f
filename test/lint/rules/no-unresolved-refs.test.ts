import {testRule} from '../../helpers/rule.js'

testRule('no-unresolved-refs', [
  {
    name: 'refs to existing files and pointers pass',
    doc: {
      'openapi.yaml': `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet: {$ref: './pet.yaml#/Pet'}
    Local: {$ref: '#/components/schemas/Pet'}
`,
      'pet.yaml': 'Pet: {type: object}\n',
    },
    errors: [],
  },
  {
    name: 'missing file and missing pointer are reported where the $ref is written',
    doc: {
      'openapi.yaml': `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    A: {$ref: './nope.yaml'}
    B: {$ref: './pet.yaml#/Dog'}
`,
      'pet.yaml': 'Pet: {type: object}\n',
    },
    errors: [
      {pointer: '/components/schemas/A/$ref', file: 'openapi.yaml', message: /file not found/, line: 6},
      {pointer: '/components/schemas/B/$ref', message: /no such location/, line: 7},
    ],
  },
  {
    name: 'a cycle of bare $refs is reported at each member; a recursive schema is not',
    doc: {
      'openapi.yaml': `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Node:
      type: object
      properties:
        next: {$ref: '#/components/schemas/Node'}
    A: {$ref: './b.yaml#/x'}
`,
      'b.yaml': "x: {$ref: '#/y'}\ny: {$ref: '#/x'}\n",
    },
    errors: [
      {pointer: '/x/$ref', file: 'b.yaml', message: /cycle of \$refs/},
      {pointer: '/y/$ref', file: 'b.yaml', message: /cycle of \$refs/},
    ],
  },
  {
    name: '2.0: missing definitions and files are reported where the $ref is written',
    doc: {
      'openapi.yaml': `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - $ref: '#/parameters/limit'
      responses:
        '200': {description: ok, schema: {$ref: '#/definitions/Pet'}}
definitions:
  Dog: {$ref: './nope.yaml'}
  Cat: {$ref: './pet.yaml#/Pet'}
`,
      'pet.yaml': 'Pet: {type: object}\n',
    },
    errors: [
      {pointer: '/paths/~1pets/get/parameters/0/$ref', message: /no such location/},
      {pointer: '/paths/~1pets/get/responses/200/schema/$ref', message: /no such location/},
      {pointer: '/definitions/Dog/$ref', message: /file not found/},
    ],
  },
  {
    name: '3.1: missing pointers are reported, $ref siblings and path item refs included',
    doc: {
      'openapi.yaml': `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets: {$ref: './paths.yaml#/pets'}
webhooks:
  newPet: {$ref: '#/components/pathItems/NewPet'}
components:
  schemas:
    Pet: {$ref: '#/components/schemas/Animal', description: a pet}
    Ok: {$ref: './paths.yaml#/Base', description: fine}
`,
      'paths.yaml': 'pets: {get: {responses: {"200": {description: ok}}}}\nBase: {type: object}\n',
    },
    errors: [
      {pointer: '/webhooks/newPet/$ref', message: /no such location/},
      {pointer: '/components/schemas/Pet/$ref', message: /no such location/},
    ],
  },
])
