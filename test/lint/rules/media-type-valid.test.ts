import {testRule} from '../../helpers/rule.js'

testRule('media-type-valid', [
  {
    name: 'media types, ranges and parameters pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json; charset=utf-8: {schema: {type: object}}
            application/vnd.pets+json: {schema: {type: object}}
            text/*: {schema: {type: string}}
            '*/*': {schema: {type: string}}
`,
    errors: [],
  },
  {
    name: 'malformed keys are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            json: {schema: {type: object}}
            '*/json': {schema: {type: object}}
            application/json;: {schema: {type: object}}
`,
    errors: [
      {pointer: '/paths/~1pets/get/responses/200/content/json', message: /"json" is not a valid media type/},
      '/paths/~1pets/get/responses/200/content/*~1json',
      '/paths/~1pets/get/responses/200/content/application~1json;',
    ],
  },
  {
    name: '2.0 produces and consumes entries',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
produces: [application/json, xml]
paths:
  /pets:
    get:
      consumes: [text plain]
      responses: {'200': {description: ok}}
`,
    errors: ['/produces/1', '/paths/~1pets/get/consumes/0'],
  },
  {
    name: '3.0: a malformed request body media type is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application: {schema: {type: object}}
      responses: {'204': {description: none}}
`,
    errors: [{pointer: '/paths/~1pets/post/requestBody/content/application', message: /"application" is not a valid media type/}],
  },
])
