import {child, isObject} from '../../spec/model.js'
import {allowsNull, schemaLabel, schemasWith, typesOf} from '../schema-kit.js'
import type {Rule} from '../types.js'

/** The types a schema allows, with `integer` counted inside `number`; undefined when it does not say. */
function allowed(s: unknown): Set<string> | undefined {
  if (!isObject(s)) return undefined
  const types = typesOf(s)
  if (!types) return undefined
  const out = new Set(types)
  if (allowsNull(s)) out.add('null')
  return out
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>()
  for (const t of a) {
    if (b.has(t)) out.add(t)
    else if (t === 'integer' && b.has('number')) out.add('integer')
    else if (t === 'number' && b.has('integer')) out.add('integer')
  }
  return out
}

const rule: Rule = {
  id: 'allof-conflicting-types',
  category: 'style',
  description: 'The members of an `allOf` (and the schema holding it) must not require different types, e.g. one `string` and one `object`: no value could match them all.',
  defaultSeverity: 'error',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-core#name-allof',
  check(ctx) {
    for (const s of schemasWith(ctx.index, 'allOf')) {
      const list = s.value['allOf']
      if (!Array.isArray(list) || list.length === 0) continue
      let acc = allowed(s.value)
      const named: string[] = acc ? [`the schema itself (${[...acc].join('/')})`] : []
      let clash = false
      list.forEach((m, i) => {
        if (clash) return
        const t = allowed(ctx.index.resolve(m, child(s.loc, 'allOf', i)).value)
        if (!t) return
        named.push(`member ${i} (${[...t].join('/')})`)
        acc = acc ? intersect(acc, t) : t
        if (acc.size === 0) clash = true
      })
      if (clash) ctx.report({message: `The allOf of ${schemaLabel(s.loc)} combines incompatible types: ${named.join(', ')}; no value can match them all.`, at: child(s.loc, 'allOf')})
    }
  },
}
export default rule
