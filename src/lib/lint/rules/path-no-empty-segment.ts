import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'path-no-empty-segment',
  category: 'style',
  description: 'Path keys contain no empty segment (`//`): servers and gateways normalise or reject such URLs, so the route cannot be reached as written.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#paths-object',
  check(ctx) {
    const paths = ctx.index.root['paths']
    if (paths === null || typeof paths !== 'object') return
    const root = {file: ctx.spec.root, pointer: ''}
    for (const p of Object.keys(paths)) {
      if (!p.includes('//') || p.startsWith('x-')) continue
      ctx.report({message: `Path "${p}" has an empty segment ("//"); remove the extra slash.`, at: child(root, 'paths', p)})
    }
  },
}
export default rule
