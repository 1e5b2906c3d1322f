import {testRule} from '../../helpers/rule.js'

const schemes3 = `components:
  securitySchemes:
    key: {type: apiKey, name: k, in: header}
    oauth: {type: oauth2, flows: {implicit: {authorizationUrl: 'https://a', scopes: {read: r}}}}
    oidc: {type: openIdConnect, openIdConnectUrl: 'https://example.com/.well-known/openid-configuration'}
    bearer: {type: http, scheme: bearer}`

testRule('security-requirement-defined', [
  {
    name: '3.0: declared schemes, scopes for OAuth2 and OpenID Connect, empty lists for others pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
security: [{key: []}, {}]
paths:
  /a:
    get:
      security: [{oauth: [read]}, {oidc: [profile], key: []}]
      responses: {'200': {description: ok}}
${schemes3}
`,
    errors: [],
  },
  {
    name: '3.0: an undeclared scheme, and scopes on a non-OAuth scheme, are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
security: [{missing: []}]
paths:
  /a:
    get:
      security: [{bearer: ['read:all']}]
      responses: {'200': {description: ok}}
${schemes3}
`,
    errors: [
      {pointer: '/security/0/missing', message: /Security scheme "missing" is not declared in components\/securitySchemes/},
      {pointer: '/paths/~1a/get/security/0/bearer', message: /"bearer" is a security scheme of type "http": its list must be empty/},
    ],
  },
  {
    name: '3.1: other schemes may list roles; undeclared names are still reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
security: [{bearer: [admin]}, {nope: []}]
paths: {}
${schemes3}
`,
    errors: [{pointer: '/security/1/nope', message: /not declared/}],
  },
  {
    name: '2.0: only oauth2 takes scopes; names come from securityDefinitions',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
securityDefinitions:
  basic: {type: basic}
  oauth: {type: oauth2, flow: implicit, authorizationUrl: 'https://a', scopes: {read: r}}
security: [{oauth: [read]}, {basic: [x]}, {key: []}]
paths: {}
`,
    errors: [
      {pointer: '/security/1/basic', message: /type "basic": its list must be empty \(only OAuth2 schemes take scopes\)/},
      {pointer: '/security/2/key', message: /not declared in securityDefinitions/},
    ],
  },
])
