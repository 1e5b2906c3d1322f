import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-description',
  category: 'style',
  description: 'Every operation of `paths` and `webhooks` has a non-empty `description` explaining its behaviour beyond the summary.',
  defaultSeverity: 'info',
  docs: 'https://spec.openapis.org/oas/v3.1.0#operation-object',
  check(ctx) {
    for (const op of ctx.index.operations) {
      if (op.kind === 'callback') continue
      const d = op.value['description']
      if (typeof d === 'string' && d.trim() !== '') continue
      ctx.report({message: `${op.method.toUpperCase()} ${op.path} has no description; describe what it does and when to use it.`, at: op.loc})
    }
  },
}
export default rule
