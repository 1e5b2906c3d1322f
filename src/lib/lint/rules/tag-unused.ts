import {isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'tag-unused',
  category: 'style',
  description: 'Every tag declared in the root `tags` list is used by at least one operation; an unused tag shows as an empty section in the docs.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#tag-object',
  check(ctx) {
    const rootTags = ctx.index.root['tags']
    if (!Array.isArray(rootTags)) return
    const used = new Set<string>()
    for (const op of ctx.index.operations) {
      const tags = op.value['tags']
      if (Array.isArray(tags)) for (const t of tags) if (typeof t === 'string') used.add(t)
    }
    const root = {file: ctx.spec.root, pointer: ''}
    rootTags.forEach((t, i) => {
      if (!isObject(t) || typeof t['name'] !== 'string' || used.has(t['name'])) return
      ctx.report({message: `Tag "${t['name']}" is declared but no operation uses it; remove it or tag an operation with it.`, at: {file: root.file, pointer: `/tags/${i}/name`}})
    })
  },
}
export default rule
