import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'no-api-key-in-query',
  category: 'style',
  description: 'API keys are not sent in the query string (`type: apiKey, in: query`), where access logs, proxies and browser history record them. Use a header.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#security-scheme-object',
  check(ctx) {
    for (const [name, scheme] of ctx.index.securitySchemes) {
      if (scheme.value['type'] !== 'apiKey' || scheme.value['in'] !== 'query') continue
      ctx.report({message: `Security scheme "${name}" sends the API key in the query string; send it in a header.`, at: child(scheme.loc, 'in')})
    }
  },
}
export default rule
