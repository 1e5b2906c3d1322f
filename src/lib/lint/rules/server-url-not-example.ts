import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'
import {isLoopback, serverLists, swaggerHost} from '../servers.js'

// RFC 2606 / RFC 6761 names reserved for documentation and testing.
function isExample(host: string): boolean {
  return /(^|\.)example\.(com|net|org)$/.test(host) || /\.(example|test|invalid)$/.test(host) || ['example', 'test', 'invalid'].includes(host)
}

const rule: Rule = {
  id: 'server-url-not-example',
  category: 'style',
  description:
    'Server URLs (3.x) and `host` (2.0) name the real API: not a reserved example domain (example.com, *.example, *.test, *.invalid), and not only a loopback host (a localhost entry beside a real server is fine).',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#server-object',
  check(ctx) {
    if (ctx.version === '2.0') {
      const raw = ctx.index.root['host']
      if (typeof raw !== 'string') return
      const host = swaggerHost(raw)
      if (isExample(host) || isLoopback(host)) {
        ctx.report({message: `host "${raw}" is ${isExample(host) ? 'an example domain' : 'a loopback address'}; set the host clients really call.`, at: child({file: ctx.spec.root, pointer: ''}, 'host')})
      }
      return
    }
    for (const list of serverLists(ctx)) {
      const onlyLoopback = list.urls.every((s) => s.host !== undefined && isLoopback(s.host))
      for (const s of list.urls) {
        if (s.host === undefined) continue
        if (isExample(s.host)) ctx.report({message: `Server URL "${s.raw}" uses the example domain "${s.host}"; set the URL clients really call.`, at: s.at})
        else if (onlyLoopback && isLoopback(s.host)) ctx.report({message: `Server URL "${s.raw}" is a loopback address and the list has no real server; add the URL clients really call.`, at: s.at})
      }
    }
  },
}
export default rule
