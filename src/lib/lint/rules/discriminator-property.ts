import type {NodeLocation} from '../../spec/loader.js'
import {child, isObject, locKey, type SpecIndex} from '../../spec/model.js'
import type {Rule} from '../types.js'
import {schemasWith} from '../schema-kit.js'

/**
 * Whether every instance valid against the schema at `loc` must have property `name`: it is in `required` of the
 * schema, of one of its `allOf` members, or of every `oneOf` / `anyOf` alternative (following `$ref`s).
 */
function requires(index: SpecIndex, value: unknown, loc: NodeLocation, name: string, seen: Set<string>, depth = 0): boolean {
  if (!isObject(value) || depth > 64) return false
  const key = locKey(loc)
  if (seen.has(key)) return false
  seen.add(key)
  if (Array.isArray(value['required']) && value['required'].includes(name)) return true
  const allOf = value['allOf']
  if (Array.isArray(allOf) && allOf.some((s, i) => requires(index, s, child(loc, 'allOf', i), name, seen, depth + 1))) return true
  for (const k of ['oneOf', 'anyOf']) {
    const alts = value[k]
    if (Array.isArray(alts) && alts.length > 0 && alts.every((s, i) => requires(index, s, child(loc, k, i), name, new Set(seen), depth + 1))) return true
  }
  if (typeof value['$ref'] === 'string') {
    const target = index.spec.resolveRef(value['$ref'], loc.file)
    if (target && requires(index, index.spec.valueAt(target), target, name, seen, depth + 1)) return true
  }
  return false
}

const rule: Rule = {
  id: 'discriminator-property',
  category: 'spec',
  description:
    'The discriminator property MUST be a required property: in 2.0 defined in the schema\'s own `properties` and listed in its `required`; in 3.x listed in `required` (of the schema, an `allOf` member, or every `oneOf`/`anyOf` alternative).',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.0.3#composition-and-inheritance-polymorphism',
  check(ctx) {
    for (const s of schemasWith(ctx.index, 'discriminator')) {
      const d = s.value['discriminator']
      if (ctx.version === '2.0') {
        if (typeof d !== 'string') continue
        const props = s.value['properties']
        const required = s.value['required']
        if (!isObject(props) || props[d] === undefined) {
          ctx.report({message: `The discriminator "${d}" must be defined in this schema's "properties".`, at: child(s.loc, 'discriminator')})
        } else if (!Array.isArray(required) || !required.includes(d)) {
          ctx.report({message: `The discriminator "${d}" must be listed in this schema's "required".`, at: child(s.loc, 'discriminator')})
        }
        continue
      }
      if (!isObject(d) || typeof d['propertyName'] !== 'string') continue
      const name = d['propertyName']
      if (requires(ctx.index, s.value, s.loc, name, new Set())) continue
      ctx.report({
        message: `The discriminator property "${name}" must be required: list it in "required" (of this schema, an allOf member, or every oneOf/anyOf alternative).`,
        at: child(s.loc, 'discriminator', 'propertyName'),
      })
    }
  },
}
export default rule
