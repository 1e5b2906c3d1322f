import {child} from '../../spec/model.js'
import {structure} from '../struct/walker.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'example-value-or-external-value',
  category: 'spec',
  description: 'An Example object has `value` or `externalValue`, not both: the two fields are mutually exclusive.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#example-object',
  versions: ['3.0', '3.1'],
  check(ctx) {
    for (const ex of structure(ctx.index).nodes.get('Example') ?? []) {
      if (ex.value['value'] !== undefined && ex.value['externalValue'] !== undefined) {
        ctx.report({message: 'The example has both "value" and "externalValue": they are mutually exclusive, keep one.', at: child(ex.loc, 'externalValue')})
      }
    }
  },
}
export default rule
