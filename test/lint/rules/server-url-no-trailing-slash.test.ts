import {testRule} from '../../helpers/rule.js'

testRule('server-url-no-trailing-slash', [
  {
    name: 'URLs without a trailing slash, and "/", pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
servers:
  - url: 'https://api.acme.io/v1'
  - url: /
paths: {}
`,
    errors: [],
  },
  {
    name: 'trailing slashes at root, path and operation level are reported at the url',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
servers:
  - url: 'https://api.acme.io/'
paths:
  /files:
    servers: [{url: 'https://files.acme.io/v1/'}]
    post:
      servers: [{url: '{base}/', variables: {base: {default: 'https://upload.acme.io'}}}]
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/servers/0/url', line: 4, message: /"https:\/\/api.acme.io\/"/}, '/paths/~1files/servers/0/url', '/paths/~1files/post/servers/0/url'],
  },
  {
    name: '2.0 basePath',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
host: api.acme.io
basePath: /v1/
paths: {}
`,
    errors: [{pointer: '/basePath', message: /basePath "\/v1\/"/}],
  },
  {
    name: '2.0 basePath / passes',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
basePath: /
paths: {}
`,
    errors: [],
  },
  {
    name: '3.0: a trailing slash is reported at the url',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
servers:
  - url: 'https://api.acme.io/v1/'
  - url: /v2/
paths: {}
`,
    errors: [{pointer: '/servers/0/url', message: /"https:\/\/api.acme.io\/v1\/" ends with a slash/}, '/servers/1/url'],
  },
])
