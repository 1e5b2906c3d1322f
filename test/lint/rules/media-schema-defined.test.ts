import {testRule} from '../../helpers/rule.js'

testRule('media-schema-defined', [
  {
    name: 'media types with a schema pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
`,
    errors: [],
  },
  {
    name: 'a media type without schema is reported at its key',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json: {example: {name: Rex}}
      responses: {'204': {description: none}}
`,
    errors: [{pointer: '/paths/~1pets/post/requestBody/content/application~1json', message: /POST \/pets request body application\/json/}],
  },
  {
    name: '3.0: a response media type without schema is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json: {example: [Rex]}
`,
    errors: ['/paths/~1pets/get/responses/200/content/application~1json'],
  },
])
