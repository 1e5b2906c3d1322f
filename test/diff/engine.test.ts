import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {diffModels} from '../../src/lib/diff/engine.js'
import {buildModel} from '../../src/lib/diff/model.js'
import {loadSpec} from '../../src/lib/spec/loader.js'
import {SHARED} from '../helpers/cli.js'
import {changeIds, diffDocs, oas, requestBody, swagger} from './helpers.js'

describe('diff engine', () => {
  it('compares meaning across versions: Swagger 2.0 and the same API in OpenAPI 3.0 and 3.1 differ in nothing', async () => {
    const v2 = swagger(
      {
        '/pets/{petId}': {
          parameters: [{name: 'petId', in: 'path', required: true, type: 'integer', format: 'int64'}],
          put: {
            parameters: [
              {name: 'body', in: 'body', required: true, schema: {$ref: '#/definitions/Pet'}},
              {name: 'tags', in: 'query', type: 'array', items: {type: 'string'}, collectionFormat: 'multi'},
            ],
            responses: {'200': {description: 'OK', schema: {$ref: '#/definitions/Pet'}, headers: {'X-Rate': {type: 'integer'}}}},
          },
        },
      },
      {consumes: ['application/json'], produces: ['application/json'], definitions: {Pet: {type: 'object', required: ['id'], properties: {id: {type: 'integer', format: 'int64'}, tag: {type: 'string', 'x-nullable': true}}}}},
    )
    const pet30 = {type: 'object', required: ['id'], properties: {id: {type: 'integer', format: 'int64'}, tag: {type: 'string', nullable: true}}}
    const op = (pet: unknown, id: unknown) => ({
      '/pets/{id}': {
        put: {
          parameters: [
            {name: 'id', in: 'path', required: true, schema: id},
            {name: 'tags', in: 'query', schema: {type: 'array', items: {type: 'string'}}},
          ],
          requestBody: {required: true, content: {'application/json': {schema: pet}}},
          responses: {'200': {description: 'OK', content: {'application/json': {schema: pet}}, headers: {'x-rate': {schema: {type: 'integer'}}}}},
        },
      },
    })
    const v30 = oas(op(pet30, {type: 'integer', format: 'int64'}))
    const pet31 = {type: 'object', required: ['id'], properties: {id: {type: 'integer', format: 'int64'}, tag: {type: ['string', 'null']}}}
    const v31 = {...oas(op(pet31, {type: 'integer', format: 'int64'})), openapi: '3.1.0'}
    expect(await changeIds(v2, v30)).toEqual(['path-parameter-renamed'])
    expect(await changeIds(v30, v31)).toEqual([])
    expect(await changeIds(v31, v2)).toEqual(['path-parameter-renamed'])
  })

  it('x-apix-ignore on an operation accepts the listed checks there, and counts them as ignored', async () => {
    const base = requestBody({type: 'object', properties: {a: {type: 'string'}}})
    const revision = requestBody({type: 'object', required: ['a'], properties: {a: {type: 'string', maxLength: 3}}})
    expect((await diffDocs(base, revision)).summary.error).toBeGreaterThanOrEqual(1)
    const accepted = structuredClone(revision) as {paths: {'/pets': {post: Record<string, unknown>}}}
    accepted.paths['/pets'].post['x-apix-ignore'] = ['request-body-property-became-required', 'request-body-max-length-decreased']
    const report = await diffDocs(base, accepted)
    expect(report.changes).toEqual([])
    expect(report.summary.ignored).toBe(2)
    accepted.paths['/pets'].post['x-apix-ignore'] = true
    expect((await diffDocs(base, accepted)).summary.ignored).toBe(2)
  })

  it('terminates on mutually recursive schemas that change deep inside', async () => {
    const schemas = (leaf: string) => ({A: {type: 'object', properties: {b: {$ref: '#/components/schemas/B'}}}, B: {type: 'object', properties: {a: {$ref: '#/components/schemas/A'}, leaf: {type: leaf}}}})
    const doc = (leaf: string) => oas({'/a': {get: {responses: {'200': {description: 'OK', content: {'application/json': {schema: {$ref: '#/components/schemas/A'}}}}}}}}, {components: {schemas: schemas(leaf)}})
    const report = await diffDocs(doc('string'), doc('integer'))
    expect(report.changes.map((c) => [c.id, c.message])).toEqual([['response-body-type-changed', 'response 200 body property `b.leaf`: type changed from string to integer']])
  })

  it('takes a component name from the $ref target, so a name that is not valid percent-encoding does not crash', async () => {
    const doc = (t: string) => oas({'/a': {get: {responses: {'200': {description: 'OK', content: {'application/json': {schema: {$ref: '#/components/schemas/100%'}}}}}}}}, {components: {schemas: {'100%': {type: 'object', properties: {a: {type: t}}}}}})
    expect(await changeIds(doc('string'), doc('integer'))).toEqual(['response-body-type-changed'])
  })

  it('locates changes at file, line and pointer on both sides', async () => {
    const yaml = (extra: string) => `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  n: {type: integer}
${extra}`
    const report = await diffDocs(yaml(''), yaml('                  m: {type: string}\n'))
    expect(report.changes[0]).toMatchObject({id: 'response-body-property-added', operation: 'GET /pets', direction: 'response', base: {pointer: '/paths/~1pets/get/responses/200/content/application~1json/schema', line: 11}, revision: {pointer: '/paths/~1pets/get/responses/200/content/application~1json/schema/properties/m', line: 15}})
  })
})

const specs = path.join(SHARED, 'specs')
describe.skipIf(!existsSync(specs))('every shared spec diffed against a second load of itself reports nothing', () => {
  for (const name of existsSync(specs) ? readdirSync(specs).sort() : []) {
    it(name, async () => {
      const file = path.join(specs, name)
      const entry = name.includes('digitalocean') ? path.join(file, 'specification', 'DigitalOcean-public.v2.yaml') : name.includes('separate') ? path.join(file, 'spec', 'swagger.yaml') : file
      // Two loads, and the engine called directly: the identical-document fast path would hide a spurious change.
      const a = await loadSpec(entry, {cwd: SHARED, limits: {maxFileSize: 64 * 1024 * 1024}})
      const b = await loadSpec(entry, {cwd: SHARED, limits: {maxFileSize: 64 * 1024 * 1024}})
      expect(diffModels(buildModel(a), buildModel(b)).map((c) => `${c.id}: ${c.message}`)).toEqual([])
    }, 120_000)
  }
})
