import type {CheckFamily} from '../check.js'
import {childNode, type NResponse} from '../model.js'
import type {Where} from '../types.js'
import {pairResponses, responseLabel} from './responses.js'

/** Response headers: added, removed, required, and their schemas (compared as `response-header`). */
export const responseHeaders: CheckFamily = {
  name: 'response-headers',
  checks: [
    {id: 'required-response-header-removed', severity: 'error', direction: 'response', description: 'A required response header was removed: clients reading it no longer get it.'},
    {id: 'optional-response-header-removed', severity: 'warning', direction: 'response', description: 'An optional response header was removed: clients that read it when present lose it.'},
    {id: 'response-header-added', severity: 'info', direction: 'response', description: 'A response header was added.'},
    {id: 'response-header-became-optional', severity: 'error', direction: 'response', description: 'A required response header became optional: clients relying on it may not get it.'},
    {id: 'response-header-became-required', severity: 'info', direction: 'response', description: 'An optional response header became required.'},
    {id: 'response-header-marked-deprecated', severity: 'info', direction: 'response', description: 'A response header was deprecated: it may be removed later.'},
  ],

  operation(a, b, ctx) {
    for (const [ra, rb] of pairResponses(a, b)) {
      const status = responseLabel(ra, rb)
      for (const [key, ha] of ra.headers) {
        if (ignored(key)) continue
        const hb = rb.headers.get(key)
        if (!hb) {
          const where = {base: ha.node, revision: headersWhere(rb)}
          if (ha.required) ctx.report('required-response-header-removed', `${status} required header \`${ha.name}\` was removed`, where)
          else ctx.report('optional-response-header-removed', `${status} header \`${ha.name}\` was removed`, where)
          continue
        }
        const where = {base: ha.node, revision: hb.node}
        if (ha.required && !hb.required) ctx.report('response-header-became-optional', `${status} header \`${hb.name}\` became optional`, where)
        if (!ha.required && hb.required) ctx.report('response-header-became-required', `${status} header \`${hb.name}\` became required`, where)
        if (!ha.deprecated && hb.deprecated) ctx.report('response-header-marked-deprecated', `${status} header \`${hb.name}\` was deprecated`, where)
        ctx.compareSchema(ha.schema, hb.schema, 'response-header', `${status} header \`${hb.name}\``)
      }
      for (const [key, hb] of rb.headers) {
        if (ignored(key) || ra.headers.has(key)) continue
        ctx.report('response-header-added', `${status} header \`${hb.name}\` was added${hb.required ? ' (required)' : ''}`, {base: headersWhere(ra), revision: hb.node})
      }
    }
  },
}

/** OpenAPI says a response header named Content-Type is ignored (the media type says it). */
function ignored(key: string): boolean {
  return key === 'content-type'
}

function headersWhere(r: NResponse): Where {
  const n = childNode(r.node, 'headers')
  return n.value === undefined ? r.node : n
}
