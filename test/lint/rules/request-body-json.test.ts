import {testRule} from '../../helpers/rule.js'

testRule('request-body-json', [
  {
    name: 'bodies offering JSON (or +json) pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/merge-patch+json: {schema: {type: object}}
          application/x-www-form-urlencoded: {schema: {type: object}}
      responses: {'204': {description: none}}
`,
    errors: [],
  },
  {
    name: 'a body with only form or binary types is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded: {schema: {type: object}}
      responses: {'204': {description: none}}
`,
    errors: [{pointer: '/paths/~1pets/post/requestBody/content', message: /POST \/pets .*x-www-form-urlencoded/}],
  },
  {
    name: '2.0 consumes without JSON for an operation with a body',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
consumes: [application/json]
paths:
  /pets:
    post:
      consumes: [application/xml]
      parameters: [{name: body, in: body, schema: {type: object}}]
      responses: {'204': {description: none}}
    put:
      parameters: [{name: body, in: body, schema: {type: object}}]
      responses: {'204': {description: none}}
`,
    errors: ['/paths/~1pets/post/consumes'],
  },
  {
    name: '3.0: a body with only XML and multipart types is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    put:
      requestBody:
        content:
          application/xml: {schema: {type: object}}
          multipart/form-data: {schema: {type: object}}
      responses: {'204': {description: none}}
`,
    errors: [{pointer: '/paths/~1pets/put/requestBody/content', message: /PUT \/pets .*application\/xml, multipart\/form-data/}],
  },
])
