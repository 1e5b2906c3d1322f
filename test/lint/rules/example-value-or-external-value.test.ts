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
    name: '3.0: both on a parameter example are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - name: q
          in: query
          schema: {type: string}
          examples:
            one: {value: x, externalValue: 'https://example.com/q.txt'}
      responses: {'204': {description: none}}
`,
    errors: [{pointer: '/paths/~1a/get/parameters/0/examples/one/externalValue', message: /both "value" and "externalValue"/}],
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
