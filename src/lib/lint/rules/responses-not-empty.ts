import {child, isObject} from '../../spec/model.js'
import {operationName} from '../struct/helpers.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'responses-not-empty',
  category: 'spec',
  description: 'A Responses object MUST contain at least one response code (`x-` extensions do not count).',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#responses-object',
  check(ctx) {
    for (const op of ctx.index.operations) {
      const loc = child(op.loc, 'responses')
      const responses = ctx.index.resolve(op.value['responses'], loc)
      if (!isObject(responses.value)) continue
      if (Object.keys(responses.value).some((k) => !k.startsWith('x-'))) continue
      ctx.report({message: `The responses of ${operationName(op)} must hold at least one response code.`, at: loc})
    }
  },
}
export default rule
