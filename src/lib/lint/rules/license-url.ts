import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'license-url',
  category: 'style',
  description: '`info.license` links to the license text with `url` (or, in 3.1, names it with an SPDX `identifier`).',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#license-object',
  check(ctx) {
    const info = ctx.index.root['info']
    const license = isObject(info) ? info['license'] : undefined
    if (!isObject(license)) return
    if (typeof license['url'] === 'string' && license['url'] !== '') return
    if (ctx.version === '3.1' && typeof license['identifier'] === 'string' && license['identifier'] !== '') return
    const how = ctx.version === '3.1' ? 'a `url` or an SPDX `identifier`' : 'a `url`'
    ctx.report({message: `License "${String(license['name'])}" has no link to its text; add ${how}.`, at: child({file: ctx.spec.root, pointer: ''}, 'info', 'license')})
  },
}
export default rule
