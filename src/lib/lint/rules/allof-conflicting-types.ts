import {child} from '../../spec/model.js'
import {allowedTypes, intersectTypes, schemaLabel, schemasWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

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
      let acc = allowedTypes(s.value)
      const named: string[] = acc ? [`the schema itself (${[...acc].join('/')})`] : []
      let clash = false
      list.forEach((m, i) => {
        if (clash) return
        const t = allowedTypes(ctx.index.resolve(m, child(s.loc, 'allOf', i)).value)
        if (!t) return
        named.push(`member ${i} (${[...t].join('/')})`)
        acc = acc ? intersectTypes(acc, t) : t
        if (acc.size === 0) clash = true
      })
      if (clash) ctx.report({message: `The allOf of ${schemaLabel(s.loc)} combines incompatible types: ${named.join(', ')}; no value can match them all.`, at: child(s.loc, 'allOf')})
    }
  },
}
export default rule
