import {child, isObject, type SpecIndex} from '../../spec/model.js'
import type {NodeLocation} from '../../spec/loader.js'
import {compiles, schemaLabel, schemasWith} from '../schema-kit.js'
import {patternTest} from '../safe-regex.js'
import type {Rule} from '../types.js'

const COMBINERS = ['allOf', 'anyOf', 'oneOf']

/** Property names a schema defines itself or through its allOf/anyOf/oneOf members; false when any name may appear. */
function definedNames(index: SpecIndex, value: unknown, loc: NodeLocation, out: Set<string>, patterns: string[], seen: Set<unknown>): boolean {
  const r = index.resolve(value, loc)
  const s = r.value
  if (!isObject(s) || seen.has(s)) return true
  seen.add(s)
  if (isObject(s['properties'])) for (const k of Object.keys(s['properties'])) out.add(k)
  if (isObject(s['patternProperties'])) patterns.push(...Object.keys(s['patternProperties']))
  // A schema for extra properties (a map) means a required name may be any key.
  if (isObject(s['additionalProperties']) || s['additionalProperties'] === true) return false
  for (const k of COMBINERS) {
    const list = s[k]
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) if (!definedNames(index, list[i], child(r.loc, k, i), out, patterns, seen)) return false
  }
  return true
}

const rule: Rule = {
  id: 'required-properties-defined',
  category: 'style',
  description:
    'Names listed in `required` should be defined in `properties` (of the schema, its allOf/anyOf/oneOf members, or the allOf siblings it is combined with); ' +
    'an undefined name is usually a typo and leaves the property without a type. Schemas whose extra properties have a schema are skipped.',
  defaultSeverity: 'warning',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-validation#name-required',
  check(ctx) {
    const {index} = ctx
    for (const s of schemasWith(index, 'required')) {
      const required = s.value['required']
      // A `required`-only schema is a fragment meant to be combined (e.g. an allOf member making inherited properties required).
      if (!Array.isArray(required) || !isObject(s.value['properties'])) continue
      const names = new Set<string>()
      const patterns: string[] = []
      const seen = new Set<unknown>()
      if (!definedNames(index, s.value, s.loc, names, patterns, seen)) continue
      if (s.parent && s.via?.startsWith('allOf/') && !definedNames(index, s.parent.value, s.parent.loc, names, patterns, seen)) continue
      const regexes = patterns.filter((p) => compiles(p, false)).map((p) => ({test: patternTest(p, false) ?? (() => true)}))
      required.forEach((name, i) => {
        if (typeof name !== 'string' || names.has(name) || regexes.some((re) => re.test(name))) return
        ctx.report({message: `Required property "${name}" of ${schemaLabel(s.loc)} is not defined in \`properties\`; define it or fix the name.`, at: child(s.loc, 'required', i)})
      })
    }
  },
}
export default rule
