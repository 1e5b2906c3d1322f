import {operationName, siteOf} from '../struct/helpers.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'body-parameter-single',
  category: 'spec',
  description: 'A 2.0 operation has at most one `in: body` parameter, and never both a body parameter and `formData` parameters.',
  defaultSeverity: 'error',
  docs: 'https://swagger.io/specification/v2/#parameter-object',
  versions: ['2.0'],
  check(ctx) {
    for (const op of ctx.index.operations) {
      const bodies = op.parameters.filter((p) => p.value['in'] === 'body')
      for (const extra of bodies.slice(1)) {
        ctx.report({message: `${operationName(op)} already has a body parameter: there can be only one.`, at: siteOf(extra)})
      }
      const form = op.parameters.find((p) => p.value['in'] === 'formData')
      if (bodies.length > 0 && form) {
        ctx.report({message: `${operationName(op)} has a body parameter, so it cannot have formData parameters as well.`, at: siteOf(form)})
      }
    }
  },
}
export default rule
