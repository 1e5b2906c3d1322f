import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-summary',
  category: 'style',
  description: 'Every operation of `paths` and `webhooks` has a non-empty `summary`, the one line that docs and SDK comments show.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#operation-object',
  check(ctx) {
    for (const op of ctx.index.operations) {
      if (op.kind === 'callback') continue
      const s = op.value['summary']
      if (typeof s === 'string' && s.trim() !== '') continue
      ctx.report({message: `${op.method.toUpperCase()} ${op.path} has no summary; add a one-line summary.`, at: op.loc})
    }
  },
}
export default rule
