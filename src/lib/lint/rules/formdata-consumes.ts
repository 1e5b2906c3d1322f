import {effectiveConsumes, mediaTypeName, operationName, siteOf} from '../struct/helpers.js'
import type {Rule} from '../types.js'

const FORM = ['application/x-www-form-urlencoded', 'multipart/form-data']

const rule: Rule = {
  id: 'formdata-consumes',
  category: 'spec',
  description:
    'A 2.0 operation with `formData` parameters sends them as `application/x-www-form-urlencoded` or `multipart/form-data`: when it declares `consumes` (its own or the document\'s), one of these must be there.',
  defaultSeverity: 'error',
  docs: 'https://swagger.io/specification/v2/#parameter-object',
  versions: ['2.0'],
  check(ctx) {
    for (const op of ctx.index.operations) {
      const form = op.parameters.find((p) => p.value['in'] === 'formData')
      if (!form) continue
      const consumes = effectiveConsumes(ctx.index, op)
      if (!consumes || consumes.list.length === 0) continue
      if (consumes.list.some((m) => FORM.includes(mediaTypeName(m)))) continue
      ctx.report({
        message: `${operationName(op)} has formData parameters but consumes neither "application/x-www-form-urlencoded" nor "multipart/form-data".`,
        at: siteOf(form),
      })
    }
  },
}
export default rule
