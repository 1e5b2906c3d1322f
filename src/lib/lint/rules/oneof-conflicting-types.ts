import {child} from '../../spec/model.js'
import {allowedTypes, intersectTypes, schemaLabel, schemasWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'oneof-conflicting-types',
  category: 'style',
  description:
    'A schema with its own `type` and a `oneOf` or `anyOf` must allow a type of at least one member: `type: "null"` beside `oneOf: [string, number]` (meant as "nullable") matches no value.',
  defaultSeverity: 'error',
  // Swagger 2.0 schemas have no oneOf or anyOf.
  versions: ['3.0', '3.1'],
  docs: 'https://json-schema.org/draft/2020-12/json-schema-core#name-oneof',
  check(ctx) {
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      for (const s of schemasWith(ctx.index, keyword)) {
        const own = allowedTypes(s.value)
        const list = s.value[keyword]
        if (!own || !Array.isArray(list) || list.length === 0) continue
        const members: string[] = []
        // A member that does not say its type may match anything the schema allows: then there is nothing to report.
        const disjoint = list.every((m, i) => {
          const t = allowedTypes(ctx.index.resolve(m, child(s.loc, keyword, i)).value)
          if (!t) return false
          members.push(`member ${i} (${[...t].join('/')})`)
          return intersectTypes(own, t).size === 0
        })
        if (!disjoint) continue
        const fix = own.size === 1 && own.has('null') ? ` To allow null as well, add {type: "null"} to the ${keyword} and drop the schema's own type.` : ''
        ctx.report({
          message: `The ${keyword} of ${schemaLabel(s.loc)} allows none of the schema's own types (${[...own].join('/')}): ${members.join(', ')}; no value can match.${fix}`,
          at: child(s.loc, keyword),
        })
      }
    }
  },
}
export default rule
