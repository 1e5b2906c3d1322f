import {isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'tags-unique',
  category: 'spec',
  description: 'Each name appears once in the root `tags` list (the specification says MUST); a second entry makes its description and order ambiguous.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#openapi-object',
  check(ctx) {
    const rootTags = ctx.index.root['tags']
    if (!Array.isArray(rootTags)) return
    const first = new Map<string, number>()
    rootTags.forEach((t, i) => {
      if (!isObject(t) || typeof t['name'] !== 'string') return
      const name = t['name']
      const prev = first.get(name)
      if (prev === undefined) first.set(name, i)
      else ctx.report({message: `Tag "${name}" is already declared at tags[${prev}]; merge the two entries.`, at: {file: ctx.spec.root, pointer: `/tags/${i}/name`}})
    })
  },
}
export default rule
