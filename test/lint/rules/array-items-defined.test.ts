import {testRule} from '../../helpers/rule.js'

testRule('array-items-defined', [
  {
    name: 'arrays with items (or 3.1 prefixItems) pass',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Tags: {type: array, items: {type: string}}
    Pair: {type: array, prefixItems: [{type: string}, {type: integer}]}
`,
    errors: [],
  },
  {
    name: 'arrays without items are reported in 3.1, where the specification does not require them',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Tags:
      type: array
      minItems: 1
`,
    errors: [{pointer: '/components/schemas/Tags/type', line: 7, message: /Array Tags/}],
  },
  {
    name: '2.0 and 3.0 are left to the spec rule array-items (items is a MUST there)',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Tags: {type: array}
`,
    errors: [],
  },
])
