import type {CheckFamily} from '../check.js'
import {childNode, type NOperation, type NResponse} from '../model.js'
import type {Where} from '../types.js'

/** Responses: status codes, media types, and their body schemas (compared as `response-body`). */
export const responses: CheckFamily = {
  name: 'responses',
  checks: [
    {id: 'response-success-status-removed', severity: 'error', direction: 'response', description: 'A success (2XX) response status was removed: clients written for it no longer get it.'},
    {id: 'response-non-success-status-removed', severity: 'warning', direction: 'response', description: 'A non-success response status was removed: clients handling it specifically may rely on it.'},
    {id: 'response-success-status-added', severity: 'warning', direction: 'response', description: 'A success (2XX) response status was added: old clients may not expect it.'},
    {id: 'response-non-success-status-added', severity: 'info', direction: 'response', description: 'A non-success response status was added.'},
    {id: 'response-default-removed', severity: 'warning', direction: 'response', description: 'The default response was removed: responses it described are no longer documented.'},
    {id: 'response-default-added', severity: 'info', direction: 'response', description: 'A default response was added.'},
    {id: 'response-media-type-removed', severity: 'error', direction: 'response', description: 'A response media type was removed: clients asking for it no longer get it.'},
    {id: 'response-media-type-added', severity: 'info', direction: 'response', description: 'A response media type was added.'},
    {id: 'response-content-removed', severity: 'error', direction: 'response', description: 'A response no longer has a body while its status stays: clients reading the body break.'},
    {id: 'response-content-added', severity: 'info', direction: 'response', description: 'A response that had no body now has one.'},
  ],

  operation(a, b, ctx) {
    for (const [status, ra] of a.responses) {
      if ([...b.responses.keys()].some((s) => related(status, s))) continue
      const where = {base: ra.node, revision: responsesWhere(b)}
      if (status === 'default') ctx.report('response-default-removed', 'default response was removed', where)
      else if (isSuccess(status)) ctx.report('response-success-status-removed', `success response ${status} was removed`, where)
      else ctx.report('response-non-success-status-removed', `response ${status} was removed`, where)
    }
    for (const [status, rb] of b.responses) {
      if ([...a.responses.keys()].some((s) => covers(s, status))) continue
      const near = [...a.responses.keys()].filter((s) => related(s, status))
      const widened = near.length > 0 ? ` (was ${near.join(', ')})` : ''
      const where = {base: responsesWhere(a), revision: rb.node}
      if (status === 'default') ctx.report('response-default-added', 'default response was added', where)
      else if (isSuccess(status)) ctx.report('response-success-status-added', `success response ${status} was added${widened}: old clients may not expect it`, where)
      else ctx.report('response-non-success-status-added', `response ${status} was added${widened}`, where)
    }

    for (const [ra, rb] of pairResponses(a, b)) {
      const subject = responseLabel(ra, rb)
      if (ra.content.size > 0 && rb.content.size === 0) {
        ctx.report('response-content-removed', `${subject} no longer has a body (it had ${[...ra.content.values()].map((m) => m.mediaType).join(', ')})`, {base: contentWhere(ra), revision: rb.node})
        continue
      }
      if (ra.content.size === 0 && rb.content.size > 0) {
        ctx.report('response-content-added', `${subject} now has a body (${[...rb.content.values()].map((m) => m.mediaType).join(', ')})`, {base: ra.node, revision: contentWhere(rb)})
        continue
      }
      for (const [key, ma] of ra.content) {
        const mb = rb.content.get(key)
        if (mb) ctx.compareSchema(ma.schema, mb.schema, 'response-body', `response ${rb.status} body`)
        else ctx.report('response-media-type-removed', `${subject} media type ${ma.mediaType} was removed`, {base: ma.node, revision: contentWhere(rb)})
      }
      for (const [key, mb] of rb.content) {
        if (!ra.content.has(key)) ctx.report('response-media-type-added', `${subject} media type ${mb.mediaType} was added`, {base: contentWhere(ra), revision: mb.node})
      }
    }
  },
}

/** `2XX`, `4XX`: a range of status codes. */
function isRange(status: string): boolean {
  return /^[1-5]XX$/.test(status)
}

function isSuccess(status: string): boolean {
  return status.startsWith('2')
}

/** Whether responses documented as `x` include those documented as `y` (`2XX` covers `201`). */
function covers(x: string, y: string): boolean {
  return x === y || (isRange(x) && y !== 'default' && !isRange(y) && y[0] === x[0])
}

/** The same status, or a code and the range it falls in (`200` replaced by `2XX` is not a removal). */
function related(x: string, y: string): boolean {
  return covers(x, y) || covers(y, x)
}

/**
 * The responses of two operations that describe the same thing, for comparing their content and headers: the same
 * status, else a code and its range (`200` -> `2XX`), else a range and the codes in it the base did not list.
 */
export function pairResponses(a: NOperation, b: NOperation): Array<[NResponse, NResponse]> {
  const out: Array<[NResponse, NResponse]> = []
  for (const [status, ra] of a.responses) {
    const same = b.responses.get(status)
    if (same) {
      out.push([ra, same])
      continue
    }
    if (status === 'default') continue
    if (!isRange(status)) {
      const range = b.responses.get(`${status[0]}XX`)
      if (range) out.push([ra, range])
      continue
    }
    for (const [s, rb] of b.responses) if (covers(status, s) && !a.responses.has(s)) out.push([ra, rb])
  }
  return out
}

/** What messages call a pair of responses: `response 200`, `response 200 (now 2XX)`, `default response`. */
export function responseLabel(ra: NResponse, rb: NResponse): string {
  if (rb.status === 'default') return 'default response'
  return `response ${ra.status === rb.status ? rb.status : `${ra.status} (now ${rb.status})`}`
}

/** The operation's `responses` object (where something removed from it or added to it is located). */
function responsesWhere(op: NOperation): Where {
  const n = childNode(op.node, 'responses')
  return n.value === undefined ? op.node : n
}

function contentWhere(r: NResponse): Where {
  const n = childNode(r.node, 'content')
  return n.value === undefined ? r.node : n
}
