import {testRule} from '../../helpers/rule.js'

testRule('array-max-items', [
  {
    name: 'bounded request arrays and response arrays pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json: {schema: {type: array, maxItems: 100, items: {type: integer}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: integer}}}}}
`,
    errors: [],
  },
  {
    name: '3.0: an unbounded request body array is reported; a read-only one passes',
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
                tags: {type: array, items: {type: string}}
                ids: {type: array, readOnly: true, items: {type: integer}}
      responses: {'204': {description: none}}
`,
    errors: [{pointer: '/paths/~1pets/post/requestBody/content/application~1json/schema/properties/tags/type', message: /maxItems/}],
  },
  {
    name: 'unbounded arrays sent by clients are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      parameters:
        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
      responses: {'204': {description: none}}
`,
    errors: [{pointer: '/paths/~1pets/post/parameters/0/schema/type', message: /maxItems/}],
  },
  {
    name: '2.0: unbounded body arrays and array parameters are reported; bounded ones pass',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      parameters:
        - {name: ids, in: query, type: array, items: {type: integer}}
        - {name: tags, in: formData, type: array, maxItems: 10, items: {type: string}}
        - {name: body, in: body, schema: {type: array, items: {type: integer}}}
      responses:
        '200': {description: ok, schema: {type: array, items: {type: integer}}}
`,
    errors: ['/paths/~1pets/post/parameters/0/type', '/paths/~1pets/post/parameters/2/schema/type'],
  },
])
