import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const FIELDS = ['name', 'url', 'email'] as const

const rule: Rule = {
  id: 'contact-properties',
  category: 'style',
  description: '`info.contact` has all of `name`, `url` and `email`, so readers can reach the owners the way they prefer.',
  defaultSeverity: 'info',
  docs: 'https://spec.openapis.org/oas/v3.1.0#contact-object',
  check(ctx) {
    const info = ctx.index.root['info']
    const contact = isObject(info) ? info['contact'] : undefined
    if (!isObject(contact)) return
    const missing = FIELDS.filter((f) => typeof contact[f] !== 'string' || contact[f] === '')
    if (missing.length === 0) return
    ctx.report({message: `info.contact has no ${missing.join(', ')}; add ${missing.length === 1 ? 'it' : 'them'}.`, at: child({file: ctx.spec.root, pointer: ''}, 'info', 'contact')})
  },
}
export default rule
