import {testRule} from '../../helpers/rule.js'

testRule('path-no-http-verbs', [
  {
    name: 'resource names, nouns like posts/updates and custom methods pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /blog/posts/{getId}/updates:
    get: {responses: {'200': {description: ok}}}
  /jobs/{id}:cancel:
    post: {responses: {'200': {description: ok}}}
  /target-settings/{id}/post:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'a segment starting with a verb is reported once per path',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /user/createWithList:
    post: {responses: {'200': {description: ok}}}
  /pets/{id}/delete/get-all:
    post: {responses: {'200': {description: ok}}}
  /GetOrders:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [
      {pointer: '/paths/~1user~1createWithList', line: 4, message: /"create" in segment "createWithList"/},
      {pointer: '/paths/~1pets~1{id}~1delete~1get-all', message: /"delete"/},
      '/paths/~1GetOrders',
    ],
  },
  {
    name: 'option verbs replaces the list (2.0)',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /orders/submit:
    post: {responses: {'200': {description: ok}}}
  /orders/get:
    post: {responses: {'200': {description: ok}}}
`,
    config: (c) => {
      c.lint.rules['path-no-http-verbs'] = {verbs: ['submit']}
    },
    errors: ['/paths/~1orders~1submit'],
  },
  {
    name: '3.0: a verb segment is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /orders/{id}/update_status:
    put: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1orders~1{id}~1update_status', message: /"update" in segment "update_status"/}],
  },
])
