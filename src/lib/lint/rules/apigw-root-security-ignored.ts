// Basis (Amazon API Gateway important notes for REST APIs): "API Gateway doesn't use root level security defined in
// the OpenAPI specification. Hence security needs to be defined at an operation level to be appropriately applied."
import {targetsRest} from '../../gateway/api-kind.js'
import {gatewayMethods} from '../../gateway/extensions.js'
import {isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-root-security-ignored',
  category: 'gateway',
  description: 'API Gateway ignores root-level `security`; operations without their own `security` are deployed without authorization.',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  check(ctx) {
    if (!targetsRest(ctx)) return
    const root = ctx.index.root['security']
    if (!Array.isArray(root) || !root.some((r) => isObject(r) && Object.keys(r).length > 0)) return
    const open = gatewayMethods(ctx.index).filter((m) => m.value['security'] === undefined)
    if (open.length === 0) return
    const names = open.slice(0, 3).map((m) => m.label).join(', ') + (open.length > 3 ? `, and ${open.length - 3} more` : '')
    ctx.report({
      message: `API Gateway ignores root-level security, so ${names} would have no authorization; repeat the requirement in each operation's \`security\`.`,
      at: {file: ctx.spec.root, pointer: '/security'},
    })
  },
}
export default rule
