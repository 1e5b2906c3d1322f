import {testRule} from '../../helpers/rule.js'

testRule('no-http-basic', [
  {
    name: 'bearer, oauth2 and api keys pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://acme.io/token', scopes: {}}}}
    key: {type: apiKey, name: X-Key, in: header}
`,
    errors: [],
  },
  {
    name: 'http basic is reported at scheme, any case',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    basicAuth:
      type: http
      scheme: Basic
`,
    errors: [{pointer: '/components/securitySchemes/basicAuth/scheme', line: 8, message: /"basicAuth"/}],
  },
  {
    name: '2.0 type basic is reported at type',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
securityDefinitions:
  login: {type: basic}
`,
    errors: ['/securityDefinitions/login/type'],
  },
  {
    name: '3.0: http basic is reported at scheme',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    basicAuth: {type: http, scheme: basic}
`,
    errors: [{pointer: '/components/securitySchemes/basicAuth/scheme', message: /"basicAuth"/}],
  },
])
