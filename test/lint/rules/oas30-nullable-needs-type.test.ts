import {testRule} from '../../helpers/rule.js'

testRule('oas30-nullable-needs-type', [
  {
    name: 'nullable with a type passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Owner: {type: object, nullable: true, allOf: [{$ref: '#/components/schemas/Base'}]}
    Base: {type: object}
`,
    errors: [],
  },
  {
    name: 'nullable beside allOf without type is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Owner:
      nullable: true
      allOf: [{$ref: '#/components/schemas/Base'}]
    Base: {type: object}
`,
    errors: [{pointer: '/components/schemas/Owner/nullable', line: 7, message: /no `type`/}],
  },
])
