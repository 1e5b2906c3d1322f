import {child} from '../../spec/model.js'
import {schemaLabel, schemaNodesWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

/** JSON with object keys sorted, so that equal values written in another key order compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']'
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>
    return '{' + Object.keys(o).sort().map((k) => JSON.stringify(k) + ':' + canonical(o[k])).join(',') + '}'
  }
  return JSON.stringify(v) ?? 'undefined'
}

const rule: Rule = {
  id: 'enum-unique',
  category: 'style',
  description: '`enum` values should be unique (JSON Schema says SHOULD); a repeated value is usually a copy-paste slip that hides a missing one.',
  defaultSeverity: 'warning',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-validation#name-enum',
  check(ctx) {
    for (const s of schemaNodesWith(ctx.index, 'enum')) {
      const values = s.value['enum']
      if (!Array.isArray(values) || values.length < 2) continue
      const seen = new Map<string, number>()
      values.forEach((v, i) => {
        const key = canonical(v)
        const first = seen.get(key)
        if (first === undefined) seen.set(key, i)
        else ctx.report({message: `Enum value ${JSON.stringify(v)} of ${schemaLabel(s.loc)} repeats entry ${first}; remove the duplicate.`, at: child(s.loc, 'enum', i)})
      })
    }
  },
}
export default rule
