import {isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'tag-description',
  category: 'style',
  description: 'Every tag in the root `tags` list has a non-empty `description`, the introduction of its section in the docs.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#tag-object',
  check(ctx) {
    const rootTags = ctx.index.root['tags']
    if (!Array.isArray(rootTags)) return
    rootTags.forEach((t, i) => {
      if (!isObject(t)) return
      const d = t['description']
      if (typeof d === 'string' && d.trim() !== '') return
      ctx.report({message: `Tag "${String(t['name'])}" has no description; add one.`, at: {file: ctx.spec.root, pointer: `/tags/${i}`}})
    })
  },
}
export default rule
