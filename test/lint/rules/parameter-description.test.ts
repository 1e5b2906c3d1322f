import {testRule} from '../../helpers/rule.js'

testRule('parameter-description', [
  {
    name: 'described parameters pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: query, description: How many to return., schema: {type: integer}}
        - $ref: '#/components/parameters/Offset'
      responses: {'200': {description: ok}}
components:
  parameters:
    Offset: {name: offset, in: query, description: How many to skip., schema: {type: integer}}
`,
    errors: [],
  },
  {
    name: 'missing descriptions are reported where the parameter is written, once for a shared one',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - $ref: '#/components/parameters/Offset'
      responses: {'200': {description: ok}}
  /toys:
    get:
      parameters:
        - $ref: '#/components/parameters/Offset'
      responses: {'200': {description: ok}}
components:
  parameters:
    Offset: {name: offset, in: query, description: '', schema: {type: integer}}
`,
    errors: [{pointer: '/paths/~1pets/get/parameters/0', line: 7, message: /query parameter "limit"/}, '/components/parameters/Offset'],
  },
  {
    name: '2.0 body parameters too',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      parameters: [{name: pet, in: body, schema: {type: object}}]
      responses: {'200': {description: ok}}
`,
    errors: ['/paths/~1pets/post/parameters/0'],
  },
  {
    name: '3.0: a path-level parameter without description is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets/{petId}:
    parameters:
      - {name: petId, in: path, required: true, schema: {type: string}}
    get:
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1pets~1{petId}/parameters/0', message: /path parameter "petId" has no description/}],
  },
])
