import type {NodeLocation} from '../../spec/loader.js'
import {child, isObject, locKey, type SpecIndex} from '../../spec/model.js'
import type {Rule} from '../types.js'

/**
 * Property names a schema defines (its own `properties`, and those of its `allOf`/`oneOf`/`anyOf` members, through
 * `$ref`s). Undefined when part of it cannot be read (an unresolved reference), so the rule stays silent.
 */
function propertyNames(index: SpecIndex, value: unknown, loc: NodeLocation, out: Set<string>, seen: Set<string>, depth = 0): boolean {
  if (typeof value === 'boolean') return true
  if (!isObject(value) || depth > 64) return false
  const key = locKey(loc)
  if (seen.has(key)) return true
  seen.add(key)
  const props = value['properties']
  if (isObject(props)) for (const k of Object.keys(props)) out.add(k)
  for (const k of ['allOf', 'oneOf', 'anyOf']) {
    const list = value[k]
    if (!Array.isArray(list)) continue
    for (let i = 0; i < list.length; i++) if (!propertyNames(index, list[i], child(loc, k, i), out, seen, depth + 1)) return false
  }
  if (typeof value['$ref'] === 'string') {
    const target = index.spec.resolveRef(value['$ref'], loc.file)
    if (!target) return false
    return propertyNames(index, index.spec.valueAt(target), target, out, seen, depth + 1)
  }
  return true
}

const rule: Rule = {
  id: 'encoding-property-exists',
  category: 'spec',
  description: 'Each key of a Media Type object\'s `encoding` names a property, and that property MUST exist in the media type\'s schema.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#media-type-object',
  versions: ['3.0', '3.1'],
  check(ctx) {
    for (const m of ctx.index.mediaTypes) {
      const encoding = m.value['encoding']
      if (!isObject(encoding) || Object.keys(encoding).length === 0) continue
      const names = new Set<string>()
      const schema = m.value['schema']
      if (schema === undefined || !propertyNames(ctx.index, schema, child(m.loc, 'schema'), names, new Set())) continue
      for (const key of Object.keys(encoding)) {
        if (names.has(key)) continue
        ctx.report({message: `Encoding "${key}" names no property of the "${m.mediaType}" schema.`, at: child(m.loc, 'encoding', key)})
      }
    }
  },
}
export default rule
