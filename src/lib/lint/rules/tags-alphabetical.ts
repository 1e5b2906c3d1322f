import {isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'tags-alphabetical',
  category: 'style',
  description: 'The root `tags` list is in alphabetical order (case-insensitive), the order docs render their sections in.',
  defaultSeverity: 'hint',
  docs: 'https://spec.openapis.org/oas/v3.1.0#openapi-object',
  check(ctx) {
    const rootTags = ctx.index.root['tags']
    if (!Array.isArray(rootTags)) return
    let prev: string | undefined
    rootTags.forEach((t, i) => {
      if (!isObject(t) || typeof t['name'] !== 'string') return
      const name = t['name']
      if (prev !== undefined && name.toLowerCase() < prev.toLowerCase()) {
        ctx.report({message: `Tag "${name}" comes after "${prev}"; sort the root tags alphabetically.`, at: {file: ctx.spec.root, pointer: `/tags/${i}`}})
      }
      prev = name
    })
  },
}
export default rule
