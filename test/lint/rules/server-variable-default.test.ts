import {testRule} from '../../helpers/rule.js'

testRule('server-variable-default', [
  {
    name: '3.1: a default among the enum values, or no enum, passes (servers at every level)',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
servers:
  - url: 'https://{env}.example.com:{port}'
    variables:
      env: {default: api}
      port: {enum: ['443', '8443'], default: '443'}
paths:
  /a:
    servers: [{url: '/{v}', variables: {v: {enum: [v1], default: v1}}}]
    get:
      servers: [{url: '/{w}', variables: {w: {default: x}}}]
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: '3.1: an empty enum, and a default outside the enum, are reported (operation and link servers too)',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
servers:
  - url: 'https://{env}.example.com'
    variables:
      env: {enum: [], default: api}
paths:
  /a:
    get:
      servers: [{url: '/{v}', variables: {v: {enum: [v1, v2], default: v3}}}]
      responses:
        '200':
          description: ok
          links:
            l: {operationId: x, server: {url: '/{s}', variables: {s: {enum: [a], default: b}}}}
`,
    errors: [
      {pointer: '/servers/0/variables/env/enum', message: /The "enum" of a server variable must not be empty/},
      {pointer: '/paths/~1a/get/servers/0/variables/v/default', message: /The default "v3" is not one of the variable's "enum" values \("v1", "v2"\)/},
      {pointer: '/paths/~1a/get/responses/200/links/l/server/variables/s/default'},
    ],
  },
  {
    name: '3.0: not a MUST there (the rule does not run)',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
servers: [{url: '/{v}', variables: {v: {enum: [], default: x}}}]
paths: {}
`,
    errors: [],
  },
])
