import {testRule} from '../../helpers/rule.js'

testRule('oas31-exclusive-bounds-numeric', [
  {
    name: 'numeric exclusive bounds pass',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Ratio: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1}
`,
    errors: [],
  },
  {
    name: 'boolean exclusive bounds in 3.1 are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Ratio:
      type: number
      minimum: 0
      exclusiveMinimum: true
      maximum: 1
      exclusiveMaximum: false
`,
    errors: [
      {pointer: '/components/schemas/Ratio/exclusiveMinimum', message: /exclusiveMinimum: 0/, line: 9},
      {pointer: '/components/schemas/Ratio/exclusiveMaximum', message: /remove/},
    ],
  },
])
