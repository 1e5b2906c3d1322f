import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

// RFC 3986 unreserved characters: an id made of them can be a URL segment, a file name or (mostly) a function name.
const URL_SAFE = /^[A-Za-z0-9_.~-]+$/

const rule: Rule = {
  id: 'operation-operationid-url-safe',
  category: 'style',
  description: 'operationIds use only letters, digits and `_ . ~ -`, so they can appear in URLs, file names and generated code unescaped.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#operation-object',
  check(ctx) {
    for (const op of ctx.index.operations) {
      const id = op.value['operationId']
      if (typeof id !== 'string' || id === '' || URL_SAFE.test(id)) continue
      const bad = [...new Set(id.replace(/[A-Za-z0-9_.~-]/g, ''))].map((c) => JSON.stringify(c)).join(', ')
      ctx.report({message: `operationId "${id}" contains ${bad}; use only letters, digits and _ . ~ -.`, at: child(op.loc, 'operationId')})
    }
  },
}
export default rule
