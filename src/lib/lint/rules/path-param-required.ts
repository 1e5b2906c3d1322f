import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'path-param-required',
  category: 'spec',
  description: 'A path parameter must say `required: true` (the field is REQUIRED for path parameters and its value MUST be true).',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#parameter-object',
  check(ctx) {
    for (const p of ctx.index.parameters) {
      if (p.value['in'] !== 'path' || p.value['required'] === true) continue
      const name = typeof p.value['name'] === 'string' ? ` "${p.value['name']}"` : ''
      const has = p.value['required'] !== undefined
      ctx.report({
        message: `Path parameter${name} must have "required: true"${has ? `, not ${JSON.stringify(p.value['required'])}` : ''}.`,
        at: has ? child(p.loc, 'required') : p.loc,
      })
    }
  },
}
export default rule
