import {child, isObject, type Located} from '../../spec/model.js'
import type {Report, Rule} from '../types.js'

/** Parameter and Header objects (3.x): exactly one of `schema` and `content`, and `content` with one media type. */
export function schemaOrContent(node: Located, what: string): Report[] {
  const v = node.value
  const out: Report[] = []
  const hasSchema = v['schema'] !== undefined
  const hasContent = v['content'] !== undefined
  if (!hasSchema && !hasContent) out.push({message: `${what} must have "schema" or "content".`, at: node.loc})
  if (hasSchema && hasContent) out.push({message: `${what} must not have both "schema" and "content".`, at: child(node.loc, 'content')})
  const content = v['content']
  if (isObject(content)) {
    const n = Object.keys(content).length
    if (n !== 1) out.push({message: `"content" of ${what.toLowerCase()} must hold exactly one media type, not ${n}.`, at: child(node.loc, 'content')})
  }
  return out
}

const rule: Rule = {
  id: 'parameter-schema-or-content',
  category: 'spec',
  description: 'A Parameter or Header object MUST have either `schema` or `content`, not both, and its `content` MUST hold exactly one entry.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#parameter-object',
  versions: ['3.0', '3.1'],
  check(ctx) {
    for (const p of ctx.index.parameters) {
      const name = typeof p.value['name'] === 'string' ? ` "${p.value['name']}"` : ''
      for (const r of schemaOrContent(p, `Parameter${name}`)) ctx.report(r)
    }
    for (const h of ctx.index.headers) for (const r of schemaOrContent(h, `Header "${h.name}"`)) ctx.report(r)
  },
}
export default rule
