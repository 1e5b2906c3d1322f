import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'path-no-empty-segment',
  category: 'style',
  description: 'Path keys contain no empty segment (`//`): servers and gateways normalise or reject such URLs, so the route cannot be reached as written.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#paths-object',
  check(ctx) {
    for (const {path: p, kind, loc, refLoc} of ctx.index.paths) {
      if (kind !== 'path' || !p.includes('//')) continue
      ctx.report({message: `Path "${p}" has an empty segment ("//"); remove the extra slash.`, at: refLoc ?? loc})
    }
  },
}
export default rule
