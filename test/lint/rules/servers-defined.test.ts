import {testRule} from '../../helpers/rule.js'

testRule('servers-defined', [
  {
    name: 'root servers pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
servers: [{url: 'https://api.acme.io/v1'}]
paths:
  /pets:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'a webhooks-only document needs none',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
webhooks:
  ping:
    post: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'servers on every path item or operation pass',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
webhooks:
  ping:
    post: {responses: {'200': {description: ok}}}
paths:
  /pets:
    servers: [{url: 'https://pets.acme.io'}]
    get: {responses: {'200': {description: ok}}}
  /toys:
    get:
      servers: [{url: 'https://toys.acme.io'}]
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: 'no servers is reported at the root, an empty list at the list',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
servers: []
paths:
  /pets:
    servers: [{url: 'https://pets.acme.io'}]
    get: {responses: {'200': {description: ok}}}
  /toys:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/servers', line: 3, message: /no `servers`/}],
  },
  {
    name: 'missing servers (3.1)',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '', line: 1}],
  },
  {
    name: '2.0 host present passes',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
host: api.acme.io
paths: {}
`,
    errors: [],
  },
  {
    name: '2.0 without host',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
basePath: /v1
paths: {}
`,
    errors: [{pointer: '', message: /no `host`/}],
  },
])
