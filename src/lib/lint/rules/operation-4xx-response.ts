import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-4xx-response',
  category: 'style',
  description:
    'Every operation of `paths` describes at least one client error response (4xx or `4XX`), so clients know the error shape. Option `allowDefault: true` accepts a `default` response instead.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#responses-object',
  check(ctx) {
    const allowDefault = ctx.options['allowDefault'] === true
    for (const op of ctx.index.operations) {
      // Webhook and callback responses are written by the API's clients; their errors are the client's business.
      if (op.kind !== 'path') continue
      const responses = op.value['responses']
      const codes = isObject(responses) ? Object.keys(responses) : []
      if (codes.some((c) => c.startsWith('4') || (allowDefault && c === 'default'))) continue
      ctx.report({
        message: `${op.method.toUpperCase()} ${op.path} has no 4xx response; describe at least one client error (e.g. 400 or 404).`,
        at: isObject(responses) ? child(op.loc, 'responses') : op.loc,
      })
    }
  },
}
export default rule
