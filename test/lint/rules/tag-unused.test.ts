import {testRule} from '../../helpers/rule.js'

testRule('tag-unused', [
  {
    name: 'tags used by an operation, a webhook or a callback pass',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
tags: [{name: pets}, {name: events}, {name: hooks}]
paths:
  /pets:
    post:
      tags: [pets]
      responses: {'201': {description: ok}}
      callbacks:
        onDone:
          '{$request.body#/url}':
            post: {tags: [hooks], responses: {'200': {description: ok}}}
webhooks:
  petAdded:
    post: {tags: [events], responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'an unused tag is reported at its name',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
tags:
  - name: pets
  - name: legacy
paths:
  /pets:
    get: {tags: [pets], responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/tags/1/name', line: 5, message: /"legacy"/}],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
tags: [{name: a}]
paths: {}
`,
    errors: ['/tags/0/name'],
  },
  {
    name: '3.1: a tag used by no operation or webhook is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
tags: [{name: pets}, {name: legacy}]
webhooks:
  petAdded:
    post: {tags: [pets], responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/tags/1/name', message: /"legacy"/}],
  },
])
