import {execFile} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {ApixError} from '../../src/lib/errors.js'
import {swagger2ToOas30, type Swagger2Conversion} from '../../src/lib/spec/swagger2.js'
import {bundle} from '../../src/lib/spec/bundle.js'
import {loadSpec} from '../../src/lib/spec/loader.js'
import type {JsonObject} from '../../src/lib/spec/model.js'
import {fragmentToPointer, getByPointer} from '../../src/lib/spec/pointer.js'
import {REPO, SHARED} from '../helpers/cli.js'

// Golden files: test/fixtures/swagger2/rich.oas30.json (the document) and rich.notes.json.
// Regenerate after a deliberate change with UPDATE_GOLDEN=1 npx vitest run test/sdk/swagger2.test.ts
const FIXTURES = path.join(REPO, 'test/fixtures/swagger2')
const SPECS = path.join(SHARED, 'specs')
const HAS_SHARED = existsSync(SPECS)
const UPDATE = Boolean(process.env['UPDATE_GOLDEN'])
const WORK = path.join(REPO, '.apix-tmp/sdk-out/swagger2')
const REDOCLY = path.join(REPO, 'node_modules/.bin/redocly')

mkdirSync(WORK, {recursive: true})
afterAll(() => rmSync(WORK, {recursive: true, force: true}))

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'

function golden(file: string, text: string): void {
  if (UPDATE) writeFileSync(file, text)
  expect(existsSync(file), `${path.relative(REPO, file)} is missing: run UPDATE_GOLDEN=1 npx vitest run test/sdk/swagger2.test.ts`).toBe(true)
  expect(text).toBe(readFileSync(file, 'utf8'))
}

/** Loads a spec (file or folder) and bundles it into one document, as `apix sdk gen` does before converting. */
async function readBundled(file: string, cwd = path.dirname(file)): Promise<JsonObject> {
  const spec = await loadSpec(path.relative(cwd, file), {cwd})
  expect(spec.version).toBe('2.0')
  expect(spec.unresolved).toEqual([])
  return bundle(spec).document
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** `METHOD path` of every operation (API Gateway's any-method counts as one), path item `$ref`s followed. */
function operations(doc: JsonObject): string[] {
  const out: string[] = []
  for (const [p, written] of Object.entries((doc['paths'] ?? {}) as JsonObject)) {
    const ref = (written as JsonObject | null)?.['$ref']
    const item = typeof ref === 'string' ? getByPointer(doc, fragmentToPointer(ref)) : written
    if (p.startsWith('x-') || item === null || typeof item !== 'object') continue
    for (const m of Object.keys(item)) {
      if (['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'x-amazon-apigateway-any-method'].includes(m)) out.push(`${m} ${p}`)
    }
  }
  return out.sort()
}

/** Swagger 2.0 constructs left anywhere outside extensions and literal values. */
function leftovers20(doc: unknown): string[] {
  const found: string[] = []
  const walk = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${pointer}/${i}`))
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as JsonObject)) {
        const p = `${pointer}/${key}`
        if (key.startsWith('x-') || ['example', 'default', 'enum'].includes(key)) {
          if (key === 'x-nullable' && typeof value === 'boolean') found.push(p)
          continue
        }
        if (['collectionFormat', 'consumes', 'produces', 'definitions', 'securityDefinitions', 'swagger', 'host', 'basePath', 'schemes', 'flow'].includes(key)) {
          found.push(p)
        }
        if (key === 'in' && (value === 'body' || value === 'formData')) found.push(p)
        if (key === 'type' && (value === 'file' || value === 'basic' || Array.isArray(value))) found.push(`${p} = ${JSON.stringify(value)}`)
        if (key === 'discriminator' && typeof value === 'string') found.push(p)
        if (key === '$ref' && typeof value === 'string' && /^#\/(definitions|parameters|responses|securityDefinitions)\//.test(value)) found.push(`${p} = ${value}`)
        walk(value, p)
      }
    }
  }
  walk(doc, '')
  return found
}

/**
 * openapi-typescript 7.13 reads every key of a Responses object as a status code and throws on an extension there
 * (`x-foo: kept`), which 3.0 allows and the converter keeps; `apix sdk gen` has to drop them before generating types.
 */
function withoutResponsesExtensions(doc: JsonObject): JsonObject {
  const walk = (node: unknown, key: string): unknown => {
    if (Array.isArray(node)) return node.map((x) => walk(x, ''))
    if (node === null || typeof node !== 'object') return node
    const entries = Object.entries(node as JsonObject).filter(([k]) => !(key === 'responses' && k.startsWith('x-')))
    return Object.fromEntries(entries.map(([k, v]) => [k, walk(v, k)]))
  }
  return walk(doc, '') as JsonObject
}

/**
 * The checks every conversion passes: the input is untouched, notes point into it, the output loads as OpenAPI 3.0
 * with no unresolved reference, keeps every operation, passes Redocly's structural validation of 3.0, and
 * openapi-typescript turns it into types.
 */
async function checkConversion(name: string, input: JsonObject): Promise<Swagger2Conversion> {
  const before = JSON.stringify(input)
  const result = swagger2ToOas30(deepFreeze(input))
  expect(JSON.stringify(input), 'the input is not modified').toBe(before)
  for (const note of result.notes) {
    expect(getByPointer(input, note.pointer), `note pointer ${note.pointer} is not in the input`).not.toBeUndefined()
  }
  const doc = result.document
  expect(doc['openapi']).toBe('3.0.3')
  expect(leftovers20(doc)).toEqual([])
  expect(operations(doc)).toEqual(operations(input))

  const text = JSON.stringify(doc)
  const reloaded = await loadSpec('<stdin>', {text, cwd: WORK})
  expect(reloaded.version).toBe('3.0')
  expect(reloaded.unresolved.map((u) => `${u.at.pointer}: ${u.ref}`)).toEqual([])

  const file = path.join(WORK, `${name}.oas30.json`)
  writeFileSync(file, text)
  writeFileSync(path.join(WORK, 'redocly.yaml'), 'rules:\n  struct: error\n  no-unresolved-refs: error\n')
  const lint = await promisify(execFile)(process.execPath, [REDOCLY, 'lint', file, '--config', path.join(WORK, 'redocly.yaml'), '--format', 'json'], {
    cwd: WORK,
    timeout: 60_000,
    env: {...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1'},
  }).catch((error: {stdout?: string}) => ({stdout: error.stdout ?? ''}))
  const report = JSON.parse(lint.stdout) as {problems: Array<{ruleId: string; message: string; location: Array<{pointer: string}>}>}
  expect(report.problems.map((p) => `${p.location[0]?.pointer}: ${p.ruleId}: ${p.message}`)).toEqual([])

  const {default: openapiTS, astToString} = await import('openapi-typescript')
  const types = astToString(await openapiTS(withoutResponsesExtensions(doc) as unknown as Parameters<typeof openapiTS>[0], {silent: true}))
  for (const op of operations(doc)) {
    const p = op.slice(op.indexOf(' ') + 1)
    expect(types, `types for ${p}`).toContain(JSON.stringify(p))
  }
  return result
}

describe('swagger2ToOas30: the rich fixture', () => {
  let result: Swagger2Conversion
  let input: JsonObject

  it('converts every rule, matches the golden files and is a valid 3.0 document', async () => {
    input = await readBundled(path.join(FIXTURES, 'rich.swagger2.yaml'))
    result = await checkConversion('rich', input)
    golden(path.join(FIXTURES, 'rich.oas30.json'), json(result.document))
    golden(path.join(FIXTURES, 'rich.notes.json'), json(result.notes))
  }, 60_000)

  const at = (pointer: string) => getByPointer(result.document, pointer)
  const notesAt = (pointer: string) => result.notes.filter((n) => n.pointer === pointer).map((n) => n.message)

  it('host, basePath and schemes become servers; an operation’s schemes its own servers', () => {
    expect(at('/servers')).toEqual([{url: 'https://api.example.com/v1'}, {url: 'http://api.example.com/v1'}])
    expect(at('/paths/~1pets~1{petId}/get/servers')).toEqual([{url: 'https://api.example.com/v1'}])
  })

  it('definitions, parameters, responses and securityDefinitions become components, refs followed everywhere', () => {
    expect(Object.keys(at('/components') as JsonObject)).toEqual(['schemas', 'parameters', 'requestBodies', 'responses', 'securitySchemes'])
    expect(at('/components/schemas/Cat/allOf/0')).toEqual({$ref: '#/components/schemas/Pet'})
    expect(at('/x-schema-index')).toEqual({
      pet: {$ref: '#/components/schemas/Pet'},
      page: {$ref: '#/components/schemas/Page_Pet__2'},
      notFound: {$ref: '#/components/responses/NotFound'},
      petBody: {$ref: '#/components/requestBodies/PetBody'},
      limit: {$ref: '#/components/parameters/limit'},
      authorizer: {$ref: '#/components/securitySchemes/my_auth'},
      uploadFile: {$ref: '#/paths/~1upload/post/requestBody/content/multipart~1form-data/schema/properties/file'},
      listSchema: {$ref: '#/paths/~1pets/get/responses/200/content/application~1json/schema'},
    })
    expect(at('/info/x-info-ref')).toEqual({$ref: '#/components/schemas/Pet/properties/name'})
    expect(at('/components/schemas/Pet/x-amazon-apigateway-model-note')).toEqual({$ref: '#/components/schemas/Owner'})
    expect(notesAt('/definitions/Page«Pet»')[0]).toContain('renamed to `Page_Pet__2`')
    expect(at('/security')).toEqual([{my_auth: []}, {oauth_code: ['read']}])
    expect(notesAt('/parameters/unusedForm')).toHaveLength(1)
  })

  it('a body parameter becomes a request body with the consumed media types', () => {
    expect(at('/paths/~1pets/post/requestBody')).toEqual({$ref: '#/components/requestBodies/PetBody'})
    // Other media types than the component was written for: taken inline.
    expect(Object.keys(at('/paths/~1pets~1{petId}/patch/requestBody/content') as JsonObject)).toEqual(['application/merge-patch+json'])
    // The path-level body, inherited.
    expect(Object.keys(at('/paths/~1pets/put/requestBody/content') as JsonObject)).toEqual(['application/json', 'application/xml'])
    expect(at('/paths/~1pets~1{petId}/delete/requestBody')).toMatchObject({description: 'why', required: true, 'x-body-note': 'kept'})
    expect(notesAt('/paths/~1pets~1{petId}/delete/parameters/0')[0]).toContain('DELETE request body')
  })

  it('formData parameters become an object schema, multipart with a file, urlencoded otherwise', () => {
    expect(Object.keys(at('/paths/~1upload/post/requestBody/content') as JsonObject)).toEqual(['multipart/form-data'])
    expect(at('/paths/~1upload/post/requestBody/content/multipart~1form-data/schema/properties/file')).toEqual({
      description: 'the file',
      type: 'string',
      format: 'binary',
    })
    expect(at('/paths/~1upload/post/requestBody/required')).toBe(true)
    expect(at('/paths/~1upload/post/requestBody/content/multipart~1form-data/schema/properties/note')).toEqual({type: 'string', maxLength: 140})
    expect(Object.keys(at('/paths/~1implicit-form/post/requestBody/content') as JsonObject)).toEqual(['application/x-www-form-urlencoded'])
    expect(at('/paths/~1form/post/requestBody/content/application~1x-www-form-urlencoded/encoding')).toEqual({
      csv: {style: 'form', explode: false},
      ssv: {style: 'spaceDelimited', explode: false},
      pipes: {style: 'pipeDelimited', explode: false},
      tsv: {style: 'form', explode: false},
    })
    expect(notesAt('/paths/~1form/post/parameters/4/collectionFormat').join()).toContain('tsv')
  })

  it('non-body parameter fields become schema; collectionFormat becomes style and explode', () => {
    const params = at('/paths/~1pets/get/parameters') as JsonObject[]
    const byName = Object.fromEntries(params.filter((p) => 'name' in p).map((p) => [p['name'], p]))
    expect(byName['ids']).toMatchObject({style: 'form', explode: false})
    expect(byName['spaced']).toMatchObject({style: 'spaceDelimited', explode: false})
    expect(byName['piped']).toMatchObject({style: 'pipeDelimited', explode: false})
    expect(byName['repeated']).toMatchObject({style: 'form', explode: true, 'x-example': ['a']})
    expect(byName['maybe']).toEqual({
      name: 'maybe',
      in: 'query',
      allowEmptyValue: true,
      schema: {type: 'string', nullable: true, default: 'none', pattern: '^[a-z]+$'},
    })
    expect(at('/components/parameters/limit')).toEqual({
      name: 'limit',
      in: 'query',
      schema: {type: 'integer', format: 'int32', minimum: 1, maximum: 100, default: 20},
    })
    expect(notesAt('/paths/~1pets/get/parameters/3/collectionFormat')[0]).toContain('tsv')
    expect(notesAt('/paths/~1pets/get/parameters/9')[0]).toContain('Accept')
  })

  it('responses: schema under each produced media type, headers with schema, examples kept where produced', () => {
    expect(at('/paths/~1pets/get/responses/200/content/application~1json/example')).toEqual({items: [], next: null})
    expect(at('/paths/~1pets/get/responses/200/headers/X-Rate-Limit')).toEqual({description: 'calls left', schema: {type: 'integer', format: 'int32'}})
    expect(at('/paths/~1pets/get/responses/404')).toEqual({$ref: '#/components/responses/NotFound'})
    // produces application/xml: the component (written for application/json) is taken inline.
    expect(Object.keys(at('/paths/~1pets/put/responses/404/content') as JsonObject)).toEqual(['application/xml'])
    expect(at('/paths/~1upload/post/responses/200/content/application~1json/schema')).toEqual({type: 'string', format: 'binary'})
  })

  it('x-nullable becomes nullable, a nullable $ref is wrapped', () => {
    expect(at('/components/schemas/Pet/properties/tag')).toEqual({type: 'string', nullable: true})
    expect(at('/components/schemas/Pet/properties/owner')).toEqual({nullable: true, allOf: [{$ref: '#/components/schemas/Owner'}]})
    expect(at('/components/schemas/Pet/properties/nick')).toEqual({type: 'string', nullable: true})
    expect(at('/components/schemas/Pet/properties/flag')).toEqual({type: 'boolean'})
    expect(at('/components/schemas/Pet/discriminator')).toEqual({propertyName: 'kind'})
  })

  it('security definitions: basic, apiKey and the four OAuth2 flows', () => {
    const schemes = at('/components/securitySchemes') as JsonObject
    expect(schemes['my_auth']).toEqual({type: 'http', scheme: 'basic', description: 'basic auth'})
    expect(schemes['api_key']).toMatchObject({type: 'apiKey', name: 'X-API-Key', in: 'header', 'x-amazon-apigateway-authtype': 'custom'})
    expect(schemes['oauth_implicit']).toEqual({type: 'oauth2', flows: {implicit: {authorizationUrl: 'https://auth.example.com/authorize', scopes: {read: 'read things'}}}})
    expect(schemes['oauth_password']).toEqual({type: 'oauth2', flows: {password: {tokenUrl: 'https://auth.example.com/token', scopes: {read: 'read things'}}}})
    expect(schemes['oauth_app']).toEqual({type: 'oauth2', flows: {clientCredentials: {tokenUrl: 'https://auth.example.com/token', scopes: {}}}})
    expect(Object.keys((schemes['oauth_code'] as JsonObject)['flows'] as JsonObject)).toEqual(['authorizationCode'])
  })

  it('keeps extensions, API Gateway’s included, and converts its any-method as an operation', () => {
    expect(at('/x-amazon-apigateway-request-validator')).toBe('all')
    expect(at('/paths/x-paths-note')).toBe('kept')
    expect(at('/paths/~1pets/get/x-amazon-apigateway-integration/type')).toBe('http_proxy')
    expect(at('/paths/~1proxy~1{proxy+}/x-amazon-apigateway-any-method/requestBody/content/application~1json/schema')).toEqual({$ref: '#/components/schemas/Pet'})
    expect(at('/paths/~1pets/get/responses/x-response-note')).toBe('kept')
  })
})

describe('swagger2ToOas30: servers', () => {
  const minimal = (extra: JsonObject): JsonObject => ({swagger: '2.0', info: {title: 't', version: '1'}, paths: {}, ...extra})

  it.each([
    [{host: 'h.example', basePath: '/v2'}, [{url: '//h.example/v2'}], 0],
    [{host: 'h.example'}, [{url: '//h.example'}], 0],
    [{basePath: '/v2'}, [{url: '/v2'}], 0],
    [{}, undefined, 0],
    [{basePath: '/v2', schemes: ['https']}, [{url: '/v2'}], 1],
    [{host: 'h.example:8443', schemes: ['wss']}, [{url: 'wss://h.example:8443'}], 0],
  ])('%j', (extra, servers, notes) => {
    const result = swagger2ToOas30(minimal(extra))
    expect(result.document['servers']).toEqual(servers)
    expect(result.notes).toHaveLength(notes)
  })
})

describe('swagger2ToOas30: edges', () => {
  const minimal = (extra: JsonObject): JsonObject => ({swagger: '2.0', info: {title: 't', version: '1'}, paths: {}, ...extra})

  it('keeps an external reference as it is, with a note (the document should have been bundled)', () => {
    const result = swagger2ToOas30(minimal({definitions: {A: {$ref: 'other.yaml#/A'}}}))
    expect(getByPointer(result.document, '/components/schemas/A')).toEqual({$ref: 'other.yaml#/A'})
    expect(result.notes.map((n) => n.pointer)).toEqual(['/definitions/A/$ref'])
  })

  it('notes a renamed discriminator subtype', () => {
    const result = swagger2ToOas30(
      minimal({definitions: {Base: {type: 'object', discriminator: 't'}, 'Sub Type': {allOf: [{$ref: '#/definitions/Base'}]}}}),
    )
    expect(result.notes).toEqual([
      {pointer: '/definitions/Sub Type', message: '`Sub Type` is not a valid OpenAPI 3.0 component name; renamed to `Sub_Type` (a discriminator value naming it no longer matches the new name)'},
    ])
  })

  it('refuses a document nested past the limit instead of exhausting the stack', () => {
    let schema: JsonObject = {type: 'string'}
    for (let i = 0; i < 5000; i++) schema = {type: 'array', items: schema}
    expect(() => swagger2ToOas30(minimal({definitions: {Deep: schema}}))).toThrow(/nests deeper/)
  })
})

describe('swagger2ToOas30: refuses what it does not convert', () => {
  it('an OpenAPI 3 document', () => {
    expect(() => swagger2ToOas30({openapi: '3.0.3', info: {}, paths: {}})).toThrow(ApixError)
  })
  it('a non-object', () => {
    expect(() => swagger2ToOas30([] as unknown as JsonObject)).toThrow(/not an OpenAPI document/)
  })
})

describe.skipIf(!HAS_SHARED)('swagger2ToOas30: real Swagger 2.0 specs', () => {
  it.each(['01-oai-petstore-minimal.swagger2.yaml', '02-oai-uber.swagger2.json', '03-oai-petstore-separate.swagger2/spec/swagger.yaml'])(
    '%s',
    async (name) => {
      const input = await readBundled(path.join(SPECS, name), SPECS)
      const result = await checkConversion(name.slice(0, 2), input)
      expect(result.notes).toEqual([])
      expect(operations(result.document).length).toBeGreaterThan(0)
    },
    60_000,
  )
})
