import {testRule} from '../../helpers/rule.js'

testRule('ref-location', [
  {
    name: '3.0: references where the specification allows Reference Objects pass',
    doc: {
      'openapi.yaml': `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    $ref: 'paths.yaml#/a'
  /b:
    get:
      parameters: [{$ref: '#/components/parameters/P'}]
      requestBody: {$ref: '#/components/requestBodies/B'}
      responses:
        '200': {$ref: '#/components/responses/R'}
      callbacks: {cb: {$ref: '#/components/callbacks/C'}}
components:
  parameters: {P: {name: p, in: query, schema: {$ref: '#/components/schemas/S'}}}
  requestBodies: {B: {content: {application/json: {schema: {type: object, properties: {s: {$ref: '#/components/schemas/S'}}}}}}}
  responses: {R: {description: ok, headers: {H: {$ref: '#/components/headers/H'}}, links: {L: {$ref: '#/components/links/L'}}}}
  headers: {H: {schema: {type: string}}}
  links: {L: {operationId: x}}
  callbacks: {C: {'{$url}': {post: {responses: {'200': {description: ok}}}}}}
  schemas: {S: {type: string}}
  securitySchemes: {K: {$ref: 'schemes.yaml#/K'}}
`,
      'paths.yaml': `a: {get: {responses: {'200': {description: ok}}}}\n`,
      'schemes.yaml': `K: {type: http, scheme: basic}\n`,
    },
    errors: [],
  },
  {
    name: '3.0: an operation, a string and a whole map given by $ref are reported; their targets are still read',
    doc: {
      'openapi.yaml': `openapi: 3.0.3
info:
  title: t
  version: '1'
  description: {$ref: 'text.yaml#/intro'}
paths:
  /a:
    get: {$ref: 'ops.yaml#/getA'}
components:
  schemas: {$ref: 'schemas.yaml'}
`,
      'text.yaml': `intro: Hello\n`,
      'ops.yaml': `getA: {responses: {'200': {description: ok}}}\n`,
      'schemas.yaml': `Pet: {type: object}\n`,
    },
    errors: [
      {pointer: '/info/description/$ref', message: /"\$ref" is not allowed here: the specification expects a string for "description"/, line: 5},
      {pointer: '/paths/~1a/get/$ref', message: /expects an Operation object for "get"/},
      {pointer: '/components/schemas/$ref', message: /expects an object for "schemas"/},
    ],
  },
  {
    name: '2.0: responses and parameters may be references, path items too; the info object may not',
    doc: {
      'swagger.yaml': `swagger: '2.0'
info: {$ref: 'info.yaml'}
paths:
  /a:
    get:
      parameters: [{$ref: '#/parameters/P'}]
      responses: {'200': {$ref: '#/responses/R'}}
parameters: {P: {name: p, in: query, type: string}}
responses: {R: {description: ok, schema: {$ref: '#/definitions/D'}}}
definitions: {D: {type: object}}
`,
      'info.yaml': `title: t\nversion: '1'\n`,
    },
    errors: [{pointer: '/info/$ref', message: /expects an Info object for "info"/}],
  },
  {
    name: '3.1: $ref is a schema keyword and a path item field; examples hold data, not references',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
webhooks:
  w: {$ref: '#/components/pathItems/P'}
components:
  pathItems:
    P: {post: {responses: {'200': {description: ok}}}}
  schemas:
    A: {$ref: '#/components/schemas/B', description: d}
    B: {type: object, example: {$ref: 'not a reference'}, x-data: {$ref: 'neither'}}
`,
    errors: [],
  },
  {
    name: '3.1: an operation given by $ref in a webhook is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
webhooks:
  petAdded:
    post: {$ref: '#/components/pathItems/P/post'}
components:
  pathItems:
    P: {post: {responses: {'200': {description: ok}}}}
`,
    errors: [{pointer: '/webhooks/petAdded/post/$ref', message: /expects an Operation object for "post"/}],
  },
])
