import {testRule} from '../../helpers/rule.js'

testRule('operation-tags', [
  {
    name: 'tagged operations pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get: {tags: [pets], responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'missing tags are reported at the operation, an empty list at the list',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get: {responses: {'200': {description: ok}}}
    post:
      tags: []
      responses: {'201': {description: ok}}
`,
    errors: [{pointer: '/paths/~1pets/get', message: /GET \/pets has no tags/}, {pointer: '/paths/~1pets/post/tags', line: 7}],
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
    name: '3.1 operations, webhooks included',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get: {tags: [pets], responses: {'200': {description: ok}}}
webhooks:
  newPet:
    post: {responses: {'200': {description: ok}}}
`,
    errors: ['/webhooks/newPet/post'],
  },
])
