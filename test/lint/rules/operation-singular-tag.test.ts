import {testRule} from '../../helpers/rule.js'

testRule('operation-singular-tag', [
  {
    name: 'one tag (or none) passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get: {tags: [pets], responses: {'200': {description: ok}}}
    post: {responses: {'201': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'a second tag is reported at that tag',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      tags: [pets, store, admin]
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1pets/get/tags/1', message: /3 tags/}],
  },
  {
    name: '2.0 operations',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get: {tags: [a, b], responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1pets/get/tags/1'],
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
    post: {tags: [pets, events], responses: {'200': {description: ok}}}
`,
    errors: ['/webhooks/newPet/post/tags/1'],
  },
])
