import {child} from '../../spec/model.js'
import {structure} from '../struct/walker.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'server-variable-default',
  category: 'spec',
  description: 'In 3.1 a server variable\'s `enum` MUST NOT be empty, and its `default` MUST be one of the `enum` values when there is one. (`default` itself is REQUIRED in every 3.x version: `struct` checks that.)',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#server-variable-object',
  versions: ['3.1'],
  check(ctx) {
    for (const v of structure(ctx.index).nodes.get('Server Variable') ?? []) {
      const values = v.value['enum']
      const def = v.value['default']
      if (!Array.isArray(values)) continue
      if (values.length === 0) {
        ctx.report({message: 'The "enum" of a server variable must not be empty.', at: child(v.loc, 'enum')})
      } else if (typeof def === 'string' && !values.includes(def)) {
        ctx.report({message: `The default "${def}" is not one of the variable's "enum" values (${values.map((x) => JSON.stringify(x)).join(', ')}).`, at: child(v.loc, 'default')})
      }
    }
  },
}
export default rule
