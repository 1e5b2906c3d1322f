import {testRule} from '../../helpers/rule.js'

testRule('schema-read-write-only', [
  {
    name: '3.0: readOnly or writeOnly alone passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    User:
      type: object
      properties:
        id: {type: string, readOnly: true}
        password: {type: string, writeOnly: true, readOnly: false}
`,
    errors: [],
  },
  {
    name: '3.0: both true is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    User:
      type: object
      properties:
        secret: {type: string, readOnly: true, writeOnly: true}
`,
    errors: [{pointer: '/components/schemas/User/properties/secret/writeOnly', message: /both readOnly and writeOnly/}],
  },
])
