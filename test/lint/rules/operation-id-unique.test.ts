import {testRule} from '../../helpers/rule.js'

testRule('operation-id-unique', [
  {
    name: 'distinct ids pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get: {operationId: getA, responses: {'200': {description: ok}}}
  /b:
    get: {operationId: getB, responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'a repeated id is reported at the second use',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get: {operationId: same, responses: {'200': {description: ok}}}
  /b:
    get:
      operationId: same
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1b/get/operationId', line: 8, message: /GET \/a/}],
  },
  {
    name: '2.0: a repeated id is reported at the second use',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get: {operationId: same, responses: {'200': {description: ok}}}
    post: {operationId: other, responses: {'200': {description: ok}}}
  /b:
    get: {operationId: same, responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1b/get/operationId', message: /"same" is already used by GET \/a/}],
  },
  {
    name: '3.1: a webhook reusing a path operation id is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    post: {operationId: addPet, responses: {'200': {description: ok}}}
webhooks:
  newPet:
    post: {operationId: addPet, responses: {'200': {description: ok}}}
  oldPet:
    post: {operationId: removePet, responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/webhooks/newPet/post/operationId', message: /POST \/pets/}],
  },
  {
    name: 'callbacks: an operation id repeated in a callback is reported; a callback $ref-ed from two operations is one',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /subscribe:
    post:
      operationId: subscribe
      responses: {'201': {description: ok}}
      callbacks:
        onEvent: {$ref: '#/components/callbacks/onEvent'}
        onError:
          '{$request.body#/url}/error':
            post: {operationId: subscribe, responses: {'200': {description: ok}}}
  /resubscribe:
    post:
      operationId: resubscribe
      responses: {'201': {description: ok}}
      callbacks:
        onEvent: {$ref: '#/components/callbacks/onEvent'}
components:
  callbacks:
    onEvent:
      '{$request.body#/url}':
        post: {operationId: deliverEvent, responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1subscribe/post/callbacks/onError/{$request.body#~1url}~1error/post/operationId', message: /"subscribe" is already used by POST \/subscribe/}],
  },
])
