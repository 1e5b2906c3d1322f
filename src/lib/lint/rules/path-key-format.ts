import {isObject} from '../../spec/model.js'
import {joinPointer} from '../../spec/pointer.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'path-key-format',
  category: 'spec',
  description: 'Every key of `paths` (other than `x-` extensions) must begin with a forward slash.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#paths-object',
  check(ctx) {
    const paths = ctx.index.root['paths']
    if (!isObject(paths)) return
    for (const key of Object.keys(paths)) {
      if (key.startsWith('/') || key.startsWith('x-')) continue
      ctx.report({message: `Path "${key}" must begin with "/".`, at: {file: ctx.spec.root, pointer: joinPointer('/paths', key)}})
    }
  },
}
export default rule
