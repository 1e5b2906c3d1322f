import {testRule} from '../../helpers/rule.js'

testRule('responses-not-empty', [
  {
    name: 'a response code or default is enough; a 3.1 operation may omit responses',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get: {responses: {default: {description: d}}}
    post: {responses: {'201': {description: c}}}
    put: {}
`,
    errors: [],
  },
  {
    name: '3.0: empty responses, or only extensions, are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get: {responses: {}}
    post: {responses: {x-note: only an extension}}
`,
    errors: [
      {pointer: '/paths/~1a/get/responses', message: /The responses of GET \/a must hold at least one response code/},
      {pointer: '/paths/~1a/post/responses'},
    ],
  },
  {
    name: '2.0: the same MUST',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get: {responses: {}}
`,
    errors: ['/paths/~1a/get/responses'],
  },
  {
    name: '3.1: present but empty responses are reported, in webhooks too',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get: {responses: {}}
webhooks:
  petAdded:
    post: {responses: {x-note: only an extension}}
`,
    errors: [{pointer: '/paths/~1a/get/responses', message: /GET \/a/}, '/webhooks/petAdded/post/responses'],
  },
])
