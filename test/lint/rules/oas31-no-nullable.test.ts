import {testRule} from '../../helpers/rule.js'

testRule('oas31-no-nullable', [
  {
    name: 'type lists with null pass',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Nick: {type: [string, 'null']}
`,
    errors: [],
  },
  {
    name: 'nullable in a 3.1 schema is reported with the type list to write',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Owner:
      type: object
      properties:
        nick: {type: string, nullable: true}
        pet: {allOf: [{$ref: '#/components/schemas/Owner'}], nullable: true}
`,
    errors: [
      {pointer: '/components/schemas/Owner/properties/nick/nullable', message: /type: \[string, 'null'\]/, line: 9},
      {pointer: '/components/schemas/Owner/properties/pet/nullable', message: /anyOf\/oneOf branch/},
    ],
  },
  {
    name: 'nullable in 3.0 is not this rule\'s business',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Nick: {type: string, nullable: true}
`,
    errors: [],
  },
])
