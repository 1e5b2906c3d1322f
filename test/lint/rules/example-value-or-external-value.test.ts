import {testRule} from '../../helpers/rule.js'

testRule('example-value-or-external-value', [
  {
    name: 'value or externalValue passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  examples:
    A: {value: 1}
    B: {externalValue: 'https://example.com/b.json'}
`,
    errors: [],
  },
  {
    name: 'both are reported, in components and inline',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              examples:
                one: {value: 1, externalValue: 'https://example.com/1.json'}
components:
  examples:
    A: {value: 1, externalValue: 'https://example.com/a.json'}
`,
    errors: [
      {pointer: '/paths/~1a/get/responses/200/content/application~1json/examples/one/externalValue', message: /both "value" and "externalValue"/},
      {pointer: '/components/examples/A/externalValue'},
    ],
  },
])
