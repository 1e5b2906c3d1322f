import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'path-no-trailing-slash',
  category: 'style',
  description: 'Path keys other than `/` do not end with `/`: many servers and gateways treat `/pets/` and `/pets` as different routes, or redirect one to the other.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#paths-object',
  check(ctx) {
    for (const {path: p, kind, loc, refLoc} of ctx.index.paths) {
      if (kind !== 'path') continue
      if (p.length > 1 && p.endsWith('/')) {
        ctx.report({message: `Path "${p}" ends with a slash; remove it.`, at: refLoc ?? loc})
      }
    }
  },
}
export default rule
