import {testRule} from '../../helpers/rule.js'

// The header is passed as literal text so the file shows which OpenAPI versions its cases cover.
function doc(n: number, header = 'openapi: 3.0.3'): string {
  const lines = [header, "info: {title: t, version: '1'}", 'paths: {}', 'components:', '  securitySchemes:']
  for (let i = 0; i < n; i++) {
    lines.push(`    auth${i}: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authorizer: {type: token, authorizerUri: 'arn:x${i}'}}`)
  }
  lines.push('    plainKey: {type: apiKey, name: x-api-key, in: header}')
  return lines.join('\n') + '\n'
}

testRule('apigw-authorizer-quota', [
  {name: 'ten authorizers (and a plain API key) pass', doc: doc(10), errors: []},
  {name: 'eleven authorizers exceed the quota', doc: doc(11), errors: [{pointer: '/components/securitySchemes', message: /11 authorizers/}]},
  {name: 'OpenAPI 3.1: eleven authorizers exceed the quota', doc: doc(11, 'openapi: 3.1.0'), errors: [{pointer: '/components/securitySchemes', message: /11 authorizers/}]},
  {
    name: 'Swagger 2.0 security definitions count too',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
securityDefinitions:
${Array.from({length: 11}, (_, i) => `  a${i}: {type: apiKey, name: A, in: header, x-amazon-apigateway-authorizer: {type: request, authorizerUri: 'arn:${i}'}}`).join('\n')}
`,
    errors: [{pointer: '/securityDefinitions'}],
  },
])
