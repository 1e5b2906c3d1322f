import {testRule} from '../../helpers/rule.js'

testRule('format-known', [
  {
    name: 'registered formats and formats listed in the option pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Id: {type: string, format: uuid}
    Count: {type: integer, format: int64}
    Repo: {type: string, format: repo-name}
`,
    config: (c) => {
      c.lint.rules['format-known'] = {severity: 'info', formats: ['repo-name']}
    },
    errors: [],
  },
  {
    name: '3.0: an unknown format in a request body property is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                id: {type: string, format: uuid}
                born: {type: string, format: datetime, nullable: true}
      responses: {'204': {description: none}}
`,
    errors: [{pointer: '/paths/~1pets/post/requestBody/content/application~1json/schema/properties/born/format', message: /"datetime"/}],
  },
  {
    name: 'unknown formats are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    When: {type: string, format: datetime}
`,
    errors: [{pointer: '/components/schemas/When/format', message: /"datetime"/}],
  },
  {
    name: '2.0: unknown formats in definitions and parameters are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - {name: since, in: query, type: string, format: datetime}
        - {name: id, in: query, type: string, format: uuid}
      responses: {'200': {description: ok}}
definitions:
  When: {type: string, format: datetime}
`,
    errors: ['/paths/~1pets/get/parameters/0/format', '/definitions/When/format'],
  },
])
