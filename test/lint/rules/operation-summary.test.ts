import {testRule} from '../../helpers/rule.js'

testRule('operation-summary', [
  {
    name: 'summaries pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get: {summary: List pets, responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'missing and empty summaries are reported at the operation',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get: {description: Lists pets., responses: {'200': {description: ok}}}
    post: {summary: '', responses: {'201': {description: ok}}}
webhooks:
  petAdded:
    post: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1pets/get', message: /GET \/pets has no summary/}, '/paths/~1pets/post', '/webhooks/petAdded/post'],
  },
  {
    name: '2.0 operations',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get: {responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1pets/get'],
  },
  {
    name: '3.0: a missing summary is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post: {summary: '  ', responses: {'201': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1pets/post', message: /POST \/pets has no summary/}],
  },
])
