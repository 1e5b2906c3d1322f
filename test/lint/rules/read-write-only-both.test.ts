import {testRule} from '../../helpers/rule.js'

testRule('read-write-only-both', [
  {
    name: 'one of readOnly or writeOnly passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    User:
      type: object
      properties:
        id: {type: integer, readOnly: true}
        password: {type: string, writeOnly: true, readOnly: false}
`,
    errors: [],
  },
  {
    name: 'both is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    User:
      type: object
      properties:
        secret: {type: string, readOnly: true, writeOnly: true}
`,
    errors: [{pointer: '/components/schemas/User/properties/secret/writeOnly', message: /User\.secret/}],
  },
])
