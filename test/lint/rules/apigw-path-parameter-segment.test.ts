import {testRule} from '../../helpers/rule.js'

testRule('apigw-path-parameter-segment', [
  {
    name: 'whole-segment and greedy parameters pass',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /items/{id}/{proxy+}:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'a parameter sharing its segment with text is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /items/id-{id}:
    get: {responses: {'200': {description: ok}}}
  /files/{name}.{ext}:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [
      {pointer: '/paths/~1items~1id-{id}', message: /"id-\{id\}"/},
      {pointer: '/paths/~1files~1{name}.{ext}', message: /"\{name\}\.\{ext\}"/},
    ],
  },
  {
    name: 'OpenAPI 3.1: a parameter sharing its segment with text is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /reports/{year}.csv:
    get: {responses: {'200': {description: ok}}}
  /reports/{year}:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1reports~1{year}.csv', message: /"\{year\}\.csv"/}],
  },
  {
    name: '2.0: a parameter sharing its segment with text is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /users/{id}/avatar-{size}:
    get: {responses: {'200': {description: ok}}}
  /users/{id}:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1users~1{id}~1avatar-{size}', message: /"avatar-\{size\}"/}],
  },
])
