import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {ApixError} from '../../src/lib/errors.js'
import {bundle, type Bundled} from '../../src/lib/spec/bundle.js'
import {loadSpec, type LoadedSpec} from '../../src/lib/spec/loader.js'
import {getByPointer, joinPointer} from '../../src/lib/spec/pointer.js'
import {buildIndex} from '../../src/lib/spec/walk.js'
import {SHARED} from '../helpers/cli.js'
import {writeTree} from '../helpers/rule.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/bundle')
const doDir = path.join(SHARED, 'specs/09-digitalocean.oas30.multifile/specification')

type Json = Record<string, any>

async function bundleTree(files: Record<string, string>): Promise<{spec: LoadedSpec; bundled: Bundled; doc: Json}> {
  const dir = writeTree(files)
  const spec = await loadSpec(Object.keys(files)[0]!, {cwd: dir})
  const bundled = bundle(spec)
  return {spec, bundled, doc: bundled.document as Json}
}

/** Every node of a tree with its pointer, objects before their children. */
function* nodes(value: unknown, pointer = ''): Generator<[string, unknown]> {
  yield [pointer, value]
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* nodes(v, joinPointer(pointer, k))
  }
}

/** The origin of every node (or every `step`th) holds the same value, except the `$ref`s bundling rewrote. */
function expectOriginsHold(bundled: Bundled, step = 1): number {
  let checked = 0
  let i = 0
  for (const [pointer, value] of nodes(bundled.document)) {
    if (i++ % step !== 0) continue
    const origin = bundled.origin(pointer)
    expect(origin, pointer).toBeDefined()
    const source = getByPointer(origin!.file.value, origin!.pointer)
    if (pointer.endsWith('/$ref') || /\/mapping\/[^/]+$/.test(pointer)) expect(typeof source, pointer).toBe('string')
    else if (value === null || typeof value !== 'object') expect(source, pointer).toBe(value)
    else expect(Array.isArray(source), pointer).toBe(Array.isArray(value))
    checked++
  }
  return checked
}

function expectNoSharedObjects(doc: unknown, spec: LoadedSpec): void {
  const inputs = new Set<unknown>()
  for (const file of spec.files.values()) for (const [, v] of nodes(file.value)) if (v !== null && typeof v === 'object') inputs.add(v)
  const seen = new Set<unknown>()
  for (const [pointer, v] of nodes(doc)) {
    if (v === null || typeof v !== 'object') continue
    expect(seen.has(v), `${pointer} appears twice`).toBe(false)
    expect(inputs.has(v), `${pointer} is an input object`).toBe(false)
    seen.add(v)
  }
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle)
  expect(at, needle).toBeGreaterThanOrEqual(0)
  return text.slice(0, at).split('\n').length
}

describe('bundle: the petstore in pieces', async () => {
  const spec = await loadSpec('openapi.yaml', {cwd: path.join(fixtures, 'petstore')})
  const before = new Map([...spec.files].map(([id, f]) => [id, JSON.stringify(f.value)]))
  const bundled = bundle(spec)
  const doc = bundled.document as Json

  it('gives the expected document', () => {
    const expected = readFileSync(path.join(fixtures, 'petstore.bundled.json'), 'utf8')
    expect(JSON.stringify(doc, null, 2) + '\n').toBe(expected)
  })

  it('inlines path items and operations referenced from paths', () => {
    expect(doc.paths['/pets'].get.operationId).toBe('listPets')
    expect(doc.paths['/pets/{id}'].get.operationId).toBe('getPet')
    expect(doc.paths['/pets/{id}'].parameters).toEqual([{$ref: '#/components/parameters/PetId'}])
  })

  it('gives one name per target and a numbered one on a collision', () => {
    const schemas = doc.components.schemas
    // The root's own Pet entry takes pet.yaml's content; other/Pet.yaml is another Pet.
    expect(schemas.Pet.properties.name).toEqual({type: 'string'})
    expect(schemas.Pet.properties.previous).toEqual({$ref: '#/components/schemas/Pet_2'})
    expect(schemas.Pet_2.description).toBe('a pet as the old API had it')
    // The root's Error is not common.yaml's Error.
    expect(schemas.Error.properties.code).toBeDefined()
    expect(schemas.Error_2.properties.message).toBeDefined()
    expect(schemas.Owner.properties.lastError).toEqual({$ref: '#/components/schemas/Error_2'})
    expect(doc.components.responses.Error.content['application/json'].schema).toEqual({$ref: '#/components/schemas/Error_2'})
    expect(Object.keys(schemas)).toEqual(['Pet', 'Error', 'Owner', 'Tag', 'Pet_2', 'NewPet', 'Error_2', 'x-example'])
  })

  it('keeps circular refs across files as refs between components', () => {
    expect(doc.components.schemas.Pet.properties.owner).toEqual({$ref: '#/components/schemas/Owner'})
    expect(doc.components.schemas.Owner.properties.pets.items).toEqual({$ref: '#/components/schemas/Pet'})
    expect(doc.components.schemas.Pet.properties.parent).toEqual({$ref: '#/components/schemas/Pet'})
    expect(() => JSON.stringify(doc)).not.toThrow()
  })

  it('writes refs from untyped places in place, and leaves a $ref in an example alone when it names nothing', () => {
    expect(doc.tags[0].description).toBe('Everything about pets.')
    expect(doc.paths['/pets/{id}'].get['x-codeSamples']).toEqual([{lang: 'curl', source: 'curl https://example.com/pets/1'}])
    expect(doc.components.schemas.NewPet.example).toEqual({$ref: 'not-a-reference-but-data'})
  })

  it('does not change the input and shares no objects', () => {
    for (const [id, f] of spec.files) expect(JSON.stringify(f.value), id).toBe(before.get(id))
    expectNoSharedObjects(doc, spec)
  })

  it('maps every node back to the file and pointer where it is written', () => {
    expect(expectOriginsHold(bundled)).toBeGreaterThan(100)
    const cases: Array<[string, string, string, string]> = [
      // bundled pointer, file, source pointer, text on the line
      ['/info/title', 'openapi.yaml', '/info/title', 'title: Petstore in pieces'],
      ['/paths/~1pets/post/operationId', 'paths/pets.yaml', '/post/operationId', 'operationId: createPet'],
      ['/paths/~1pets~1{id}/get/responses/404', 'operations/getPet.yaml', '/responses/404', '"404":'],
      ['/paths/~1pets~1{id}/get/x-codeSamples/0/source', 'samples/getPet.yaml', '/source', 'source: curl'],
      ['/components/schemas/Pet/properties/owner/$ref', 'schemas/Pet.yaml', '/properties/owner/$ref', '$ref: Owner.yaml'],
      ['/components/schemas/Error_2/properties/message', 'common.yaml', '/components/schemas/Error/properties/message', 'message:'],
      ['/components/parameters/PetId/in', 'parameters.yaml', '/PetId/in', 'in: path'],
      ['/components/schemas/Error/properties/code', 'openapi.yaml', '/components/schemas/Error/properties/code', 'code:'],
      ['/tags/0/description', 'docs.yaml', '/pets', 'pets: Everything'],
    ]
    for (const [pointer, file, sourcePointer, text] of cases) {
      const origin = bundled.origin(pointer)!
      expect(origin.file.displayPath, pointer).toBe(file)
      expect(origin.pointer, pointer).toBe(sourcePointer)
      expect(origin.file.locate(origin.pointer).line, pointer).toBe(lineOf(origin.file.text, text))
    }
    expect(bundled.origin('/components/schemas/Nope')).toBeUndefined()
    expect(bundled.origin('not a pointer')).toBeUndefined()
  })

  it('loads back as one file with the same operations', async () => {
    const back = await loadSpec('-', {cwd: writeTree({'x.txt': ''}), text: JSON.stringify(doc)})
    expect(back.files.size).toBe(1)
    expect(back.unresolved.map((u) => u.ref)).toEqual(['not-a-reference-but-data'])
    const ops = (s: LoadedSpec) => buildIndex(s).operations.map((o) => `${o.method} ${o.path} ${o.value['operationId'] as string}`)
    expect(ops(back)).toEqual(ops(spec))
  })
})

describe('bundle', () => {
  it('turns a single-file document into a deep copy of itself, origin the identity', async () => {
    const text = [
      'openapi: 3.0.3',
      'info: {title: t, version: "1"}',
      'paths:',
      '  /a:',
      '    get:',
      '      responses:',
      '        "200": &ok',
      '          description: ok',
      '          content: {application/json: {schema: {$ref: "#/components/schemas/A"}}}',
      '        "201": *ok',
      'components:',
      '  schemas:',
      '    A: {type: object, properties: {self: {$ref: "#/components/schemas/A"}}}',
      '',
    ].join('\n')
    const {spec, bundled, doc} = await bundleTree({'openapi.yaml': text})
    expect(doc).toEqual(spec.root.value)
    expectNoSharedObjects(doc, spec) // the YAML alias is two objects now
    for (const [pointer] of nodes(doc)) expect(bundled.origin(pointer)).toEqual({file: spec.root, pointer})
  })

  it('rewrites refs between sub-files and back into the root', async () => {
    const {doc, bundled} = await bundleTree({
      'openapi.yaml': [
        'openapi: 3.0.3',
        'info: {title: t, version: "1"}',
        'paths:',
        '  /a: {get: {responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "a.yaml#/A"}}}}}}}',
        'components:',
        '  schemas:',
        '    Base: {type: object}',
        '',
      ].join('\n'),
      'a.yaml': 'A: {allOf: [{$ref: "openapi.yaml#/components/schemas/Base"}, {$ref: "b.yaml#/B"}]}\n',
      'b.yaml': 'B: {properties: {a: {$ref: "a.yaml#/A"}, c: {$ref: "#/C"}}}\nC: {type: string}\n',
    })
    expect(doc.components.schemas).toEqual({
      Base: {type: 'object'},
      A: {allOf: [{$ref: '#/components/schemas/Base'}, {$ref: '#/components/schemas/B'}]},
      B: {properties: {a: {$ref: '#/components/schemas/A'}, c: {$ref: '#/components/schemas/C'}}},
      C: {type: 'string'},
    })
    expect(bundled.origin('/components/schemas/C/type')!.file.displayPath).toBe('b.yaml')
  })

  it('names a whole-file target after its file, follows ref-to-ref chains, and keeps one name per target', async () => {
    const {doc} = await bundleTree({
      'openapi.yaml': [
        'openapi: 3.0.3',
        'info: {title: t, version: "1"}',
        'paths: {}',
        'components:',
        '  schemas:',
        '    First: {$ref: "models/pet.yaml"}',
        '    Second: {$ref: "./models/../models/pet.yaml"}',
        '    Chained: {properties: {p: {$ref: "alias.yaml#/Alias"}, q: {$ref: "models/pet.yaml"}, r: {$ref: "schemas.yaml#/Pet"}}}',
        '',
      ].join('\n'),
      'models/pet.yaml': 'type: object\n',
      'alias.yaml': 'Alias: {$ref: "models/pet.yaml"}\n',
      'schemas.yaml': 'Pet: {type: string}\n',
    })
    expect(doc.components.schemas).toEqual({
      First: {type: 'object'},
      Second: {$ref: '#/components/schemas/First'},
      Chained: {properties: {p: {$ref: '#/components/schemas/First'}, q: {$ref: '#/components/schemas/First'}, r: {$ref: '#/components/schemas/Pet'}}},
      Pet: {type: 'string'},
    })
  })

  it('numbers every further target of the same name', async () => {
    const {doc} = await bundleTree({
      'openapi.yaml': [
        'openapi: 3.0.3',
        'info: {title: t, version: "1"}',
        'paths: {}',
        'components:',
        '  schemas:',
        '    Pet: {type: object}',
        '    Pet_2: {type: object}',
        '    All: {anyOf: [{$ref: "a/Pet.yaml"}, {$ref: "b/Pet.yaml"}, {$ref: "a/Pet.yaml"}, {$ref: "c.yaml#/x~1y z"}]}',
        '',
      ].join('\n'),
      'a/Pet.yaml': 'title: a\n',
      'b/Pet.yaml': 'title: b\n',
      'c.yaml': '"x/y z": {title: c}\n',
    })
    expect(doc.components.schemas.All.anyOf).toEqual([
      {$ref: '#/components/schemas/Pet_3'},
      {$ref: '#/components/schemas/Pet_4'},
      {$ref: '#/components/schemas/Pet_3'},
      {$ref: '#/components/schemas/x_y_z'},
    ])
    expect(doc.components.schemas.Pet_4).toEqual({title: 'b'})
  })

  it('puts each kind of component in its section (OpenAPI 3.0)', async () => {
    const {doc} = await bundleTree({
      'openapi.yaml': [
        'openapi: 3.0.3',
        'info: {title: t, version: "1"}',
        'paths:',
        '  /a:',
        '    post:',
        '      parameters: [{$ref: "c.yaml#/components/parameters/Q"}]',
        '      requestBody: {$ref: "c.yaml#/components/requestBodies/B"}',
        '      callbacks: {onEvent: {$ref: "c.yaml#/components/callbacks/E"}}',
        '      responses:',
        '        "200":',
        '          description: ok',
        '          headers: {X-Rate: {$ref: "c.yaml#/components/headers/Rate"}}',
        '          links: {next: {$ref: "c.yaml#/components/links/Next"}}',
        '          content: {application/json: {examples: {one: {$ref: "c.yaml#/components/examples/One"}}}}',
        'components:',
        '  securitySchemes:',
        '    key: {$ref: "c.yaml#/components/securitySchemes/Key"}',
        '',
      ].join('\n'),
      'c.yaml': [
        'components:',
        '  parameters: {Q: {name: q, in: query, schema: {type: string}}}',
        '  requestBodies: {B: {content: {application/json: {schema: {type: object}}}}}',
        '  callbacks: {E: {"{$request.body#/url}": {post: {responses: {"200": {$ref: "#/components/responses/Ok"}}}}}}',
        '  responses: {Ok: {description: ok}}',
        '  headers: {Rate: {schema: {type: integer}}}',
        '  links: {Next: {operationId: next}}',
        '  examples: {One: {value: {$ref: "just data"}}}',
        '  securitySchemes: {Key: {type: apiKey, in: header, name: x-key}}',
        '',
      ].join('\n'),
    })
    const op = doc.paths['/a'].post
    expect(op.parameters).toEqual([{$ref: '#/components/parameters/Q'}])
    expect(op.requestBody).toEqual({$ref: '#/components/requestBodies/B'})
    expect(op.callbacks.onEvent).toEqual({$ref: '#/components/callbacks/E'})
    expect(op.responses['200'].headers['X-Rate']).toEqual({$ref: '#/components/headers/Rate'})
    expect(op.responses['200'].links.next).toEqual({$ref: '#/components/links/Next'})
    expect(op.responses['200'].content['application/json'].examples.one).toEqual({$ref: '#/components/examples/One'})
    expect(doc.components.securitySchemes.key).toEqual({type: 'apiKey', in: 'header', name: 'x-key'})
    expect(doc.components.callbacks.E['{$request.body#/url}'].post.responses['200']).toEqual({$ref: '#/components/responses/Ok'})
    expect(doc.components.examples.One).toEqual({value: {$ref: 'just data'}})
    expect(Object.keys(doc.components)).toEqual(['securitySchemes', 'parameters', 'requestBodies', 'callbacks', 'headers', 'links', 'examples', 'responses'])
  })

  it('uses the Swagger 2.0 sections and writes headers in place', async () => {
    const {doc} = await bundleTree({
      'swagger.yaml': [
        "swagger: '2.0'",
        'info: {title: t, version: "1"}',
        'paths:',
        '  /a:',
        '    get:',
        '      parameters: [{$ref: "defs.yaml#/parameters/limit"}]',
        '      responses:',
        '        "200": {$ref: "defs.yaml#/responses/Ok"}',
        '        "400": {description: bad, schema: {$ref: "defs.yaml#/definitions/Error"}, headers: {X-Id: {$ref: "defs.yaml#/x-headers/id"}}}',
        'definitions:',
        '  Own: {type: object}',
        '',
      ].join('\n'),
      'defs.yaml': [
        'parameters: {limit: {name: limit, in: query, type: integer}}',
        'responses: {Ok: {description: ok, schema: {$ref: "#/definitions/Pet"}}}',
        'definitions: {Pet: {type: object}, Error: {type: object}}',
        'x-headers: {id: {type: string}}',
        '',
      ].join('\n'),
    })
    expect(doc.paths['/a'].get.parameters).toEqual([{$ref: '#/parameters/limit'}])
    expect(doc.paths['/a'].get.responses['200']).toEqual({$ref: '#/responses/Ok'})
    expect(doc.paths['/a'].get.responses['400'].schema).toEqual({$ref: '#/definitions/Error'})
    expect(doc.paths['/a'].get.responses['400'].headers['X-Id']).toEqual({type: 'string'})
    expect(doc.definitions).toEqual({Own: {type: 'object'}, Error: {type: 'object'}, Pet: {type: 'object'}})
    expect(doc.responses).toEqual({Ok: {description: 'ok', schema: {$ref: '#/definitions/Pet'}}})
    expect(doc.parameters.limit.name).toBe('limit')
    expect(doc.components).toBeUndefined()
  })

  it('keeps the keys written beside a $ref, and maps them to where they are written', async () => {
    const {doc, bundled} = await bundleTree({
      'openapi.yaml': [
        'openapi: 3.1.0',
        'info: {title: t, version: "1"}',
        'paths:',
        '  /a:',
        '    $ref: "item.yaml"',
        '    summary: from the root',
        '  /b:',
        '    get:',
        '      responses:',
        '        "200": {description: ok, content: {application/json: {schema: {$ref: "s.yaml", description: the pet}}}}',
        '',
      ].join('\n'),
      'item.yaml': 'summary: from the file\nget: {responses: {"204": {description: none}}}\n',
      's.yaml': 'type: object\n',
    })
    expect(doc.paths['/a']).toEqual({summary: 'from the root', get: {responses: {'204': {description: 'none'}}}})
    expect(bundled.origin('/paths/~1a/summary')).toMatchObject({pointer: '/paths/~1a/summary'})
    expect(bundled.origin('/paths/~1a/summary')!.file.displayPath).toBe('openapi.yaml')
    expect(bundled.origin('/paths/~1a/get')!.file.displayPath).toBe('item.yaml')
    expect(doc.paths['/b'].get.responses['200'].content['application/json'].schema).toEqual({$ref: '#/components/schemas/s', description: 'the pet'})
  })

  it('rewrites discriminator mappings that name files', async () => {
    const {doc} = await bundleTree({
      'openapi.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents: {schemas: {Pet: {$ref: "pet.yaml"}}}\n',
      'pet.yaml': 'oneOf: [{$ref: "dog.yaml"}, {$ref: "cat.yaml#/Cat"}]\ndiscriminator: {propertyName: kind, mapping: {dog: dog.yaml, cat: "cat.yaml#/Cat", fish: Fish}}\n',
      'dog.yaml': 'type: object\n',
      'cat.yaml': 'Cat: {type: object}\n',
    })
    expect(doc.components.schemas.Pet.discriminator.mapping).toEqual({dog: '#/components/schemas/dog', cat: '#/components/schemas/Cat', fish: 'Fish'})
  })

  it('leaves an unresolved $ref as written', async () => {
    const {doc, spec} = await bundleTree({
      'openapi.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents: {schemas: {A: {$ref: "missing.yaml"}, B: {$ref: "a.yaml#/nope"}}}\n',
      'a.yaml': 'yes: {}\n',
    })
    expect(spec.unresolved).toHaveLength(2)
    expect(doc.components.schemas).toEqual({A: {$ref: 'missing.yaml'}, B: {$ref: 'a.yaml#/nope'}})
  })

  it('refuses a cycle that can only be written in place, naming file and line', async () => {
    const error = await bundleTree({
      'openapi.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\nx-tree: {$ref: "tree.yaml"}\n',
      'tree.yaml': 'name: root\nchildren:\n  - $ref: tree.yaml\n',
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApixError)
    expect((error as ApixError).toLine()).toMatch(/^tree\.yaml:3:\d+: circular \$ref "tree\.yaml" cannot be written in place/)
  })

  it('refuses a recursive YAML alias instead of overflowing the stack', async () => {
    const error = await bundleTree({'openapi.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\nx-loop: &x\n  child: *x\n'}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApixError)
    expect((error as ApixError).message).toMatch(/recursive YAML alias/)
  })
})

describe.skipIf(!existsSync(doDir))('bundle: DigitalOcean (2,900 files)', async () => {
  const spec = existsSync(doDir) ? await loadSpec('DigitalOcean-public.v2.yaml', {cwd: doDir}) : (undefined as unknown as LoadedSpec)

  it('bundles in well under a second', () => {
    let best = Infinity
    for (let i = 0; i < 3; i++) {
      const start = performance.now()
      bundle(spec)
      best = Math.min(best, performance.now() - start)
    }
    console.info(`bundle of DigitalOcean (${spec.files.size} files): ${best.toFixed(0)} ms`)
    expect(best).toBeLessThan(1000)
  })

  it('loads back with no unresolved refs and the same operations', async () => {
    const bundled = bundle(spec)
    const back = await loadSpec('-', {cwd: writeTree({'x.txt': ''}), text: JSON.stringify(bundled.document)})
    expect(back.files.size).toBe(1)
    expect(back.unresolved).toEqual([])
    const ops = (s: LoadedSpec) => buildIndex(s).operations.map((o) => `${o.method} ${o.path} ${o.value['operationId'] as string}`)
    const operations = ops(spec)
    expect(operations.length).toBeGreaterThan(500)
    expect(ops(back)).toEqual(operations)
  })

  it('maps a sample of nodes back to their sub-file and line', () => {
    const bundled = bundle(spec)
    expect(expectOriginsHold(bundled, 29)).toBeGreaterThan(2000)
    const cases: Array<[string, string, string]> = [
      ['/paths/~1v2~1account~1keys~1{ssh_key_identifier}/get/operationId', 'resources/ssh_keys/sshKeys_get.yml', 'operationId: sshKeys_get'],
      ['/paths/~1v2~1account~1keys~1{ssh_key_identifier}/get/responses/401', 'resources/ssh_keys/sshKeys_get.yml', "'401':"],
      ['/components/headers/ratelimit-limit', 'shared/headers.yml', 'ratelimit-limit:'],
      ['/info/title', 'DigitalOcean-public.v2.yaml', 'title: DigitalOcean API'],
    ]
    for (const [pointer, file, text] of cases) {
      const origin = bundled.origin(pointer)!
      expect(origin.file.displayPath, pointer).toBe(file)
      expect(origin.file.locate(origin.pointer).line, pointer).toBe(lineOf(origin.file.text, text))
    }
    // An inlined operation is the whole of its own file.
    const operation = bundled.origin('/paths/~1v2~1account~1keys/get')!
    expect([operation.file.displayPath, operation.pointer]).toEqual(['resources/ssh_keys/sshKeys_list.yml', ''])
  })
})
