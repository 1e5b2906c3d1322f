import {isObject} from '../../spec/model.js'
import {joinPointer} from '../../spec/pointer.js'
import type {Rule} from '../types.js'

const NAME = /^[a-zA-Z0-9.\-_]+$/
const MAPS = ['schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks']

const rule: Rule = {
  id: 'component-name-format',
  category: 'spec',
  description: 'The keys of the component maps (`schemas`, `responses`…) MUST match `^[a-zA-Z0-9\\.\\-_]+$`.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#components-object',
  versions: ['3.0', '3.1'],
  check(ctx) {
    const components = ctx.index.root['components']
    if (!isObject(components)) return
    for (const type of ctx.version === '3.1' ? [...MAPS, 'pathItems'] : MAPS) {
      const group = components[type]
      if (!isObject(group) || typeof group['$ref'] === 'string') continue
      for (const name of Object.keys(group)) {
        if (NAME.test(name)) continue
        ctx.report({
          message: `Component name "${name}" may only use letters, digits, ".", "-" and "_".`,
          at: {file: ctx.spec.root, pointer: joinPointer('/components', type, name)},
        })
      }
    }
  },
}
export default rule
