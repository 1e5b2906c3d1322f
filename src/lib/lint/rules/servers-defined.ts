import {child, type JsonObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'servers-defined',
  category: 'style',
  description:
    'The API says where it is served: a non-empty root `servers` list in 3.x (else clients assume the host serving the document), `host` in 2.0. Path and operation `servers` count when every operation has them.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#server-object',
  check(ctx) {
    const root = {file: ctx.spec.root, pointer: ''}
    if (ctx.version === '2.0') {
      if (typeof ctx.index.root['host'] !== 'string' || ctx.index.root['host'] === '') {
        ctx.report({message: 'The API has no `host`; add the host name clients call (clients otherwise use the host serving the document).', at: root})
      }
      return
    }
    const servers = ctx.index.root['servers']
    if (Array.isArray(servers) && servers.length > 0) return
    const has = (v: JsonObject) => Array.isArray(v['servers']) && v['servers'].length > 0
    const pathOps = ctx.index.operations.filter((op) => op.kind === 'path')
    // A webhooks-only document is called by the API, not served: it needs no servers.
    if (pathOps.every((op) => has(op.value) || has(op.pathItem.value))) return
    ctx.report({
      message: 'The API has no `servers`; add the base URL clients call (clients otherwise use the host serving the document).',
      at: Array.isArray(servers) ? child(root, 'servers') : root,
    })
  },
}
export default rule
