import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'path-no-trailing-slash',
  category: 'style',
  description: 'Path keys other than `/` do not end with `/`: many servers and gateways treat `/pets/` and `/pets` as different routes, or redirect one to the other.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#paths-object',
  check(ctx) {
    const paths = ctx.index.root['paths']
    if (paths === null || typeof paths !== 'object') return
    const root = {file: ctx.spec.root, pointer: ''}
    for (const p of Object.keys(paths)) {
      if (p.length > 1 && p.endsWith('/') && !p.startsWith('x-')) {
        ctx.report({message: `Path "${p}" ends with a slash; remove it.`, at: child(root, 'paths', p)})
      }
    }
  },
}
export default rule
