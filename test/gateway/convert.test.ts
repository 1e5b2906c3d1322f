import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ApixError} from '../../src/lib/errors.js'
import {toOas30, toSwagger2, type Conversion, type Loss} from '../../src/lib/gateway/convert.js'
import {loadSpec} from '../../src/lib/spec/loader.js'
import type {JsonObject} from '../../src/lib/spec/model.js'
import {getByPointer} from '../../src/lib/spec/pointer.js'
import {REPO, SHARED} from '../helpers/cli.js'

// Golden files: test/fixtures/convert/<direction>/<case>.out.json (the document) and <case>.losses.json.
// Regenerate after a deliberate change with UPDATE_GOLDEN=1 npx vitest run test/gateway/convert.test.ts
const FIXTURES = path.join(REPO, 'test/fixtures/convert')
const SPECS = path.join(SHARED, 'specs')
const UPDATE = Boolean(process.env['UPDATE_GOLDEN'])
const HAS_SHARED = existsSync(SPECS)

const work = mkdtempSync(path.join(tmpdir(), 'apix-convert-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

interface Case {
  name: string
  /** The input file (in the fixtures or in ../shared/specs). */
  file: string
  shared: boolean
}

const fixture = (dir: string, file: string): Case => ({name: file.replace(/\.(oas3[01])\.yaml$/, ''), file: path.join(FIXTURES, dir, file), shared: false})
const shared = (file: string): Case => ({name: file.replace(/\.(json|yaml)$/, ''), file: path.join(SPECS, file), shared: true})

const TO_OAS30: Case[] = [
  fixture('to-oas30', 'rich.oas31.yaml'),
  shared('06-oai-webhook-example.oas31.json'),
  shared('08-redocly-museum.oas31.yaml'),
  shared('11-adyen-management-webhooks-v3.oas31.json'),
]
const TO_SWAGGER2: Case[] = [
  fixture('to-swagger2', 'rich.oas30.yaml'),
  {name: 'rich-from-oas31', file: path.join(FIXTURES, 'to-oas30/rich.oas31.yaml'), shared: false},
  shared('07-swagger-petstore.oas30.yaml'),
  shared('15-aws-apigw-rest-dynamodb-validators-cfn.oas30.yaml'),
  shared('18-aws-apigw-rest-cache-dynamodb.oas30.yaml'),
]

async function readDocument(file: string): Promise<JsonObject> {
  const spec = await loadSpec(path.basename(file), {cwd: path.dirname(file)})
  return spec.root.value as JsonObject
}

function golden(file: string, text: string): void {
  if (UPDATE) {
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, text)
  }
  expect(existsSync(file), `${path.relative(REPO, file)} is missing: run UPDATE_GOLDEN=1 npx vitest run test/gateway/convert.test.ts`).toBe(true)
  expect(text).toBe(readFileSync(file, 'utf8'))
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'

/** Loads text the way `apix` loads a spec: the version it detects and the references it cannot resolve. */
async function reload(document: JsonObject): Promise<{version: string; unresolved: string[]}> {
  const spec = await loadSpec('<stdin>', {text: JSON.stringify(document), cwd: work})
  return {version: spec.version, unresolved: spec.unresolved.map((u) => `${u.at.pointer}: ${u.ref}`)}
}

/** Maps whose keys are names, not keywords. */
const NAME_MAPS = new Set([
  'properties',
  'paths',
  'schemas',
  'definitions',
  'responses',
  'parameters',
  'requestBodies',
  'headers',
  'securitySchemes',
  'securityDefinitions',
  'links',
  'callbacks',
  'content',
  'encoding',
  'variables',
  'mapping',
  'scopes',
])
/** Literal values: never walked. */
const LITERALS = new Set(['example', 'default', 'enum', 'value', 'x-example'])

/** Every keyword of `doc` (pointer + key + value) outside literal values and extensions. */
function keywords(doc: unknown): Array<{pointer: string; key: string; value: unknown; parent: JsonObject}> {
  const out: Array<{pointer: string; key: string; value: unknown; parent: JsonObject}> = []
  const walk = (node: unknown, pointer: string, names: boolean) => {
    if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${pointer}/${i}`, false))
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as JsonObject)) {
        const p = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`
        if (!names) {
          if (key.startsWith('x-') || LITERALS.has(key)) continue
          out.push({pointer: p, key, value, parent: node as JsonObject})
        }
        // A media type's `examples` map holds Example Objects; a schema's `examples` (3.1) is a list of literals.
        if (key === 'examples' && !names) {
          if (!Array.isArray(value) && value !== null && typeof value === 'object') for (const [n, x] of Object.entries(value)) walk(x, `${p}/${n}`, false)
          continue
        }
        walk(value, p, !names && NAME_MAPS.has(key))
      }
    }
  }
  walk(doc, '', false)
  return out
}

const ONLY_31 = new Set([
  '$defs',
  '$id',
  '$anchor',
  '$schema',
  '$dynamicRef',
  '$dynamicAnchor',
  '$recursiveRef',
  '$recursiveAnchor',
  '$vocabulary',
  '$comment',
  'const',
  'prefixItems',
  'if',
  'then',
  'else',
  'dependentSchemas',
  'dependentRequired',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
  'patternProperties',
  'propertyNames',
  'contains',
  'minContains',
  'maxContains',
  'webhooks',
  'jsonSchemaDialect',
  'pathItems',
])

/** What OpenAPI 3.1 has and 3.0 does not, wherever it is left. */
function leftovers31(doc: unknown): string[] {
  const found: string[] = []
  for (const {pointer, key, value, parent} of keywords(doc)) {
    if (ONLY_31.has(key)) found.push(pointer)
    else if (key === 'type' && (Array.isArray(value) || value === 'null')) found.push(`${pointer} = ${JSON.stringify(value)}`)
    else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'number') found.push(pointer)
    else if (key === 'examples' && Array.isArray(value)) found.push(pointer)
    else if (key === 'identifier' && pointer.endsWith('/license/identifier')) found.push(pointer)
    else if (key === 'summary' && pointer === '/info/summary') found.push(pointer)
    else if (key === '$ref' && Object.keys(parent).some((k) => k !== '$ref' && !k.startsWith('x-'))) found.push(`${pointer} has siblings`)
    else if ((key === 'items' || key === 'not') && typeof value === 'boolean') found.push(`${pointer} = ${String(value)}`)
    else if (key === 'properties' && value !== null && typeof value === 'object') {
      for (const [name, x] of Object.entries(value)) if (typeof x === 'boolean') found.push(`${pointer}/${name} = ${String(x)}`)
    }
  }
  return found
}

const ONLY_30 = new Set([
  ...['openapi', 'components', 'servers', 'requestBody', 'content', 'nullable', 'oneOf', 'anyOf', 'not', 'callbacks', 'links'],
  ...['writeOnly', 'style', 'explode', 'allowReserved', 'flows', 'openIdConnectUrl', 'bearerFormat'],
])

/** What OpenAPI 3.0 has and Swagger 2.0 does not, wherever it is left. */
function leftovers30(doc: unknown): string[] {
  const found: string[] = []
  for (const {pointer, key, value} of keywords(doc)) {
    if (ONLY_30.has(key)) found.push(pointer)
    else if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) found.push(`${pointer} = ${value}`)
    else if (key === 'in' && value === 'cookie') found.push(pointer)
    else if (key === 'type' && value === 'http') found.push(pointer)
  }
  return found
}

function checkLossPointers(input: JsonObject, losses: Loss[]): void {
  for (const loss of losses) {
    expect(getByPointer(input, loss.pointer), `loss pointer ${loss.pointer} is not in the input`).not.toBeUndefined()
    expect(loss.message.length).toBeGreaterThan(10)
    expect(loss.keyword).not.toBe('')
  }
}

async function runCase(c: Case, convert: (doc: unknown) => Conversion, dir: string): Promise<{input: JsonObject; result: Conversion}> {
  const input = await readDocument(c.file)
  const before = JSON.stringify(input)
  const result = convert(input)
  expect(JSON.stringify(input), 'the input is not modified').toBe(before)
  golden(path.join(FIXTURES, dir, `${c.name}.out.json`), json(result.document))
  golden(path.join(FIXTURES, dir, `${c.name}.losses.json`), json(result.losses))
  checkLossPointers(input, result.losses)
  return {input, result}
}

describe('toOas30', () => {
  for (const c of TO_OAS30) {
    it.skipIf(c.shared && !HAS_SHARED)(`${c.name}: matches the golden output and losses, leaves no 3.1-only construct, loads as 3.0`, async () => {
      const {result} = await runCase(c, toOas30, 'to-oas30')
      expect(leftovers31(result.document)).toEqual([])
      expect(await reload(result.document)).toEqual({version: '3.0', unresolved: []})
    })
  }

  it('the rich fixture reports every lossy rule and nothing for the exact ones', async () => {
    const {result} = await runCase(TO_OAS30[0]!, toOas30, 'to-oas30')
    const keywordsLost = new Set(result.losses.map((l) => l.keyword))
    const lossy = [
      ...['jsonSchemaDialect', 'summary', 'description', 'requestBody', 'webhooks', '$id', 'examples', 'anyOf', 'type', 'prefixItems'],
      ...['patternProperties', 'propertyNames', 'dependentRequired', 'dependentSchemas', 'if', 'then', 'else', 'unevaluatedProperties'],
      ...['contains', 'minContains', '$comment', 'contentMediaType', 'contentSchema', 'pathItems', 'security', '$ref'],
    ]
    for (const k of lossy) expect(keywordsLost, k).toContain(k)
    // Exact conversions: const, numeric exclusive bounds, a single example, [T, null], closed unevaluatedProperties,
    // boolean schemas, $defs, $anchor, empty required, base64 and octet-stream strings, 2020-12 $schema.
    const exact = ['kind', 'id', 'score', 'weight', 'single', 'age', 'closed', 'flag', 'never', 'nested', 'anchored', 'empty', 'pick']
    for (const p of exact) {
      const at = `/components/schemas/Pet/properties/${p}`
      expect(result.losses.filter((l) => l.pointer === at || l.pointer.startsWith(at + '/')), p).toEqual([])
    }
    for (const p of ['file', 'data']) expect(result.losses.filter((l) => l.pointer.includes(`/properties/${p}/`)), p).toEqual([])
    expect(result.losses.filter((l) => /\$schema|\$defs|\$anchor|const|exclusiveM/.test(l.pointer))).toEqual([])
  })

  it('the leftover walks see the constructs in the inputs (they are not vacuous)', async () => {
    const input31 = await readDocument(TO_OAS30[0]!.file)
    const found31 = leftovers31(input31)
    const expected31 = ['/webhooks', '/jsonSchemaDialect', '/info/summary', '/components/pathItems', '/components/schemas/Pet/$defs']
    for (const p of [...expected31, '/components/schemas/Pet/properties/kind/const']) expect(found31).toContain(p)
    expect(found31).toContain('/components/schemas/Pet/properties/name/type = ["string","null"]')
    expect(found31).toContain('/components/schemas/Pet/properties/flag = true')
    const input30 = await readDocument(TO_SWAGGER2[0]!.file)
    const found30 = leftovers30(input30)
    const expected30 = ['/openapi', '/servers', '/components', '/paths/~1pets/post/requestBody', '/components/schemas/Pet/properties/name/nullable']
    for (const p of expected30) expect(found30).toContain(p)
  })

  it('passes an OpenAPI 3.0 document through unchanged', () => {
    const doc = {openapi: '3.0.1', info: {title: 't', version: '1'}, paths: {'/a': {get: {responses: {'200': {description: 'ok'}}}}}}
    const {document, losses} = toOas30(doc)
    expect(document).toEqual(doc)
    expect(document).not.toBe(doc)
    expect(losses).toEqual([])
  })

  it('refuses Swagger 2.0 and unknown versions', () => {
    expect(() => toOas30({swagger: '2.0', info: {}, paths: {}})).toThrow(ApixError)
    expect(() => toOas30({openapi: '4.0.0'})).toThrow(/unsupported document version/)
    expect(() => toOas30([])).toThrow(/not an OpenAPI document/)
  })

  const schema = (s: unknown) => {
    const {document, losses} = toOas30({openapi: '3.1.0', info: {title: 't', version: '1'}, components: {schemas: {S: s}}})
    return {out: (document['components'] as {schemas: JsonObject}).schemas['S'], lost: losses.map((l) => `${l.pointer} ${l.keyword}`)}
  }

  it.each([
    ['type list with null', {type: ['integer', 'null']}, {type: 'integer', nullable: true}, []],
    ['const', {const: 3}, {enum: [3]}, []],
    ['const null', {type: ['string', 'null'], const: null}, {type: 'string', nullable: true, enum: [null]}, []],
    ['numeric exclusive bounds', {exclusiveMinimum: 0, exclusiveMaximum: 9}, {minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: true}, []],
    ['stricter inclusive bound', {minimum: 3, exclusiveMinimum: 1}, {minimum: 3}, []],
    ['3.0-style boolean bound kept', {minimum: 1, exclusiveMinimum: true}, {minimum: 1, exclusiveMinimum: true}, []],
    ['examples', {examples: ['a', 'b']}, {example: 'a'}, ['/components/schemas/S/examples examples']],
    ['$ref siblings', {$ref: '#/components/schemas/S', description: 'd'}, {description: 'd', allOf: [{$ref: '#/components/schemas/S'}]}, []],
    ['boolean schemas', {properties: {a: true, b: false}}, {properties: {a: {}, b: {not: {}}}}, []],
    ['base64 string', {type: 'string', contentEncoding: 'base64'}, {type: 'string', format: 'byte'}, []],
    ['octet-stream string', {type: 'string', contentMediaType: 'application/octet-stream'}, {type: 'string', format: 'binary'}, []],
    ['array needs items', {type: 'array'}, {type: 'array', items: {}}, []],
    ['anyOf [T, null] merges', {anyOf: [{type: 'string', maxLength: 3}, {type: 'null'}]}, {type: 'string', maxLength: 3, nullable: true}, []],
    ['type null alone', {type: 'null'}, {nullable: true, enum: [null]}, ['/components/schemas/S/type type']],
    [
      'several types',
      {type: ['string', 'boolean'], maxLength: 2},
      {anyOf: [{type: 'string', maxLength: 2}, {type: 'boolean'}]},
      ['/components/schemas/S/type type'],
    ],
    ['closed unevaluatedProperties', {properties: {a: {}}, unevaluatedProperties: false}, {properties: {a: {}}, additionalProperties: false}, []],
  ])('%s', (_name, input, expected, lost) => {
    expect(schema(input)).toEqual({out: expected, lost})
  })

  it('hoists $defs into components.schemas and rewrites the references to them', () => {
    const {document, losses} = toOas30({
      openapi: '3.1.0',
      info: {title: 't', version: '1'},
      components: {
        schemas: {
          Tree: {
            type: 'object',
            properties: {kids: {type: 'array', items: {$ref: '#/components/schemas/Tree/$defs/node'}}},
            $defs: {node: {$ref: '#/components/schemas/Tree'}},
          },
        },
      },
    })
    expect(losses).toEqual([])
    expect(document['components']).toEqual({
      schemas: {
        Tree: {type: 'object', properties: {kids: {type: 'array', items: {$ref: '#/components/schemas/TreeNode'}}}},
        TreeNode: {$ref: '#/components/schemas/Tree'},
      },
    })
  })
})

describe('toSwagger2', () => {
  for (const c of TO_SWAGGER2) {
    it.skipIf(c.shared && !HAS_SHARED)(`${c.name}: matches the golden output and losses, leaves no 3.0-only construct, loads as 2.0`, async () => {
      const {result} = await runCase(c, toSwagger2, 'to-swagger2')
      expect(leftovers30(result.document)).toEqual([])
      expect(await reload(result.document)).toEqual({version: '2.0', unresolved: []})
    })
  }

  it.skipIf(!HAS_SHARED)('keeps every x-amazon-apigateway-* extension of the AWS samples', async () => {
    for (const file of ['15-aws-apigw-rest-dynamodb-validators-cfn.oas30.yaml', '18-aws-apigw-rest-cache-dynamodb.oas30.yaml']) {
      const input = await readDocument(path.join(SPECS, file))
      const {document} = toSwagger2(input)
      const names = (doc: unknown) =>
        keywordsWithExtensions(doc)
          .filter((k) => k.startsWith('x-amazon-apigateway-'))
          .sort()
      expect(names(document), file).toEqual(names(input))
    }
  })

  it('writes servers as host, basePath and schemes, and oauth2 flows under their 2.0 names', () => {
    const {document, losses} = toSwagger2({
      openapi: '3.0.3',
      info: {title: 't', version: '1'},
      servers: [{url: 'https://{id}.execute-api.us-east-1.amazonaws.com/{basePath}', variables: {id: {default: 'abc'}, basePath: {default: '/prod'}}}],
      paths: {},
      components: {securitySchemes: {o: {type: 'oauth2', flows: {clientCredentials: {tokenUrl: 'https://t', scopes: {a: 'A'}}}}}},
    })
    expect(document).toEqual({
      swagger: '2.0',
      info: {title: 't', version: '1'},
      host: 'abc.execute-api.us-east-1.amazonaws.com',
      basePath: '/prod',
      schemes: ['https'],
      paths: {},
      securityDefinitions: {o: {type: 'oauth2', flow: 'application', tokenUrl: 'https://t', scopes: {a: 'A'}}},
    })
    expect(losses).toEqual([])
  })

  it('passes Swagger 2.0 through unchanged', () => {
    const doc = {swagger: '2.0', info: {title: 't', version: '1'}, paths: {}}
    expect(toSwagger2(doc)).toEqual({document: doc, losses: []})
  })
})

function keywordsWithExtensions(doc: unknown): string[] {
  const out: string[] = []
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node as JsonObject)) {
        out.push(k)
        walk(v)
      }
    }
  }
  walk(doc)
  return out
}
