import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'info-contact',
  category: 'style',
  description: '`info.contact` says whom to ask about the API.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#info-object',
  check(ctx) {
    const info = ctx.index.root['info']
    if (!isObject(info) || isObject(info['contact'])) return
    ctx.report({message: 'The API has no `info.contact`; add a name, URL or email of its owners.', at: child({file: ctx.spec.root, pointer: ''}, 'info')})
  },
}
export default rule
