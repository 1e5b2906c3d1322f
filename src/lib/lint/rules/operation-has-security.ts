import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-has-security',
  category: 'style',
  description:
    'When the API declares security schemes, every operation of `paths` has a security requirement: its own `security` (an empty list marks it public on purpose) or a non-empty root `security`.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#security-requirement-object',
  check(ctx) {
    if (ctx.index.securitySchemes.size === 0) return
    const rootSecurity = ctx.index.root['security']
    if (Array.isArray(rootSecurity) && rootSecurity.length > 0) return
    for (const op of ctx.index.operations) {
      if (op.kind !== 'path' || Array.isArray(op.value['security'])) continue
      ctx.report({
        message: `${op.method.toUpperCase()} ${op.path} has no security requirement although the API declares security schemes; add \`security\` (\`security: []\` if it is public).`,
        at: op.loc,
      })
    }
  },
}
export default rule
