import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'
import {serverLists} from '../servers.js'

const rule: Rule = {
  id: 'server-url-no-trailing-slash',
  category: 'style',
  description: 'Server URLs (3.x) and `basePath` (2.0) do not end with `/`: paths start with one, so the joined URL would have `//`.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#server-object',
  check(ctx) {
    if (ctx.version === '2.0') {
      const base = ctx.index.root['basePath']
      if (typeof base === 'string' && base.length > 1 && base.endsWith('/')) {
        ctx.report({message: `basePath "${base}" ends with a slash; remove it.`, at: child({file: ctx.spec.root, pointer: ''}, 'basePath')})
      }
      return
    }
    for (const list of serverLists(ctx)) {
      for (const s of list.urls) {
        if (s.raw.length > 1 && s.raw.endsWith('/')) ctx.report({message: `Server URL "${s.raw}" ends with a slash; remove it.`, at: s.at})
      }
    }
  },
}
export default rule
