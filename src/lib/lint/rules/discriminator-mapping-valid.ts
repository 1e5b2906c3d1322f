import {child, isObject, locKey} from '../../spec/model.js'
import {schemaLabel, schemasWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'discriminator-mapping-valid',
  category: 'style',
  description:
    'Each `discriminator.mapping` value must name an existing schema (a `$ref` or a components/schemas name), and when the schema uses oneOf/anyOf the target must be one of its members.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#discriminator-object',
  versions: ['3.0', '3.1'],
  check(ctx) {
    const {index} = ctx
    for (const s of schemasWith(index, 'discriminator')) {
      const d = s.value['discriminator']
      if (!isObject(d) || !isObject(d['mapping'])) continue
      const members = new Set<string>()
      let hasMembers = false
      for (const k of ['oneOf', 'anyOf']) {
        const list = s.value[k]
        if (!Array.isArray(list)) continue
        hasMembers = true
        list.forEach((m, i) => members.add(locKey(index.resolve(m, child(s.loc, k, i)).loc)))
      }
      for (const [value, target] of Object.entries(d['mapping'])) {
        if (typeof target !== 'string') continue
        const at = child(s.loc, 'discriminator', 'mapping', value)
        const ref = target.includes('/') || target.includes('#') ? target : `#/components/schemas/${target}`
        // A bare name is a schema of the entry document's components, wherever the discriminator is written.
        const loc = ctx.spec.resolveRef(ref, ref === target ? s.loc.file : ctx.spec.root)
        if (!loc) {
          ctx.report({message: `Discriminator value "${value}" of ${schemaLabel(s.loc)} maps to "${target}", which does not exist; point it at an existing schema.`, at})
          continue
        }
        const resolved = locKey(index.resolve(ctx.spec.valueAt(loc), loc).loc)
        if (hasMembers && !members.has(resolved) && !members.has(locKey(loc))) {
          ctx.report({message: `Discriminator value "${value}" of ${schemaLabel(s.loc)} maps to "${target}", which is not in its oneOf/anyOf; add it there or fix the mapping.`, at})
        }
      }
    }
  },
}
export default rule
