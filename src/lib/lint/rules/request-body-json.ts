import {child, isObject} from '../../spec/model.js'
import {isJsonMediaType} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'request-body-json',
  category: 'style',
  description: 'Operation request bodies should be offered as `application/json` (or a `+json` type), the format clients and gateways handle best (2.0: `consumes`).',
  defaultSeverity: 'hint',
  docs: 'https://spec.openapis.org/oas/v3.1.0#request-body-object',
  check(ctx) {
    const {index} = ctx
    if (ctx.version === '2.0') {
      const rootConsumes = index.root['consumes']
      for (const op of index.operations) {
        if (!op.parameters.some((p) => p.value['in'] === 'body')) continue
        const own = op.value['consumes']
        const consumes = Array.isArray(own) ? own : rootConsumes
        if (!Array.isArray(consumes) || consumes.some((m) => typeof m === 'string' && isJsonMediaType(m))) continue
        const at = Array.isArray(own) ? child(op.loc, 'consumes') : child(op.loc, 'parameters')
        ctx.report({message: `${op.method.toUpperCase()} ${op.path} consumes no JSON media type; add application/json to \`consumes\`.`, at})
      }
      return
    }
    for (const b of index.requestBodies) {
      const content = b.value['content']
      if (!b.operation || !isObject(content) || Object.keys(content).length === 0) continue
      if (Object.keys(content).some(isJsonMediaType)) continue
      const op = b.operation
      ctx.report({message: `The request body of ${op.method.toUpperCase()} ${op.path} offers no JSON media type (${Object.keys(content).join(', ')}); add application/json.`, at: child(b.loc, 'content')})
    }
  },
}
export default rule
