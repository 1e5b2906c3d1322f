import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-singular-tag',
  category: 'style',
  description: 'Operations have at most one tag: SDK generators make one client class per tag, so a second tag duplicates the method.',
  defaultSeverity: 'hint',
  docs: 'https://spec.openapis.org/oas/v3.1.0#operation-object',
  check(ctx) {
    for (const op of ctx.index.operations) {
      const tags = op.value['tags']
      if (!Array.isArray(tags) || tags.length < 2) continue
      ctx.report({message: `${op.method.toUpperCase()} ${op.path} has ${tags.length} tags; keep only one.`, at: child(op.loc, 'tags', 1)})
    }
  },
}
export default rule
