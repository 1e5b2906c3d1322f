import {isObject, locKey} from '../../spec/model.js'
import {splitPointer, joinPointer} from '../../spec/pointer.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'no-unused-components',
  category: 'style',
  description:
    'Every component (3.x `components/*`, 2.0 `definitions`, `parameters`, `responses`) should be referenced through `$ref` (or a discriminator mapping) somewhere; ' +
    'security schemes count as used when a security requirement names them.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#components-object',
  check(ctx) {
    const {index} = ctx
    // A $ref into a component (`#/components/schemas/Pet/properties/id`) uses the component too.
    const used = new Set<string>()
    const depth = ctx.version === '2.0' ? 2 : 3
    for (const key of index.referenced) {
      const hash = key.indexOf('#')
      const segs = splitPointer(key.slice(hash + 1))
      used.add(key.slice(0, hash + 1) + joinPointer('', ...segs.slice(0, depth)))
    }
    for (const s of index.schemas) {
      const mapping = isObject(s.value['discriminator']) ? s.value['discriminator']['mapping'] : undefined
      if (!isObject(mapping)) continue
      for (const target of Object.values(mapping)) {
        if (typeof target !== 'string') continue
        const ref = target.includes('/') || target.includes('#') ? target : `#/components/schemas/${target}`
        // A bare name is a schema of the entry document's components, wherever the discriminator is written.
        const loc = ctx.spec.resolveRef(ref, ref === target ? s.loc.file : ctx.spec.root)
        if (loc) used.add(locKey(loc))
      }
    }
    const schemesUsed = new Set<string>()
    const addRequirements = (req: unknown) => {
      if (Array.isArray(req)) for (const r of req) if (isObject(r)) for (const name of Object.keys(r)) schemesUsed.add(name)
    }
    addRequirements(index.root['security'])
    for (const op of index.operations) addRequirements(op.value['security'])
    for (const [type, group] of index.components) {
      const security = type === 'securitySchemes' || type === 'securityDefinitions'
      for (const [name, c] of group) {
        if (security ? schemesUsed.has(name) : used.has(locKey(c.loc))) continue
        const what = security ? 'no security requirement names it' : 'no $ref points at it'
        ctx.report({message: `Component ${type} "${name}" is never used (${what}); remove it or use it.`, at: c.loc})
      }
    }
  },
}
export default rule
