import {child, type JsonObject} from '../../spec/model.js'
import type {NodeLocation} from '../../spec/loader.js'
import type {Rule} from '../types.js'
import {isLoopback, serverLists, swaggerHost} from '../servers.js'

const rule: Rule = {
  id: 'server-https',
  category: 'style',
  description: 'Servers use HTTPS: an `http://` server URL (3.x) or an `http` entry in `schemes` (2.0) is allowed only for a loopback host (localhost, 127.0.0.1, ::1).',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#server-object',
  check(ctx) {
    if (ctx.version === '2.0') {
      const rawHost = ctx.index.root['host']
      if (typeof rawHost === 'string' && isLoopback(swaggerHost(rawHost))) return
      const scan = (holder: JsonObject, loc: NodeLocation) => {
        const schemes = holder['schemes']
        if (!Array.isArray(schemes)) return
        schemes.forEach((s, i) => {
          if (typeof s === 'string' && s.toLowerCase() === 'http') ctx.report({message: 'The API is served over plain http; use https.', at: child(loc, 'schemes', i)})
        })
      }
      scan(ctx.index.root, {file: ctx.spec.root, pointer: ''})
      for (const op of ctx.index.operations) scan(op.value, op.loc)
      return
    }
    for (const list of serverLists(ctx)) {
      for (const s of list.urls) {
        if (s.protocol !== 'http:' || s.host === undefined || isLoopback(s.host)) continue
        ctx.report({message: `Server URL "${s.raw}" uses plain http; use https.`, at: s.at})
      }
    }
  },
}
export default rule
