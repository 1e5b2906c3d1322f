import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-tag-defined',
  category: 'style',
  description: 'Every tag an operation uses is declared in the root `tags` list, where it gets its description and order in the docs.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#tag-object',
  check(ctx) {
    const declared = new Set<string>()
    const rootTags = ctx.index.root['tags']
    if (Array.isArray(rootTags)) for (const t of rootTags) if (isObject(t) && typeof t['name'] === 'string') declared.add(t['name'])
    for (const op of ctx.index.operations) {
      const tags = op.value['tags']
      if (!Array.isArray(tags)) continue
      tags.forEach((tag, i) => {
        if (typeof tag !== 'string' || declared.has(tag)) return
        ctx.report({message: `Tag "${tag}" of ${op.method.toUpperCase()} ${op.path} is not declared in the root \`tags\`; declare it with a description.`, at: child(op.loc, 'tags', i)})
      })
    }
  },
}
export default rule
