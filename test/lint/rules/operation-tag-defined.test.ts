import {testRule} from '../../helpers/rule.js'

testRule('operation-tag-defined', [
  {
    name: 'declared tags pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
tags: [{name: pets}, {name: store}]
paths:
  /pets:
    get: {tags: [pets, store], responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'an undeclared tag is reported at the tag',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
tags: [{name: pets}]
paths:
  /pets:
    get:
      tags: [pets, Pets]
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1pets/get/tags/1', line: 7, message: /"Pets" of GET \/pets/}],
  },
  {
    name: 'without a root tags list every tag is undeclared (2.0)',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get: {tags: [pets], responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1pets/get/tags/0'],
  },
  {
    name: '3.1: undeclared tags on webhooks are reported too',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
tags: [{name: pets}]
paths:
  /pets:
    get: {tags: [pets], responses: {'200': {description: ok}}}
webhooks:
  newPet:
    post: {tags: [events], responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/webhooks/newPet/post/tags/0', message: /"events"/}],
  },
])
