import {describe, expect, it} from 'vitest'
import {callbacks} from '../../../src/lib/diff/checks/callbacks.js'
import {diffDocs, oas, oas31, runCases, type Doc} from '../helpers.js'

const created = {'201': {description: 'Created'}}
const ack = {'200': {description: 'Received'}}

/** `POST <path>` (a subscription) with these callbacks. */
const subscribe = (cbs: Doc | undefined, path = '/subscriptions'): Doc => oas({[path]: {post: {responses: created, ...(cbs ? {callbacks: cbs} : {})}}})
/** One callback named `name` at `{$request.body#/callbackUrl}` with this operation under `method`. */
const callback = (name: string, op: Doc, method = 'post'): Doc => ({[name]: {'{$request.body#/callbackUrl}': {[method]: {responses: ack, ...op}}}})
/** A 3.1 document with only these webhooks. */
const hooks = (webhooks: Doc): Doc => oas31({}, {webhooks})
const json = (schema: unknown): Doc => ({content: {'application/json': {schema}}})

const paid = callback('onPaid', {requestBody: json({type: 'object', properties: {invoice: {type: 'string'}}})})
const shipped = callback('onShipped', {requestBody: json({type: 'object', properties: {tracking: {type: 'string'}}})}, 'put')
const cancelled = callback('onCancelled', {summary: 'Order cancelled'})
const newPet = {post: {requestBody: json({type: 'object', properties: {name: {type: 'string'}}}), responses: ack}}
const placed = {post: {requestBody: json({type: 'object', properties: {total: {type: 'number'}}}), responses: ack}}
const refunded = {post: {requestBody: json({type: 'object', properties: {amount: {type: 'integer'}}}), responses: ack}}

runCases(callbacks, [
  {id: 'callback-added', base: subscribe(undefined), revision: subscribe(paid), twin: {base: subscribe(paid), revision: subscribe(undefined)}},
  {
    id: 'callback-removed',
    base: subscribe({...shipped, ...cancelled}, '/orders'),
    revision: subscribe(shipped, '/orders'),
    twin: {base: subscribe(shipped, '/orders'), revision: subscribe({...shipped, ...cancelled}, '/orders')},
  },
  {id: 'webhook-added', base: hooks({}), revision: hooks({newPet}), twin: {base: hooks({newPet}), revision: hooks({})}},
  {
    id: 'webhook-removed',
    base: hooks({orderPlaced: placed, orderRefunded: refunded}),
    revision: hooks({orderPlaced: placed}),
    twin: {base: hooks({orderPlaced: placed}), revision: hooks({orderPlaced: {post: {...placed.post, summary: 'An order was placed'}}})},
  },
  {
    id: 'callback-request-body-added',
    base: subscribe(callback('onExpired', {}), '/trials'),
    revision: subscribe(callback('onExpired', {requestBody: json({type: 'object', properties: {plan: {type: 'string'}}})}), '/trials'),
    twin: {base: subscribe(callback('onExpired', {requestBody: json({type: 'object', properties: {plan: {type: 'string'}}})}), '/trials'), revision: subscribe(callback('onExpired', {}), '/trials')},
  },
  {
    id: 'callback-request-body-removed',
    base: hooks({userDeleted: {post: {requestBody: json({type: 'object', properties: {userId: {type: 'string', format: 'uuid'}}}), responses: ack}}}),
    revision: hooks({userDeleted: {post: {responses: ack}}}),
    twin: {
      base: hooks({userDeleted: {post: {requestBody: json({type: 'object', properties: {userId: {type: 'string', format: 'uuid'}}}), responses: ack}}}),
      revision: hooks({userDeleted: {post: {requestBody: json({type: 'object', properties: {userId: {type: 'string', format: 'uuid'}, reason: {type: 'string'}}}), responses: ack}}}),
    },
  },
  {
    id: 'callback-request-media-type-added',
    base: subscribe(callback('onReport', {requestBody: {content: {'application/json': {schema: {type: 'array', items: {type: 'string'}}}}}}), '/reports'),
    revision: subscribe(callback('onReport', {requestBody: {content: {'application/json': {schema: {type: 'array', items: {type: 'string'}}}, 'text/csv': {schema: {type: 'string'}}}}}), '/reports'),
    twin: {
      base: subscribe(callback('onReport', {requestBody: {content: {'application/json': {schema: {type: 'array', items: {type: 'string'}}}, 'text/csv': {schema: {type: 'string'}}}}}), '/reports'),
      revision: subscribe(callback('onReport', {requestBody: {content: {'application/json': {schema: {type: 'array', items: {type: 'string'}}}}}}), '/reports'),
    },
  },
  {
    id: 'callback-request-media-type-removed',
    base: hooks({formSubmitted: {post: {requestBody: {content: {'application/x-www-form-urlencoded': {schema: {type: 'object'}}, 'application/json; charset=utf-8': {schema: {type: 'object'}}}}, responses: ack}}}),
    revision: hooks({formSubmitted: {post: {requestBody: {content: {'application/json': {schema: {type: 'object'}}}}, responses: ack}}}),
    twin: {
      base: hooks({formSubmitted: {post: {requestBody: {content: {'application/json': {schema: {type: 'object'}}}}, responses: ack}}}),
      revision: hooks({formSubmitted: {post: {requestBody: {content: {'application/json': {schema: {type: 'object', description: 'the form fields'}}}}, responses: ack}}}),
    },
  },
])

describe('callback and webhook schemas swap direction', () => {
  const event = (schema: unknown) => subscribe(callback('onEvent', {requestBody: json(schema)}), '/events')
  const base = {type: 'object', required: ['id'], properties: {id: {type: 'string'}, kind: {type: 'string'}}}

  it('a new required property in a callback request body is not breaking (the API sends it)', async () => {
    const report = await diffDocs(event(base), event({...base, required: ['id', 'at'], properties: {...base.properties, at: {type: 'string', format: 'date-time'}}}))
    expect(report.changes.filter((c) => c.severity === 'error')).toEqual([])
    const hit = report.changes.find((c) => c.id === 'response-body-required-property-added')
    expect(hit?.severity).toBe('info')
    expect(hit?.message).toContain('callback request body')
    expect(hit?.operation).toBe('callback onEvent POST {$request.body#/callbackUrl}')
  })

  it('a new optional property in a callback request body is response-body-property-added', async () => {
    const report = await diffDocs(event(base), event({...base, properties: {...base.properties, source: {type: 'string'}}}))
    expect(report.changes.find((c) => c.id === 'response-body-property-added')?.severity).toBe('info')
    expect(report.changes.map((c) => c.id)).not.toContain('request-body-property-added')
  })

  it('a property removed from a callback request body is breaking', async () => {
    const report = await diffDocs(event(base), event({...base, properties: {id: {type: 'string'}}}))
    const hit = report.changes.find((c) => c.id === 'response-body-property-removed')
    expect(hit?.severity).toBe('error')
    expect(hit?.message).toContain('`kind`')
  })

  it('a property removed from a webhook request body is breaking too', async () => {
    const hook = (properties: Doc) => hooks({invoiceIssued: {post: {requestBody: json({type: 'object', properties}), responses: ack}}})
    const report = await diffDocs(hook({number: {type: 'string'}, due: {type: 'string', format: 'date'}}), hook({number: {type: 'string'}}))
    const hit = report.changes.find((c) => c.id === 'response-body-property-removed')
    expect(hit?.severity).toBe('error')
    expect(hit?.operation).toBe('webhook invoiceIssued POST')
  })

  it('the receiver\'s response is judged as a request: a new required property in it is breaking', async () => {
    const answer = (schema: Doc) => subscribe(callback('onPing', {responses: {'200': {description: 'Received', ...json(schema)}}}), '/pings')
    const report = await diffDocs(answer({type: 'object', properties: {ok: {type: 'boolean'}}}), answer({type: 'object', required: ['receivedAt'], properties: {ok: {type: 'boolean'}, receivedAt: {type: 'string'}}}))
    const hit = report.changes.find((c) => c.id === 'request-body-required-property-added')
    expect(hit?.severity).toBe('error')
    expect(hit?.message).toContain('callback response 200 body')
  })
})
