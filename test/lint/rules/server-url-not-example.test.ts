import {testRule} from '../../helpers/rule.js'

testRule('server-url-not-example', [
  {
    name: 'real hosts pass, and localhost beside one',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
servers:
  - url: 'https://api.acme.io'
  - url: 'http://localhost:8080'
  - url: 'https://examples.acme.io'
paths: {}
`,
    errors: [],
  },
  {
    name: 'example domains are reported, and loopback when it is all a list has',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
servers:
  - url: 'https://api.example.com/v1'
  - url: 'https://{env}.example.org'
    variables: {env: {default: prod}}
  - url: 'https://api.acme.test'
paths:
  /a:
    servers: [{url: 'http://localhost:3000'}]
    get: {responses: {'200': {description: ok}}}
`,
    errors: [
      {pointer: '/servers/0/url', line: 4, message: /example domain "api.example.com"/},
      '/servers/1/url',
      '/servers/2/url',
      {pointer: '/paths/~1a/servers/0/url', message: /loopback/},
    ],
  },
  {
    name: '2.0 host',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
host: petstore.example.com:443
paths: {}
`,
    errors: [{pointer: '/host', message: /example domain/}],
  },
  {
    name: '2.0 real host passes',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
host: api.acme.io
paths: {}
`,
    errors: [],
  },
  {
    name: '3.0: an example domain and a loopback-only operation list are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
servers:
  - url: 'https://api.example.net'
paths:
  /a:
    get:
      servers: [{url: 'http://127.0.0.1:8080'}]
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/servers/0/url', message: /example domain "api.example.net"/}, {pointer: '/paths/~1a/get/servers/0/url', message: /loopback/}],
  },
])
