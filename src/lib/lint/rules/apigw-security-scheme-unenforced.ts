// Basis (Amazon API Gateway important notes for REST APIs): "The securitySchemes type, if used, must be apiKey.
// However, OAuth 2 and HTTP Basic authentication are supported via Lambda authorizers; the OpenAPI configuration is
// achieved via vendor extensions." HTTP APIs authorize with Lambda or JWT authorizers or IAM, and have no API keys.
import {apiKind} from '../../gateway/api-kind.js'
import {gatewayMethods} from '../../gateway/extensions.js'
import {isObject, type JsonObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

function enforced(scheme: JsonObject, kind: string): boolean {
  if (isObject(scheme['x-amazon-apigateway-authorizer'])) return true
  if (typeof scheme['x-amazon-apigateway-authtype'] === 'string' && /^awsSigv4$/i.test(scheme['x-amazon-apigateway-authtype'])) return true
  // REST APIs turn an `x-api-key` header scheme into "API key required" on the method.
  return kind === 'rest' && scheme['type'] === 'apiKey' && scheme['in'] === 'header' && String(scheme['name']).toLowerCase() === 'x-api-key'
}

const rule: Rule = {
  id: 'apigw-security-scheme-unenforced',
  category: 'gateway',
  description: 'A security scheme used by operations must map to something API Gateway enforces: an authorizer, IAM (awsSigv4) or, on REST APIs, an x-api-key header.',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  check(ctx) {
    const kind = apiKind(ctx)
    const used = new Set<string>()
    for (const m of gatewayMethods(ctx.index)) {
      const security = m.value['security']
      if (Array.isArray(security)) for (const req of security) if (isObject(req)) for (const name of Object.keys(req)) used.add(name)
    }
    for (const name of used) {
      const scheme = ctx.index.securitySchemes.get(name)
      if (!scheme || enforced(scheme.value, kind)) continue
      const fix =
        kind === 'http'
          ? 'HTTP APIs have no API keys: add an x-amazon-apigateway-authorizer (request or jwt) or x-amazon-apigateway-authtype: awsSigv4'
          : 'add an x-amazon-apigateway-authorizer, x-amazon-apigateway-authtype: awsSigv4, or make it an apiKey scheme for the x-api-key header'
      ctx.report({
        message: `Security scheme "${name}" (type ${String(scheme.value['type'])}) is not something API Gateway can enforce, so its operations would be open; ${fix}.`,
        at: scheme.loc,
      })
    }
  },
}
export default rule
