import {testRule} from '../../helpers/rule.js'

testRule('operation-operationid', [
  {
    name: 'operations with ids pass (callbacks need none)',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /subscribe:
    post:
      operationId: subscribe
      responses: {'201': {description: ok}}
      callbacks:
        onEvent:
          '{$request.body#/url}':
            post: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'a missing or blank id is reported at the operation',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get: {responses: {'200': {description: ok}}}
    post: {operationId: ' ', responses: {'201': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1pets/get', line: 5, message: /GET \/pets/}, '/paths/~1pets/post'],
  },
  {
    name: '3.1 webhooks need ids too',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
webhooks:
  petAdded:
    post: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/webhooks/petAdded/post', message: /petAdded/}],
  },
  {
    name: '2.0 operations',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get: {responses: {'200': {description: ok}}}
    put: {operationId: putPets, responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1pets/get'],
  },
])
