import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'no-http-basic',
  category: 'style',
  description: 'No HTTP Basic security scheme (3.x `type: http, scheme: basic`, 2.0 `type: basic`): it sends a reusable password with every request. Prefer OAuth 2, OpenID Connect or bearer tokens.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#security-scheme-object',
  check(ctx) {
    for (const [name, scheme] of ctx.index.securitySchemes) {
      const v = scheme.value
      const basic2 = ctx.version === '2.0' && v['type'] === 'basic'
      const basic3 = ctx.version !== '2.0' && v['type'] === 'http' && typeof v['scheme'] === 'string' && v['scheme'].toLowerCase() === 'basic'
      if (!basic2 && !basic3) continue
      ctx.report({message: `Security scheme "${name}" is HTTP Basic; use a token-based scheme instead.`, at: child(scheme.loc, basic3 ? 'scheme' : 'type')})
    }
  },
}
export default rule
