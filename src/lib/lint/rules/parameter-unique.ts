import {child} from '../../spec/model.js'
import {parameterList, pathItems} from '../struct/helpers.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'parameter-unique',
  category: 'spec',
  description: 'A `parameters` list (of a path item or an operation) must not hold two parameters with the same `name` and `in`.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#operation-object',
  check(ctx) {
    const checkList = (list: unknown, loc: Parameters<typeof parameterList>[2]) => {
      const seen = new Set<string>()
      for (const p of parameterList(ctx.index, list, loc)) {
        const name = p.value['name']
        const where = p.value['in']
        if (typeof name !== 'string' || typeof where !== 'string') continue
        const key = `${where}\0${name}`
        if (seen.has(key)) ctx.report({message: `Parameter "${name}" in ${where} is listed more than once.`, at: p.site})
        seen.add(key)
      }
    }
    for (const item of pathItems(ctx.index)) checkList(item.value['parameters'], child(item.loc, 'parameters'))
    for (const op of ctx.index.operations) checkList(op.value['parameters'], child(op.loc, 'parameters'))
  },
}
export default rule
