import {child} from '../../spec/model.js'
import {effectiveConsumes, mediaTypeName, operationName, siteOf} from '../struct/helpers.js'
import type {Rule} from '../types.js'

const FORM = ['application/x-www-form-urlencoded', 'multipart/form-data']

const rule: Rule = {
  id: 'file-type-formdata',
  category: 'spec',
  description:
    'A 2.0 parameter of `type: file` MUST be `in: formData`, and its operation\'s `consumes` MUST be `multipart/form-data`, `application/x-www-form-urlencoded` or both.',
  defaultSeverity: 'error',
  docs: 'https://swagger.io/specification/v2/#parameter-object',
  versions: ['2.0'],
  check(ctx) {
    for (const p of ctx.index.parameters) {
      if (p.value['type'] === 'file' && p.value['in'] !== 'formData' && p.value['in'] !== 'body') {
        ctx.report({message: `A parameter of type "file" must be in "formData", not ${JSON.stringify(p.value['in'])}.`, at: child(p.loc, 'in')})
      }
    }
    for (const op of ctx.index.operations) {
      const file = op.parameters.find((p) => p.value['type'] === 'file' && p.value['in'] === 'formData')
      if (!file) continue
      const consumes = effectiveConsumes(ctx.index, op)
      const ok = consumes !== undefined && consumes.list.length > 0 && consumes.list.every((m) => FORM.includes(mediaTypeName(m)))
      if (ok) continue
      ctx.report({
        message: `${operationName(op)} takes a file, so its "consumes" must be "multipart/form-data", "application/x-www-form-urlencoded" or both${consumes ? '' : ' (it declares none)'}.`,
        at: siteOf(file),
      })
    }
  },
}
export default rule
