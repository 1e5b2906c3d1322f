// Basis: security requirements name the security scheme that carries the x-amazon-apigateway-authorizer (the
// "Lambda authorizer ... applies to the security definition" in OpenAPI 2 and 3); API Gateway cannot attach an
// authorizer that is not defined, and the import fails.
import {gatewayMethods} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-security-requirement-undefined',
  category: 'gateway',
  description: 'Every security requirement of an operation must name a security scheme defined in the document.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html',
  check(ctx) {
    const where = ctx.version === '2.0' ? 'securityDefinitions' : 'components/securitySchemes'
    for (const m of gatewayMethods(ctx.index)) {
      const security = m.value['security']
      if (!Array.isArray(security)) continue
      security.forEach((req, i) => {
        if (!isObject(req)) return
        for (const name of Object.keys(req)) {
          if (ctx.index.securitySchemes.has(name)) continue
          ctx.report({
            message: `${m.label} requires security scheme "${name}", which is not defined; add it to ${where} with its x-amazon-apigateway-authorizer, or fix the name.`,
            at: child(m.loc, 'security', i, name),
          })
        }
      })
    }
  },
}
export default rule
