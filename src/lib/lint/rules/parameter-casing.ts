import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'
import {casingLabel, casingOption, matchesCasing, type Casing} from '../casing.js'

const LOCATIONS = ['path', 'query', 'header', 'cookie'] as const
// Headers follow HTTP's own conventions (`X-Request-ID`, `ETag`) and cookies whatever the framework sets: unchecked
// unless configured.
const DEFAULTS: Record<(typeof LOCATIONS)[number], readonly Casing[]> = {path: ['camel', 'snake'], query: ['camel', 'snake'], header: [], cookie: []}

const rule: Rule = {
  id: 'parameter-casing',
  category: 'style',
  description:
    'Parameter names follow a casing per location. Options `path`, `query`, `header`, `cookie`: a casing (camel, pascal, snake, kebab, macro, train, flat) or a list; path and query default to camel or snake, header and cookie are unchecked by default. A trailing `[]` (array convention) is ignored.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#parameter-object',
  check(ctx) {
    const wanted = new Map(LOCATIONS.map((l) => [l as string, casingOption(ctx.options, rule.id, l, DEFAULTS[l])]))
    for (const p of ctx.index.parameters) {
      const name = p.value['name']
      const where = p.value['in']
      if (typeof name !== 'string' || typeof where !== 'string') continue
      const casings = wanted.get(where)
      if (!casings || casings.length === 0) continue
      const bare = name.endsWith('[]') ? name.slice(0, -2) : name
      if (matchesCasing(bare, casings)) continue
      ctx.report({message: `${where} parameter "${name}" is not ${casingLabel(casings)}; rename it.`, at: child(p.loc, 'name')})
    }
  },
}
export default rule
