import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'operation-operationid',
  category: 'style',
  description: 'Every operation of `paths` and `webhooks` has an `operationId`; SDK generators, docs links and gateway integrations key on it.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#operation-object',
  check(ctx) {
    for (const op of ctx.index.operations) {
      // Callback operations describe requests the API makes, so nothing calls them by name.
      if (op.kind === 'callback') continue
      const id = op.value['operationId']
      if (typeof id === 'string' && id.trim() !== '') continue
      ctx.report({message: `${op.method.toUpperCase()} ${op.path} has no operationId; add one (e.g. a verb and a noun).`, at: op.loc})
    }
  },
}
export default rule
