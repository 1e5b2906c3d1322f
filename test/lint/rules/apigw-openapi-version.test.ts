import {testRule} from '../../helpers/rule.js'

testRule('apigw-openapi-version', [
  {
    name: 'OpenAPI 3.0 imports as a REST API',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
`,
    errors: [],
  },
  {
    name: 'Swagger 2.0 imports as a REST API',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
`,
    errors: [],
  },
  {
    name: 'OpenAPI 3.1 is rejected',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
`,
    errors: [{pointer: '/openapi', message: /OpenAPI 3\.1\.0/}],
  },
  {
    name: 'Swagger 2.0 is rejected for an HTTP API',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
`,
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [{pointer: '/swagger', message: /HTTP APIs import only OpenAPI 3\.0/}],
  },
], {'3.0': 'API Gateway imports OpenAPI 3.0 for both REST and HTTP APIs: a 3.0 document is what the rule asks for'})
