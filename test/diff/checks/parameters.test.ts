import {describe, expect, it} from 'vitest'
import {parameters} from '../../../src/lib/diff/checks/parameters.js'
import {familyChecks} from '../../../src/lib/diff/registry.js'
import {changeIds, diffDocs, oas, oas31, runCases, swagger, type Doc} from '../helpers.js'

const ok = {'200': {description: 'OK'}}
/** `GET <path>` with these parameters. */
const get = (path: string, params: Doc[], build = oas) => build({[path]: {get: {parameters: params, responses: ok}}})
const str = {type: 'string'}
const strings = {type: 'array', items: str}

runCases(parameters, [
  {
    id: 'request-parameter-added-required',
    base: oas({'/orders': {get: {responses: ok}}}),
    revision: get('/orders', [{name: 'X-Tenant', in: 'header', required: true, schema: {type: 'string', format: 'uuid'}}]),
    twin: {base: oas({'/orders': {get: {responses: ok}}}), revision: get('/orders', [{name: 'X-Tenant', in: 'header', schema: {type: 'string', format: 'uuid'}}])},
  },
  {
    id: 'request-parameter-added-optional',
    base: get('/pets', [{name: 'limit', in: 'query', schema: {type: 'integer'}}]),
    revision: get('/pets', [{name: 'limit', in: 'query', schema: {type: 'integer'}}, {name: 'offset', in: 'query', schema: {type: 'integer', minimum: 0}}]),
    twin: {
      base: get('/pets', [{name: 'limit', in: 'query', schema: {type: 'integer'}}, {name: 'offset', in: 'query', schema: {type: 'integer', minimum: 0}}]),
      revision: get('/pets', [{name: 'limit', in: 'query', schema: {type: 'integer'}}]),
    },
  },
  {
    id: 'request-parameter-removed',
    base: get('/stores/{storeId}', [{name: 'storeId', in: 'path', required: true, schema: str}, {name: 'verbose', in: 'query', schema: {type: 'boolean'}}]),
    revision: get('/stores/{storeId}', [{name: 'storeId', in: 'path', required: true, schema: str}]),
    twin: {
      base: get('/stores/{storeId}', [{name: 'storeId', in: 'path', required: true, schema: str}]),
      revision: get('/stores/{storeId}', [{name: 'storeId', in: 'path', required: true, schema: str}, {name: 'verbose', in: 'query', schema: {type: 'boolean'}}]),
    },
  },
  {
    id: 'request-parameter-became-required',
    base: get('/cart', [{name: 'session', in: 'cookie', schema: str}]),
    revision: get('/cart', [{name: 'session', in: 'cookie', required: true, schema: str}]),
    twin: {base: get('/cart', [{name: 'session', in: 'cookie', required: true, schema: str}]), revision: get('/cart', [{name: 'session', in: 'cookie', schema: str}])},
  },
  {
    id: 'request-parameter-became-optional',
    base: swagger({'/invoices': {get: {parameters: [{name: 'sort', in: 'query', required: true, type: 'string', enum: ['asc', 'desc']}], responses: ok}}}),
    revision: swagger({'/invoices': {get: {parameters: [{name: 'sort', in: 'query', type: 'string', enum: ['asc', 'desc']}], responses: ok}}}),
    twin: {
      base: swagger({'/invoices': {get: {parameters: [{name: 'sort', in: 'query', type: 'string', enum: ['asc', 'desc']}], responses: ok}}}),
      revision: swagger({'/invoices': {get: {parameters: [{name: 'sort', in: 'query', required: true, type: 'string', enum: ['asc', 'desc']}], responses: ok}}}),
    },
  },
  {
    id: 'request-parameter-location-changed',
    base: get('/reports', [{name: 'trace', in: 'query', schema: {type: 'boolean'}}]),
    revision: get('/reports', [{name: 'Trace', in: 'header', schema: {type: 'boolean'}}]),
    twin: {base: get('/reports', [{name: 'trace', in: 'query', schema: {type: 'boolean'}}]), revision: get('/reports', [{name: 'trace', in: 'query', schema: {type: 'boolean'}, description: 'adds timings'}])},
  },
  {
    id: 'request-parameter-style-changed',
    base: get('/labels', [{name: 'tags', in: 'query', style: 'form', explode: false, schema: strings}]),
    revision: get('/labels', [{name: 'tags', in: 'query', style: 'pipeDelimited', explode: false, schema: strings}]),
    // A single string reads the same in every query style.
    twin: {base: get('/labels', [{name: 'tag', in: 'query', style: 'form', schema: str}]), revision: get('/labels', [{name: 'tag', in: 'query', style: 'spaceDelimited', schema: str}])},
  },
  {
    id: 'request-parameter-explode-changed',
    base: get('/products', [{name: 'fields', in: 'query', schema: {type: 'array', items: {type: 'string', enum: ['id', 'name', 'price']}}}]),
    revision: get('/products', [{name: 'fields', in: 'query', explode: false, schema: {type: 'array', items: {type: 'string', enum: ['id', 'name', 'price']}}}]),
    twin: {base: get('/products', [{name: 'page', in: 'query', explode: false, schema: {type: 'integer'}}]), revision: get('/products', [{name: 'page', in: 'query', explode: true, schema: {type: 'integer'}}])},
  },
  {
    id: 'request-parameter-allow-empty-value-removed',
    base: swagger({'/search': {get: {parameters: [{name: 'filter', in: 'query', type: 'string', allowEmptyValue: true}], responses: ok}}}),
    revision: swagger({'/search': {get: {parameters: [{name: 'filter', in: 'query', type: 'string'}], responses: ok}}}),
    twin: {
      base: swagger({'/search': {get: {parameters: [{name: 'filter', in: 'query', type: 'string'}], responses: ok}}}),
      revision: swagger({'/search': {get: {parameters: [{name: 'filter', in: 'query', type: 'string', allowEmptyValue: true}], responses: ok}}}),
    },
  },
  {
    id: 'request-parameter-allow-empty-value-added',
    base: get('/customers', [{name: 'email', in: 'query', schema: {type: 'string', format: 'email'}}]),
    revision: get('/customers', [{name: 'email', in: 'query', allowEmptyValue: true, schema: {type: 'string', format: 'email'}}]),
    twin: {
      base: get('/customers', [{name: 'email', in: 'query', allowEmptyValue: true, schema: {type: 'string', format: 'email'}}]),
      revision: get('/customers', [{name: 'email', in: 'query', schema: {type: 'string', format: 'email'}}]),
    },
  },
  {
    id: 'request-parameter-allow-reserved-removed',
    base: get('/login', [{name: 'redirect', in: 'query', allowReserved: true, schema: {type: 'string', format: 'uri'}}]),
    revision: get('/login', [{name: 'redirect', in: 'query', schema: {type: 'string', format: 'uri'}}]),
    twin: {base: get('/login', [{name: 'redirect', in: 'query', schema: {type: 'string', format: 'uri'}}]), revision: get('/login', [{name: 'redirect', in: 'query', allowReserved: true, schema: {type: 'string', format: 'uri'}}])},
  },
  {
    id: 'request-parameter-allow-reserved-added',
    base: get('/files', [{name: 'path', in: 'query', required: true, schema: {type: 'string', minLength: 1}}], oas31),
    revision: get('/files', [{name: 'path', in: 'query', required: true, allowReserved: true, schema: {type: 'string', minLength: 1}}], oas31),
    twin: {
      base: get('/files', [{name: 'path', in: 'query', required: true, allowReserved: true, schema: {type: 'string', minLength: 1}}], oas31),
      revision: get('/files', [{name: 'path', in: 'query', required: true, schema: {type: 'string', minLength: 1}}], oas31),
    },
  },
  {
    id: 'request-parameter-marked-deprecated',
    base: get('/accounts/{accountId}', [{name: 'accountId', in: 'path', required: true, schema: {type: 'integer'}}, {name: 'X-Legacy-Id', in: 'header', schema: str}]),
    revision: get('/accounts/{accountId}', [{name: 'accountId', in: 'path', required: true, schema: {type: 'integer'}}, {name: 'X-Legacy-Id', in: 'header', deprecated: true, schema: str}]),
    twin: {
      base: get('/accounts/{accountId}', [{name: 'accountId', in: 'path', required: true, schema: {type: 'integer'}}, {name: 'X-Legacy-Id', in: 'header', deprecated: true, schema: str}]),
      revision: get('/accounts/{accountId}', [{name: 'accountId', in: 'path', required: true, schema: {type: 'integer'}}, {name: 'X-Legacy-Id', in: 'header', schema: str}]),
    },
  },
  {
    id: 'request-parameter-media-type-changed',
    base: get('/shipments', [{name: 'where', in: 'query', content: {'application/json': {schema: {type: 'object', properties: {city: str}}}}}]),
    revision: get('/shipments', [{name: 'where', in: 'query', content: {'application/xml': {schema: {type: 'object', properties: {city: str}}}}}]),
    twin: {
      base: get('/shipments', [{name: 'where', in: 'query', content: {'application/json': {schema: {type: 'object', properties: {city: str}}}}}]),
      revision: get('/shipments', [{name: 'where', in: 'query', content: {'application/json; charset=utf-8': {schema: {type: 'object', properties: {city: str}}}}}]),
    },
  },
])

const ids = new Set(familyChecks(parameters).map((d) => d.id))
const ours = async (base: Doc, revision: Doc) => (await changeIds(base, revision)).filter((id) => ids.has(id))

describe('parameters: matching by meaning', () => {
  it('a renamed path template parameter is the same parameter (the operations family reports the rename)', async () => {
    const base = get('/pets/{id}', [{name: 'id', in: 'path', required: true, schema: {type: 'integer'}}])
    const revision = get('/pets/{petId}', [{name: 'petId', in: 'path', required: true, schema: {type: 'integer'}}])
    const all = await changeIds(base, revision)
    expect(all).toContain('path-parameter-renamed')
    expect(all.filter((id) => ids.has(id))).toEqual([])
  })

  it('a parameter moved from path level to operation level is no change', async () => {
    const param = {name: 'ownerId', in: 'path', required: true, schema: {type: 'string', format: 'uuid'}}
    const limit = {name: 'limit', in: 'query', schema: {type: 'integer', maximum: 100}}
    const base = oas({'/owners/{ownerId}/pets': {parameters: [param, limit], get: {responses: ok}}})
    const revision = oas({'/owners/{ownerId}/pets': {get: {parameters: [limit, param], responses: ok}}})
    expect(await changeIds(base, revision)).toEqual([])
  })

  it('a header parameter whose name only changes case is no change', async () => {
    const base = get('/events', [{name: 'X-Request-ID', in: 'header', required: true, schema: str}])
    const revision = get('/events', [{name: 'x-request-id', in: 'header', required: true, schema: str}])
    expect(await changeIds(base, revision)).toEqual([])
  })

  it('a move to another location is reported once, not as a removal and an addition', async () => {
    const base = get('/tokens', [{name: 'client', in: 'query', required: true, schema: str}])
    const revision = get('/tokens', [{name: 'client', in: 'cookie', required: true, schema: str}])
    const report = await diffDocs(base, revision)
    const found = report.changes.filter((c) => ids.has(c.id))
    expect(found.map((c) => c.id)).toEqual(['request-parameter-location-changed'])
    expect(found[0]!.message).toContain('moved from query to cookie')
  })

  it('a parameter renamed in the same location is a removal and an addition', async () => {
    const base = get('/bookings', [{name: 'from', in: 'query', schema: {type: 'string', format: 'date'}}])
    const revision = get('/bookings', [{name: 'start', in: 'query', required: true, schema: {type: 'string', format: 'date'}}])
    expect((await ours(base, revision)).sort()).toEqual(['request-parameter-added-required', 'request-parameter-removed'])
  })

  it('Swagger 2.0 collectionFormat means the same as the OpenAPI 3 style and explode it maps to', async () => {
    const base = get('/catalog', [
      {name: 'tags', in: 'query', type: 'array', items: str},
      {name: 'kinds', in: 'query', type: 'array', items: str, collectionFormat: 'multi'},
      {name: 'ids', in: 'query', type: 'array', items: {type: 'integer'}, collectionFormat: 'pipes'},
      {name: 'X-Regions', in: 'header', type: 'array', items: str},
      {name: 'q', in: 'query', type: 'string', allowEmptyValue: true},
    ], swagger)
    const revision = get('/catalog', [
      {name: 'tags', in: 'query', style: 'form', explode: false, schema: strings},
      {name: 'kinds', in: 'query', schema: strings},
      {name: 'ids', in: 'query', style: 'pipeDelimited', explode: false, schema: {type: 'array', items: {type: 'integer'}}},
      {name: 'X-Regions', in: 'header', schema: strings},
      {name: 'q', in: 'query', allowEmptyValue: true, schema: str},
    ])
    expect(await ours(base, revision)).toEqual([])
  })

  it('a Swagger 2.0 csv array read as an exploded OpenAPI 3 query array is an explode change', async () => {
    const base = get('/colors', [{name: 'shades', in: 'query', type: 'array', items: str}], swagger)
    const revision = get('/colors', [{name: 'shades', in: 'query', schema: strings}])
    expect(await ours(base, revision)).toEqual(['request-parameter-explode-changed'])
  })

  it('a path style change matters even for a single value', async () => {
    const base = get('/rooms/{roomId}', [{name: 'roomId', in: 'path', required: true, schema: {type: 'integer'}}])
    const revision = get('/rooms/{roomId}', [{name: 'roomId', in: 'path', required: true, style: 'matrix', schema: {type: 'integer'}}])
    expect(await ours(base, revision)).toEqual(['request-parameter-style-changed'])
  })

  it('ignores OpenAPI 3 header parameters named Accept, Content-Type or Authorization', async () => {
    const base = get('/me', [])
    const revision = get('/me', [{name: 'Authorization', in: 'header', required: true, schema: str}, {name: 'Accept', in: 'header', required: true, schema: str}])
    expect(await ours(base, revision)).toEqual([])
  })

  it('names the parameter and the values in its messages', async () => {
    const base = get('/jobs', [{name: 'states', in: 'query', schema: strings}])
    const revision = get('/jobs', [{name: 'states', in: 'query', style: 'spaceDelimited', explode: false, schema: strings}])
    const report = await diffDocs(base, revision)
    const messages = report.changes.filter((c) => ids.has(c.id)).map((c) => c.message).sort()
    expect(messages).toEqual(['query parameter `states` explode changed from true to false', 'query parameter `states` style changed from form to spaceDelimited'])
  })
})
