import {child} from '../../spec/model.js'
import {casingLabel, casingOption, matchesCasing} from '../casing.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-id-casing',
  category: 'style',
  description:
    'operationIds follow one casing, so generated SDK method names read alike. Option `casing`: camel (default), pascal, snake, kebab, macro, train or flat, or a list of them.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#operation-object',
  check(ctx) {
    const casings = casingOption(ctx.options, rule.id, 'casing', ['camel'])
    for (const op of ctx.index.operations) {
      const id = op.value['operationId']
      if (typeof id !== 'string' || id === '' || matchesCasing(id, casings)) continue
      ctx.report({message: `operationId "${id}" is not ${casingLabel(casings)}; rename it.`, at: child(op.loc, 'operationId')})
    }
  },
}
export default rule
