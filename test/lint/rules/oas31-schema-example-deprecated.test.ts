import {testRule} from '../../helpers/rule.js'

testRule('oas31-schema-example-deprecated', [
  {
    name: 'examples lists pass, and example in 3.0 is fine',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Colour: {type: string, examples: [red]}
`,
    errors: [],
  },
  {
    name: 'example in a 3.1 schema is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /colours:
    get:
      parameters:
        - name: c
          in: query
          schema: {type: string, example: blue}
      responses: {'204': {description: none}}
`,
    errors: [{pointer: '/paths/~1colours/get/parameters/0/schema/example', message: /examples: \[/}],
  },
])
