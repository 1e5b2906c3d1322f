import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'info-license',
  category: 'style',
  description: '`info.license` says under which terms the API (and its description) may be used.',
  defaultSeverity: 'info',
  docs: 'https://spec.openapis.org/oas/v3.1.0#info-object',
  check(ctx) {
    const info = ctx.index.root['info']
    if (!isObject(info) || isObject(info['license'])) return
    ctx.report({message: 'The API has no `info.license`; add the license it is offered under.', at: child({file: ctx.spec.root, pointer: ''}, 'info')})
  },
}
export default rule
