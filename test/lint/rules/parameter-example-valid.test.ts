import {testRule} from '../../helpers/rule.js'

testRule('parameter-example-valid', [
  {
    name: 'valid parameter and header examples pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: query, schema: {type: integer, maximum: 100}, example: 20}
        - name: sort
          in: query
          schema: {type: string, enum: [asc, desc]}
          examples: {up: {value: asc}}
      responses:
        '200':
          description: ok
          headers:
            X-Rate: {schema: {type: integer}, example: 5}
`,
    errors: [],
  },
  {
    name: 'examples that break the parameter or header schema are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: query, schema: {type: integer, maximum: 100}, example: 500}
        - name: sort
          in: query
          schema: {type: string, enum: [asc, desc]}
          examples: {up: {value: upward}}
      responses:
        '200':
          description: ok
          headers:
            X-Rate: {schema: {type: integer}, example: fast}
`,
    errors: [
      {pointer: '/paths/~1pets/get/parameters/0/example', message: /parameter "limit".*500/},
      {pointer: '/paths/~1pets/get/parameters/1/examples/up/value', message: /parameter "sort"/},
      {pointer: '/paths/~1pets/get/responses/200/headers/X-Rate/example', message: /header "X-Rate"/},
    ],
  },
  {
    name: '3.0: component parameter and header examples that break their schema are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters: [{$ref: '#/components/parameters/Limit'}]
      responses: {'200': {description: ok, headers: {X-Page: {$ref: '#/components/headers/X-Page'}}}}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer, minimum: 1}, example: 0}
  headers:
    X-Page:
      schema: {type: string, nullable: true, maxLength: 3}
      examples: {long: {value: abcdef}}
`,
    errors: [
      {pointer: '/components/parameters/Limit/example', message: /parameter "limit"/},
      {pointer: '/components/headers/X-Page/examples/long/value', message: /header "X-Page"/},
    ],
  },
])
