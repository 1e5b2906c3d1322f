import {isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'license-url-or-identifier',
  category: 'spec',
  description: 'A 3.1 License object has `url` or `identifier`, not both: the two fields are mutually exclusive.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#license-object',
  versions: ['3.1'],
  check(ctx) {
    const info = ctx.index.root['info']
    const license = isObject(info) ? info['license'] : undefined
    if (!isObject(license) || license['url'] === undefined || license['identifier'] === undefined) return
    ctx.report({message: 'The license has both "url" and "identifier": they are mutually exclusive, keep one.', at: {file: ctx.spec.root, pointer: '/info/license/identifier'}})
  },
}
export default rule
