import {testRule} from '../../helpers/rule.js'

testRule('apigw-path-segment-characters', [
  {
    name: 'letters, digits, - . _ , : and parameters pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /v1.0/user_items/{id}/events:batch:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'a space, @ or ~ in a segment is reported on the path',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /users/@me:
    get: {responses: {'200': {description: ok}}}
  /~files:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [
      {pointer: '/paths/~1users~1@me', message: /"@"/},
      {pointer: '/paths/~1~0files', message: /"~"/},
    ],
  },
  {
    name: 'Swagger 2.0: a space in a segment is reported; letters and parameters pass',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /my files/{id}:
    get: {responses: {'200': {description: ok}}}
  /files/{id}:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1my files~1{id}', message: /" "/}],
  },
  {
    name: 'OpenAPI 3.1: an @ in a segment is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /users/@me:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1users~1@me', message: /"@"/}],
  },
  {
    name: 'an HTTP API is not checked against REST resource rules',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /users/@me:
    get: {responses: {'200': {description: ok}}}
`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [],
  },
])
