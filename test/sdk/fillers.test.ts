import {describe, expect, it} from 'vitest'
import type {JsonObject} from '../../src/lib/spec/model.js'
import {schemaTypes} from '../../src/lib/sdk/types.js'

/** The lines of schemaTypes' output that declare an optional `never` member, trimmed. */
async function neverLines(document: JsonObject): Promise<{text: string; lines: string[]}> {
  const text = await schemaTypes(document, false)
  return {text, lines: text.split('\n').map((l) => l.trim()).filter((l) => l.endsWith('?: never;'))}
}

const ok = {responses: {'200': {description: 'ok', content: {'application/json': {schema: {type: 'string'}}}}}}

describe("openapi-typescript's `?: never` fillers", () => {
  it("are left out of path items, operations, parameters and responses, inline, named and in components", async () => {
    const {text, lines} = await neverLines({
      openapi: '3.1.0',
      info: {title: 't', version: '1'},
      paths: {
        // One method, named: the other seven, and the unused parameter locations, were `?: never`.
        '/named/{id}': {get: {operationId: 'getNamed', parameters: [{name: 'id', in: 'path', required: true, schema: {type: 'string'}}], ...ok}},
        // Inline (no operationId), without content in its response.
        '/inline': {post: {requestBody: {content: {'application/json': {schema: {type: 'object'}}}}, responses: {'204': {description: 'none'}}}},
        '/shared': {$ref: '#/components/pathItems/Shared'},
      },
      webhooks: {ping: {post: {operationId: 'ping', responses: {'204': {description: 'none'}}}}},
      components: {
        pathItems: {Shared: {delete: {operationId: 'deleteShared', ...ok}}},
        responses: {Empty: {description: 'no body'}},
      },
    })
    expect(lines).toEqual([])
    // What each operation has is still there.
    expect(text).toContain('    getNamed: {')
    expect(text).toMatch(/path: \{\n\s+id: string;/)
    expect(text).toMatch(/requestBody\?: \{\n\s+content: \{\n\s+"application\/json"/)
    expect(text).toContain('delete: operations["deleteShared"];')
  })

  it('stay where a schema says a property must be absent (the schema `false`), named like a filler or not', async () => {
    const {lines} = await neverLines({
      openapi: '3.1.0',
      info: {title: 't', version: '1'},
      paths: {},
      components: {
        schemas: {
          Thing: {type: 'object', properties: {legacy: false, get: false, query: false, content: false}, additionalProperties: true},
        },
      },
    })
    expect(lines).toEqual(['legacy?: never;', 'get?: never;', 'query?: never;', 'content?: never;'])
  })
})
