import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-success-response',
  category: 'style',
  description: 'Every operation describes at least one success response: a 2xx or 3xx code (or range like `2XX`), or `101` for protocol upgrades.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#responses-object',
  check(ctx) {
    for (const op of ctx.index.operations) {
      const responses = op.value['responses']
      const codes = isObject(responses) ? Object.keys(responses) : []
      if (codes.some((c) => /^[23]/.test(c) || c === '101')) continue
      ctx.report({
        message: `${op.method.toUpperCase()} ${op.path} has no 2xx or 3xx response; describe what success returns.`,
        at: isObject(responses) ? child(op.loc, 'responses') : op.loc,
      })
    }
  },
}
export default rule
