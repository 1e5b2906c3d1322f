import {testRule} from '../../helpers/rule.js'

const withDefault = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200': {description: ok}
        default: {description: error}
`

testRule('operation-4xx-response', [
  {
    name: 'a 4xx code or 4XX range passes; webhooks are skipped',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get: {responses: {'200': {description: ok}, '404': {description: missing}}}
  /b:
    get: {responses: {'200': {description: ok}, 4XX: {description: client error}}}
webhooks:
  ping:
    post: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'success and 5xx only is reported at responses',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      responses:
        '201': {description: created}
        '500': {description: boom}
`,
    errors: [{pointer: '/paths/~1pets/post/responses', line: 6, message: /POST \/pets has no 4xx/}],
  },
  {name: 'default does not count by default', doc: withDefault, errors: ['/paths/~1pets/get/responses']},
  {
    name: 'allowDefault accepts default',
    doc: withDefault,
    config: (c) => {
      c.lint.rules['operation-4xx-response'] = {allowDefault: true}
    },
    errors: [],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get: {responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1a/get/responses'],
  },
  {
    name: '3.1: a path operation without 4xx is reported, its webhook is not',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    delete:
      responses: {'204': {description: gone}}
webhooks:
  ping:
    post: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1pets/delete/responses', message: /DELETE \/pets has no 4xx/}],
  },
])
