import type {CheckFamily, OperationContext} from '../check.js'
import type {NOperation} from '../model.js'

/**
 * Callbacks and webhooks: requests the API sends, so their request bodies are judged as responses and the other way round.
 * On a path operation (`!ctx.flipped`) it lists the callbacks added and removed; on a matched callback or webhook operation
 * (`ctx.flipped`) it compares what the API sends (the request body, judged as a response by the engine's swap) and what
 * the receiver answers (response bodies, judged as requests). Media types are judged from the receiver's side: the API
 * picks what it sends, there is no content negotiation.
 */
export const callbacks: CheckFamily = {
  name: 'callbacks',
  flippable: true,
  checks: [
    {id: 'callback-added', severity: 'info', direction: null, description: 'An operation gained a callback: the API now calls the consumer back.'},
    {id: 'callback-removed', severity: 'warning', direction: null, description: 'A callback was removed from an operation: consumers relying on receiving it no longer will.'},
    {id: 'webhook-added', severity: 'info', direction: null, description: 'A webhook was added.'},
    {id: 'webhook-removed', severity: 'warning', direction: null, description: 'A webhook was removed: consumers relying on receiving it no longer will.'},
    {id: 'callback-request-body-added', severity: 'info', direction: 'response', description: 'A callback or webhook request now carries a body; receivers that ignore bodies are unaffected.'},
    {id: 'callback-request-body-removed', severity: 'error', direction: 'response', description: 'A callback or webhook request no longer carries a body: receivers reading it get nothing.'},
    {id: 'callback-request-media-type-added', severity: 'warning', direction: 'response', description: 'A callback or webhook request may be sent in a new media type: receivers may not parse it, as the API picks the format.'},
    {id: 'callback-request-media-type-removed', severity: 'info', direction: 'response', description: 'A callback or webhook request is no longer sent in a media type; receivers that handled it are unaffected.'},
  ],

  api(a, b, ctx) {
    for (const [key, op] of a.webhooks) if (!b.webhooks.has(key)) ctx.report('webhook-removed', `${op.label} was removed`, {base: op.node, operation: op})
    for (const [key, op] of b.webhooks) if (!a.webhooks.has(key)) ctx.report('webhook-added', `${op.label} was added`, {revision: op.node, operation: op})
  },

  operation(a, b, ctx) {
    if (!ctx.flipped) {
      for (const [key, cb] of a.callbacks) if (!b.callbacks.has(key)) ctx.report('callback-removed', `${cb.label} was removed`, {base: cb.node, revision: b.node})
      for (const [key, cb] of b.callbacks) if (!a.callbacks.has(key)) ctx.report('callback-added', `${cb.label} was added`, {base: a.node, revision: cb.node})
      return
    }
    sentRequest(a, b, ctx)
    for (const [status, ra] of a.responses) {
      const rb = b.responses.get(status)
      if (!rb) continue
      for (const [key, ma] of ra.content) {
        const mb = rb.content.get(key)
        if (mb) ctx.compareSchema(ma.schema, mb.schema, 'response-body', `${a.kind} response ${status} body`)
      }
    }
  },
}

/** The request the API sends to the receiver of a callback or webhook. */
function sentRequest(a: NOperation, b: NOperation, ctx: OperationContext): void {
  const kind = a.kind
  const ba = a.requestBody
  const bb = b.requestBody
  if (ba && !bb) return ctx.report('callback-request-body-removed', `${kind} request body was removed`, {base: ba.node, revision: b.node})
  if (!ba && bb) return ctx.report('callback-request-body-added', `${kind} request body was added`, {base: a.node, revision: bb.node})
  if (!ba || !bb) return
  for (const [key, ma] of ba.content) {
    const mb = bb.content.get(key)
    if (mb) ctx.compareSchema(ma.schema, mb.schema, 'request-body', `${kind} request body`)
    else ctx.report('callback-request-media-type-removed', `${kind} request media type ${ma.mediaType} was removed`, {base: ma.node, revision: bb.node})
  }
  for (const [key, mb] of bb.content) {
    if (!ba.content.has(key)) ctx.report('callback-request-media-type-added', `${kind} request media type ${mb.mediaType} was added`, {base: ba.node, revision: mb.node})
  }
}
