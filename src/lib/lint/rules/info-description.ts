import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'info-description',
  category: 'style',
  description: '`info.description` introduces the API: what it is for, how to authenticate, where to start.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#info-object',
  check(ctx) {
    const info = ctx.index.root['info']
    if (!isObject(info)) return
    const d = info['description']
    if (typeof d === 'string' && d.trim() !== '') return
    ctx.report({message: 'The API has no `info.description`; add an introduction.', at: child({file: ctx.spec.root, pointer: ''}, 'info')})
  },
}
export default rule
