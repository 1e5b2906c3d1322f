import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'path-no-query-string',
  category: 'style',
  description: 'Path keys contain no `?`: the query string is not part of path matching, so describe it with `in: query` parameters.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#paths-object',
  check(ctx) {
    const paths = ctx.index.root['paths']
    if (paths === null || typeof paths !== 'object') return
    const root = {file: ctx.spec.root, pointer: ''}
    for (const p of Object.keys(paths)) {
      if (!p.includes('?') || p.startsWith('x-')) continue
      ctx.report({message: `Path "${p}" contains a query string; move "${p.slice(p.indexOf('?'))}" into query parameters.`, at: child(root, 'paths', p)})
    }
  },
}
export default rule
