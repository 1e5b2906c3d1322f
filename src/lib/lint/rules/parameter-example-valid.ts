import {child} from '../../spec/model.js'
import {checkExamples} from '../example-validator.js'
import {schemaLabel} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'parameter-example-valid',
  category: 'style',
  description: 'Examples of parameters and headers (`example`, `examples/*/value`) must be valid against their `schema`.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#parameter-object',
  versions: ['3.0', '3.1'],
  check(ctx) {
    for (const p of ctx.index.parameters) {
      if (p.value['schema'] === undefined) continue
      const name = typeof p.value['name'] === 'string' ? p.value['name'] : '?'
      checkExamples(ctx, p.value, p.loc, p.value['schema'], child(p.loc, 'schema'), 'request', false, () => `parameter "${name}" (${schemaLabel(p.loc)})`)
    }
    for (const h of ctx.index.headers) {
      if (h.value['schema'] === undefined) continue
      checkExamples(ctx, h.value, h.loc, h.value['schema'], child(h.loc, 'schema'), 'response', false, () => `header "${h.name}" (${schemaLabel(h.loc)})`)
    }
  },
}
export default rule
