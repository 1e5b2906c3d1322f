import {child, locKey} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-id-unique',
  category: 'spec',
  description: 'operationId must be unique among all operations of the API (the specification says MUST).',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#fixed-fields-7',
  check(ctx) {
    const first = new Map<string, string>()
    // Callback operations count too ("among all operations"); one written once and $ref'd from several operations
    // is one operation, met once per use: it is counted once, by where it is written.
    const seen = new Set<string>()
    for (const op of ctx.index.operations) {
      const id = op.value['operationId']
      if (typeof id !== 'string') continue
      const key = locKey(op.loc)
      if (seen.has(key)) continue
      seen.add(key)
      const where = op.kind === 'callback' ? `the callback ${op.method.toUpperCase()} ${op.path}` : `${op.method.toUpperCase()} ${op.path}`
      const prev = first.get(id)
      if (prev === undefined) first.set(id, where)
      else ctx.report({message: `operationId "${id}" is already used by ${prev}.`, at: child(op.loc, 'operationId')})
    }
  },
}
export default rule
