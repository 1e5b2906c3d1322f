import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-id-unique',
  category: 'spec',
  description: 'operationId must be unique among all operations of the API (the specification says MUST).',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#fixed-fields-7',
  check(ctx) {
    const first = new Map<string, string>()
    for (const op of ctx.index.operations) {
      const id = op.value['operationId']
      if (typeof id !== 'string' || op.kind === 'callback') continue
      const where = `${op.method.toUpperCase()} ${op.path}`
      const prev = first.get(id)
      if (prev === undefined) first.set(id, where)
      else ctx.report({message: `operationId "${id}" is already used by ${prev}.`, at: child(op.loc, 'operationId')})
    }
  },
}
export default rule
