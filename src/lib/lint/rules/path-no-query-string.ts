import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'path-no-query-string',
  category: 'style',
  description: 'Path keys contain no `?`: the query string is not part of path matching, so describe it with `in: query` parameters.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#paths-object',
  check(ctx) {
    for (const {path: p, kind, loc, refLoc} of ctx.index.paths) {
      if (kind !== 'path' || !p.includes('?')) continue
      ctx.report({message: `Path "${p}" contains a query string; move "${p.slice(p.indexOf('?'))}" into query parameters.`, at: refLoc ?? loc})
    }
  },
}
export default rule
