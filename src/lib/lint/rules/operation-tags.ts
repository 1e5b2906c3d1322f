import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-tags',
  category: 'style',
  description: 'Every operation of `paths` and `webhooks` has at least one tag, which docs and SDK generators group operations by.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#operation-object',
  check(ctx) {
    for (const op of ctx.index.operations) {
      if (op.kind === 'callback') continue
      const tags = op.value['tags']
      if (Array.isArray(tags) && tags.length > 0) continue
      const at = Array.isArray(tags) ? child(op.loc, 'tags') : op.loc
      ctx.report({message: `${op.method.toUpperCase()} ${op.path} has no tags; add one to group it.`, at})
    }
  },
}
export default rule
