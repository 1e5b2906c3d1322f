import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'parameter-description',
  category: 'style',
  description: 'Every parameter (operation, path item or component) has a non-empty `description` saying what it does and which values it takes.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#parameter-object',
  check(ctx) {
    for (const p of ctx.index.parameters) {
      const d = p.value['description']
      if (typeof d === 'string' && d.trim() !== '') continue
      ctx.report({message: `${String(p.value['in'])} parameter "${String(p.value['name'])}" has no description; add one.`, at: p.loc})
    }
  },
}
export default rule
