import {describe, expect, it} from 'vitest'
import {responses} from '../../../src/lib/diff/checks/responses.js'
import {changeIds, oas, oas31, runCases, swagger, type Doc} from '../helpers.js'

const json = (schema: unknown = {type: 'object'}) => ({'application/json': {schema}})
/** `GET /orders/{id}` with these responses. */
const order = (rs: Doc) => oas({'/orders/{id}': {get: {parameters: [{name: 'id', in: 'path', required: true, schema: {type: 'string'}}], responses: rs}}})
/** `POST /invoices` (OpenAPI 3.1) with these responses. */
const invoice = (rs: Doc) => oas31({'/invoices': {post: {responses: rs}}})
/** `DELETE /sessions` in Swagger 2.0. */
const session = (rs: Doc, extra: Doc = {}) => swagger({'/sessions': {delete: {responses: rs}}}, extra)

runCases(responses, [
  {
    id: 'response-success-status-removed',
    base: invoice({'201': {description: 'Created', content: json()}, '202': {description: 'Accepted'}}),
    revision: invoice({'201': {description: 'Created', content: json()}}),
    // 202 folded into a 2XX range: still documented.
    twin: {base: invoice({'201': {description: 'Created', content: json()}, '202': {description: 'Accepted'}}), revision: invoice({'201': {description: 'Created', content: json()}, '2XX': {description: 'Other success'}})},
  },
  {
    id: 'response-non-success-status-removed',
    base: order({'200': {description: 'OK', content: json()}, '404': {description: 'No such order'}}),
    revision: order({'200': {description: 'OK', content: json()}}),
    twin: {base: order({'200': {description: 'OK', content: json()}}), revision: order({'200': {description: 'OK', content: json()}, '404': {description: 'No such order'}})},
  },
  {
    id: 'response-success-status-added',
    base: session({'204': {description: 'Logged out'}}),
    revision: session({'200': {description: 'Logged out', schema: {type: 'object'}}, '204': {description: 'Logged out'}}),
    twin: {base: session({'200': {description: 'Gone', schema: {type: 'object'}}, '204': {description: 'Logged out'}}), revision: session({'204': {description: 'Logged out'}})},
  },
  {
    id: 'response-non-success-status-added',
    base: invoice({'201': {description: 'Created'}}),
    revision: invoice({'201': {description: 'Created'}, '409': {description: 'Duplicate invoice number', content: json({type: 'object', properties: {code: {type: 'string'}}})}}),
    // A 4XX range already covered 409.
    twin: {base: invoice({'201': {description: 'Created'}, '4XX': {description: 'Client error'}}), revision: invoice({'201': {description: 'Created'}, '4XX': {description: 'Client error'}, '409': {description: 'Duplicate'}})},
  },
  {
    id: 'response-default-removed',
    base: order({'200': {description: 'OK'}, default: {description: 'Error', content: json({type: 'object', required: ['title'], properties: {title: {type: 'string'}}})}}),
    revision: order({'200': {description: 'OK'}}),
    twin: {base: order({'200': {description: 'OK'}, default: {description: 'Error'}}), revision: order({'200': {description: 'OK'}, default: {description: 'Any error'}})},
  },
  {
    id: 'response-default-added',
    base: session({'204': {description: 'Done'}}),
    revision: session({'204': {description: 'Done'}, default: {description: 'Unexpected error'}}),
    twin: {base: session({'204': {description: 'Done'}, default: {description: 'Unexpected error'}}), revision: session({'204': {description: 'Done'}})},
  },
  {
    id: 'response-media-type-removed',
    base: order({'200': {description: 'OK', content: {...json(), 'application/xml': {schema: {type: 'object'}}}}}),
    revision: order({'200': {description: 'OK', content: json()}}),
    // The charset parameter is not part of the media type matched.
    twin: {base: order({'200': {description: 'OK', content: json()}}), revision: order({'200': {description: 'OK', content: {'application/json; charset=utf-8': {schema: {type: 'object'}}}}})},
  },
  {
    id: 'response-media-type-added',
    base: session({'200': {description: 'OK', schema: {type: 'string'}}}, {produces: ['application/json']}),
    revision: session({'200': {description: 'OK', schema: {type: 'string'}}}, {produces: ['application/json', 'text/csv']}),
    twin: {base: session({'200': {description: 'OK', schema: {type: 'string'}}}, {produces: ['application/json', 'text/csv']}), revision: session({'200': {description: 'OK', schema: {type: 'string'}}}, {produces: ['text/csv']})},
  },
  {
    id: 'response-content-removed',
    base: invoice({'200': {description: 'The invoice', content: {'application/pdf': {schema: {type: 'string', format: 'binary'}}}}}),
    revision: invoice({'200': {description: 'The invoice'}}),
    // 200 replaced by 2XX keeps its body: compared, not removed.
    twin: {base: invoice({'200': {description: 'The invoice', content: {'application/pdf': {schema: {type: 'string'}}}}}), revision: invoice({'2XX': {description: 'The invoice', content: {'application/pdf': {schema: {type: 'string'}}}}})},
  },
  {
    id: 'response-content-added',
    base: order({'202': {description: 'Queued'}}),
    revision: order({'202': {description: 'Queued', content: {'application/json': {schema: {type: 'object', properties: {ticket: {type: 'string'}}}}}}}),
    twin: {base: order({'202': {description: 'Queued', content: json({type: 'object', properties: {ticket: {type: 'string'}}})}}), revision: order({'202': {description: 'Queued'}})},
  },
])

describe('responses: status ranges', () => {
  const ok = {description: 'OK', content: json({type: 'object', properties: {id: {type: 'integer'}}})}
  it('200 replaced by 2XX is not a removal (but the wider range is a new success status)', async () => {
    const ids = await changeIds(order({'200': ok}), order({'2XX': ok}))
    expect(ids).not.toContain('response-success-status-removed')
    expect(ids).toContain('response-success-status-added')
  })
  it('2XX narrowed to 200 is neither a removal nor an addition', async () => {
    const ids = await changeIds(order({'2XX': ok}), order({'200': ok}))
    expect(ids).toEqual([])
  })
  it('compares the body of 200 with that of the 2XX replacing it', async () => {
    const ids = await changeIds(order({'200': ok}), order({'2XX': {description: 'OK', content: json({type: 'object', properties: {id: {type: 'string'}}})}}))
    expect(ids).toContain('response-body-type-changed')
  })
  it('a removed range with no code left in it is a removal', async () => {
    const ids = await changeIds(order({'200': ok, '5XX': {description: 'Server error'}}), order({'200': ok}))
    expect(ids).toEqual(['response-non-success-status-removed'])
  })
})
