import {describe, expect, it} from 'vitest'
import {hoistUnwritableRefs, unwritableRef} from '../../src/lib/sdk/hoist-refs.js'
import type {JsonObject} from '../../src/lib/spec/model.js'
import {splitPointer} from '../../src/lib/spec/pointer.js'

const where = (pointer: string) => unwritableRef(splitPointer(pointer))

describe('unwritableRef', () => {
  it('leaves the references openapi-typescript writes as valid look-ups', () => {
    expect(where('/components/schemas/Pet')).toBeUndefined()
    expect(where('/components/parameters/Limit')).toBeUndefined()
    expect(where('/components/responses/NotFound')).toBeUndefined()
    expect(where('/paths/~1pets/get/responses/200')).toBeUndefined()
    expect(where('/paths/~1pets/get/responses/200/headers/X-Rate')).toBeUndefined()
    expect(where('/components/headers/X-Rate')).toBeUndefined()
    // neither a schema nor a parameter, or not an OpenAPI location at all: nothing to repair
    expect(where('/paths/~1pets/get/requestBody')).toBeUndefined()
    expect(where('/x-definitions/Pet')).toBeUndefined()
    expect(where('/components/schemas/Pet/properties')).toBeUndefined()
  })

  it('names the section for a schema or parameter that openapi-typescript would write as a missing or loose look-up', () => {
    // `components["schemas"]["Pet"]["owner"]["id"]`: valid, but `| undefined` where a property is optional, and a
    // readOnly one's marker type, whose keys are not the property's
    expect(where('/components/schemas/Pet/properties/owner/properties/id')).toBe('schemas')
    expect(where('/components/schemas/Pet/properties/items')).toBe('schemas')
    expect(where('/paths/~1pets/get/responses/200/content/application~1json/schema')).toBe('schemas')
    expect(where('/paths/~1pets/post/requestBody/content/application~1json/schema/properties/name')).toBe('schemas')
    expect(where('/components/schemas/Pets/items')).toBe('schemas')
    expect(where('/components/schemas/Pet/allOf/0')).toBe('schemas')
    expect(where('/components/schemas/Pet/properties/tags/items')).toBe('schemas')
    expect(where('/components/parameters/Limit/schema')).toBe('schemas')
    expect(where('/components/headers/X-Rate/schema')).toBe('schemas')
    expect(where('/components/responses/NotFound/content/application~1json/schema')).toBe('schemas')
    expect(where('/webhooks/newPet/post/requestBody/content/application~1json/schema')).toBe('schemas')
    expect(where('/paths/~1pets/get/parameters/0')).toBe('parameters')
    expect(where('/paths/~1pets/parameters/1')).toBe('parameters')
  })
})

describe('hoistUnwritableRefs', () => {
  const schema = {type: 'object', properties: {id: {type: 'integer'}, children: {type: 'array', items: {$ref: '#/paths/~1a/get/responses/200/content/application~1json/schema'}}}}
  const doc = (): JsonObject => ({
    openapi: '3.0.3',
    info: {title: 't', version: '1'},
    paths: {
      '/a': {get: {parameters: [{name: 'limit', in: 'query', schema: {type: 'integer'}}], responses: {'200': {description: 'ok', content: {'application/json': {schema}}}}}},
      '/b': {
        get: {
          parameters: [{$ref: '#/paths/~1a/get/parameters/0'}],
          responses: {'200': {description: 'ok', content: {'application/json': {schema: {$ref: '#/paths/~1a/get/responses/200/content/application~1json/schema'}}}}},
        },
      },
    },
    components: {schemas: {Pet: {type: 'string'}}},
  })

  it('copies each target into components under its reference, and points every reference at the copy', () => {
    const input = doc()
    const before = JSON.stringify(input)
    const out = hoistUnwritableRefs(input)
    const ref = '#/paths/~1a/get/responses/200/content/application~1json/schema'
    const moved = '#/components/schemas/#~1paths~1~01a~1get~1responses~1200~1content~1application~01json~1schema'
    const components = out['components'] as {schemas: Record<string, JsonObject>; parameters: Record<string, JsonObject>}
    expect(Object.keys(components.schemas)).toEqual(['Pet', ref])
    expect(components.parameters['#/paths/~1a/get/parameters/0']).toEqual({name: 'limit', in: 'query', schema: {type: 'integer'}})
    expect(out).toHaveProperty(['paths', '/b', 'get', 'responses', '200', 'content', 'application/json', 'schema', '$ref'], moved)
    expect(out).toHaveProperty(['paths', '/b', 'get', 'parameters', 0, '$ref'], '#/components/parameters/#~1paths~1~01a~1get~1parameters~10')
    // the recursive reference inside the copy, and inside the original, name the component too
    expect(components.schemas[ref]).toHaveProperty(['properties', 'children', 'items', '$ref'], moved)
    expect(out).toHaveProperty(['paths', '/a', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'children', 'items', '$ref'], moved)
    // the copy is its own object: openapi-typescript writes into what it reads
    expect(components.schemas[ref]).not.toBe(schema)
    expect(JSON.stringify(input)).toBe(before)
  })

  it('returns the document itself when every reference can be written', () => {
    const input: JsonObject = {openapi: '3.0.3', paths: {'/a': {get: {responses: {'200': {$ref: '#/components/responses/Ok'}}}}}, components: {responses: {Ok: {description: 'ok'}}}}
    expect(hoistUnwritableRefs(input)).toBe(input)
  })

  it('leaves a reference whose target is missing as it was', () => {
    const input: JsonObject = {openapi: '3.0.3', paths: {'/a': {get: {responses: {'200': {description: 'ok', content: {'application/json': {schema: {$ref: '#/paths/~1z/get/responses/200/content/application~1json/schema'}}}}}}}}}
    expect(hoistUnwritableRefs(input)).toBe(input)
  })
})
