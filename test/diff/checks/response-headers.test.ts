import {describe, expect, it} from 'vitest'
import {responseHeaders} from '../../../src/lib/diff/checks/response-headers.js'
import {changeIds, oas, oas31, runCases, swagger, type Doc} from '../helpers.js'

/** `POST /uploads` whose 201 response has these headers. */
const upload = (headers: Doc) => oas({'/uploads': {post: {responses: {'201': {description: 'Stored', headers}}}}})
/** `GET /reports` (3.1) whose 200 and 429 responses have these headers. */
const report = (ok: Doc, limited: Doc = {}) => oas31({'/reports': {get: {responses: {'200': {description: 'OK', headers: ok}, '429': {description: 'Slow down', headers: limited}}}}})
/** `GET /files/{name}` in Swagger 2.0 whose 200 response has these headers. */
const file = (headers: Doc) => swagger({'/files/{name}': {get: {parameters: [{name: 'name', in: 'path', required: true, type: 'string'}], responses: {'200': {description: 'The file', headers}}}}})

const location = {required: true, schema: {type: 'string', format: 'uri'}}
const etag = {schema: {type: 'string'}}

runCases(responseHeaders, [
  {
    id: 'required-response-header-removed',
    base: upload({Location: location, ETag: etag}),
    revision: upload({ETag: etag}),
    // Same header, name written in another case.
    twin: {base: upload({Location: location, ETag: etag}), revision: upload({location, ETag: etag})},
  },
  {
    id: 'optional-response-header-removed',
    base: report({}, {'Retry-After': {schema: {type: 'integer', minimum: 1}}}),
    revision: report({}, {}),
    twin: {base: report({}, {}), revision: report({}, {'Retry-After': {schema: {type: 'integer', minimum: 1}}})},
  },
  {
    id: 'response-header-added',
    base: file({'Content-Length': {type: 'integer'}}),
    revision: file({'Content-Length': {type: 'integer'}, 'Last-Modified': {type: 'string', description: 'HTTP date'}}),
    // Content-Type headers are ignored by OpenAPI: the media type says it.
    twin: {base: file({'Content-Length': {type: 'integer'}}), revision: file({'Content-Length': {type: 'integer'}, 'Content-Type': {type: 'string'}})},
  },
  {
    id: 'response-header-became-optional',
    base: report({'X-Total-Count': {required: true, schema: {type: 'integer'}}}),
    revision: report({'X-Total-Count': {schema: {type: 'integer'}}}),
    twin: {base: report({'X-Total-Count': {schema: {type: 'integer'}}}), revision: report({'X-Total-Count': {required: true, schema: {type: 'integer'}}})},
  },
  {
    id: 'response-header-became-required',
    base: upload({'X-Upload-Id': {schema: {type: 'string', format: 'uuid'}}}),
    revision: upload({'X-Upload-Id': {required: true, schema: {type: 'string', format: 'uuid'}}}),
    twin: {base: upload({'X-Upload-Id': {required: true, schema: {type: 'string', format: 'uuid'}}}), revision: upload({'X-Upload-Id': {required: false, schema: {type: 'string', format: 'uuid'}}})},
  },
  {
    id: 'response-header-marked-deprecated',
    base: report({}, {'X-RateLimit-Reset': {schema: {type: 'integer'}}}),
    revision: report({}, {'X-RateLimit-Reset': {deprecated: true, schema: {type: 'integer'}}}),
    twin: {base: report({}, {'X-RateLimit-Reset': {deprecated: true, schema: {type: 'integer'}}}), revision: report({}, {'X-RateLimit-Reset': {schema: {type: 'integer'}}})},
  },
])

describe('response headers: matching', () => {
  it('compares the headers of 201 with those of the 2XX replacing it', async () => {
    const before = oas({'/uploads': {post: {responses: {'201': {description: 'Stored', headers: {Location: location}}}}}})
    const after = oas({'/uploads': {post: {responses: {'2XX': {description: 'Stored', headers: {Location: {schema: {type: 'string', format: 'uri'}}}}}}}})
    expect(await changeIds(before, after)).toContain('response-header-became-optional')
  })
  it('reports nothing for headers of a removed response (the status removal says it)', async () => {
    const before = oas({'/uploads': {post: {responses: {'201': {description: 'Stored'}, '307': {description: 'Elsewhere', headers: {Location: location}}}}}})
    const after = oas({'/uploads': {post: {responses: {'201': {description: 'Stored'}}}}})
    expect(await changeIds(before, after)).toEqual(['response-non-success-status-removed'])
  })
})
