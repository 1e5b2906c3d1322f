import {testRule} from '../../helpers/rule.js'

testRule('no-api-key-in-query', [
  {
    name: 'api keys in headers and cookies pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    key: {type: apiKey, name: X-Key, in: header}
    session: {type: apiKey, name: sid, in: cookie}
`,
    errors: [],
  },
  {
    name: 'an api key in the query is reported at in',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    key:
      type: apiKey
      name: api_key
      in: query
`,
    errors: [{pointer: '/components/securitySchemes/key/in', line: 9, message: /"key"/}],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
securityDefinitions:
  key: {type: apiKey, name: key, in: query}
`,
    errors: ['/securityDefinitions/key/in'],
  },
  {
    name: '3.0: an api key in the query is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    token: {type: apiKey, name: token, in: query}
`,
    errors: [{pointer: '/components/securitySchemes/token/in', message: /"token"/}],
  },
])
