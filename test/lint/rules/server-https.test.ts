import {testRule} from '../../helpers/rule.js'

testRule('server-https', [
  {
    name: 'https, relative URLs and http on loopback pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
servers:
  - url: 'https://api.acme.io'
  - url: /v1
  - url: 'http://localhost:8080'
  - url: 'http://127.0.0.1'
  - url: 'http://[::1]:3000'
  - url: '{scheme}://api.acme.io'
    variables: {scheme: {default: https, enum: [https, http]}}
paths: {}
`,
    errors: [],
  },
  {
    name: 'http to a real host is reported at the url, variables resolved to their defaults',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
servers:
  - url: 'http://api.acme.io'
  - url: '{scheme}://{host}'
    variables:
      scheme: {default: http}
      host: {default: staging.acme.io}
paths:
  /a:
    get:
      servers: [{url: 'HTTP://legacy.acme.io'}]
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/servers/0/url', line: 4, message: /plain http/}, '/servers/1/url', '/paths/~1a/get/servers/0/url'],
  },
  {
    name: '2.0 http scheme, at root and operation',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
host: api.acme.io
schemes: [https, http]
paths:
  /a:
    get:
      schemes: [http]
      responses: {'200': {description: ok}}
`,
    errors: ['/schemes/1', '/paths/~1a/get/schemes/0'],
  },
  {
    name: '2.0 http on localhost passes',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
host: localhost:8080
schemes: [http]
paths: {}
`,
    errors: [],
  },
  {
    name: '3.0: http to a real host is reported, at root and path level',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
servers:
  - url: 'http://api.acme.io/v1'
paths:
  /a:
    servers: [{url: 'http://files.acme.io'}]
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/servers/0/url', message: /"http:\/\/api.acme.io\/v1" uses plain http/}, '/paths/~1a/servers/0/url'],
  },
])
