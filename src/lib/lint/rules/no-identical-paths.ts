import {isObject} from '../../spec/model.js'
import {joinPointer} from '../../spec/pointer.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'no-identical-paths',
  category: 'spec',
  description:
    'Templated paths that differ only in the names of their parameters (`/pets/{petId}` and `/pets/{name}`) MUST NOT both exist: they are identical.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#paths-object',
  check(ctx) {
    const paths = ctx.index.root['paths']
    if (!isObject(paths)) return
    const first = new Map<string, string>()
    for (const key of Object.keys(paths)) {
      if (key.startsWith('x-') || !key.includes('{')) continue
      const shape = key.replace(/\{[^{}]*\}/g, '{}')
      const prev = first.get(shape)
      if (prev === undefined) first.set(shape, key)
      else ctx.report({message: `Path "${key}" is identical to "${prev}" apart from the names of its parameters.`, at: {file: ctx.spec.root, pointer: joinPointer('/paths', key)}})
    }
  },
}
export default rule
