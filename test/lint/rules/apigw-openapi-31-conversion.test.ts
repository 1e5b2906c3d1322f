import {testRule} from '../../helpers/rule.js'

testRule('apigw-openapi-31-conversion', [
  {
    name: '3.1 written so that it converts to 3.0 without loss (nullable type arrays, const) passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {type: [string, 'null'], const: x}}}
`,
    errors: [],
  },
  {
    name: 'webhooks and a tuple in a sub-file are reported where they are written',
    doc: {
      'openapi.yaml': `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets: {$ref: './pets.yaml'}
webhooks:
  newPet:
    post: {responses: {'200': {description: ok}}}
`,
      'pets.yaml': `get:
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema: {type: array, prefixItems: [{type: string}, {type: integer}]}
`,
    },
    errors: [
      {pointer: '/webhooks/newPet', file: 'openapi.yaml', line: 6, message: /webhook "newPet"/},
      {pointer: '/get/responses/200/content/application~1json/schema/prefixItems', file: 'pets.yaml', message: /prefixItems|tuple/},
    ],
  },
])
