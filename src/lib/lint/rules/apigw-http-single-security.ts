// Basis (Use OpenAPI definitions for HTTP APIs): "while OpenAPI allows users to define an API with multiple security
// requirements attached to a particular operation, API Gateway does not support this. Each operation can have only
// one of IAM authorization, a Lambda authorizer, or a JWT authorizer. Attempting to model multiple security
// requirements results in an error."
import {targetsHttp} from '../../gateway/api-kind.js'
import {gatewayMethods} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-http-single-security',
  category: 'gateway',
  description: 'An HTTP API operation may have only one security requirement naming one scheme.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html',
  check(ctx) {
    if (!targetsHttp(ctx)) return
    for (const m of gatewayMethods(ctx.index)) {
      const security = m.value['security']
      if (!Array.isArray(security)) continue
      const names = security.flatMap((r) => (isObject(r) ? Object.keys(r) : []))
      if (security.length <= 1 && names.length <= 1) continue
      ctx.report({
        message: `${m.label} combines security requirements (${names.join(', ')}), but an HTTP API route takes exactly one of IAM, a Lambda authorizer or a JWT authorizer; keep one.`,
        at: child(m.loc, 'security'),
      })
    }
  },
}
export default rule
