import {child, isObject} from '../../spec/model.js'
import {RESPONSE_CODE_2, RESPONSE_CODE_3} from '../struct/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'response-code-format',
  category: 'spec',
  description:
    'The keys of a Responses object are HTTP status codes (three digits), `default`, or `x-` extensions; 3.x also allows the ranges `1XX` to `5XX`.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#responses-object',
  check(ctx) {
    const re = ctx.version === '2.0' ? RESPONSE_CODE_2 : RESPONSE_CODE_3
    const hint = ctx.version === '2.0' ? 'a three-digit HTTP status code or "default"' : 'an HTTP status code such as "200", a range from "1XX" to "5XX", or "default"'
    for (const op of ctx.index.operations) {
      const responses = ctx.index.resolve(op.value['responses'], child(op.loc, 'responses'))
      if (!isObject(responses.value)) continue
      for (const key of Object.keys(responses.value)) {
        if (key === 'default' || key.startsWith('x-') || re.test(key)) continue
        ctx.report({message: `"${key}" is not a response code: use ${hint}.`, at: child(responses.loc, key)})
      }
    }
  },
}
export default rule
