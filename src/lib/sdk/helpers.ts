import type {HelperDelegate} from 'handlebars'
import {componentName} from '../spec/pointer.js'
import type {SdkBody, SdkModel, SdkOperation, SdkParameter, SdkResponse, SdkSecurityScheme, SdkServer} from './model.js'
import {IdentifierAllocator, isSafeIdentifier, pascalCase} from './names.js'
import {PY_KEYWORDS, pyEscapeChar, pyString} from './python-text.js'
import {HINT_TYPING_NAMES, type PyEntryPoint, type PyMode, type PyModelDef, PythonTypes, hintNames, pyClassName, optional, pyHint, union} from './python-types.js'

export {pyString} from './python-text.js'
export {componentName} from '../spec/pointer.js'

/**
 * The Handlebars helpers the SDK templates use, and the only place text from the spec is escaped. Every helper returns
 * a SafeString (Handlebars' HTML escaping is for HTML, and would garble code); a template prints model text only through
 * one of these, which the template tests check.
 *
 * Each helper takes the escaping of one syntactic place: a string literal, a comment, an identifier, a JSON value, a
 * Markdown line. Anything that cannot be made safe for its place (an identifier that is not one) throws rather than
 * printing something else: the model promises valid identifiers, so that is a bug upstream, not input to repair.
 */

/** Characters JavaScript treats as line ends: inside a `//` comment they would end it. */
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/

/** A TypeScript (and JavaScript, and JSON) string literal: double-quoted, safe inside a `<script>` and in any JS engine. */
export function tsString(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new TypeError(`tsString expects a string, number or boolean, got ${value === null ? 'null' : typeof value}`)
  }
  return escapeJsonText(JSON.stringify(String(value)))
}

/**
 * Any JSON value as JavaScript or JSON text. JSON.stringify already escapes quotes, backslashes and control characters;
 * `</` (which ends a `<script>` element) and U+2028/U+2029 (line ends in JavaScript before ES2019) are escaped too.
 */
export function jsonField(value: unknown): string {
  const text = JSON.stringify(value)
  if (text === undefined) throw new TypeError(`jsonField cannot write ${typeof value}`)
  return escapeJsonText(text)
}

/**
 * Any JSON value as JSON text inside a single-quoted TypeScript string literal, for the runtime to JSON.parse: one
 * string literal costs tsc nothing to check, where the same data as object and array literals costs it a type per
 * literal. Backslashes and single quotes are escaped for the literal, after jsonField's escaping for JSON.
 */
export function tsJsonString(value: unknown): string {
  return `'${jsonField(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

function escapeJsonText(text: string): string {
  return text.replace(/<\//g, '<\\/').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/**
 * The body of a `/** ... *\/` comment: each line of `text` as ` * line` (indented by `indent` spaces), with `*\/` broken
 * so that the text cannot close the comment. Empty text gives nothing.
 */
export function tsComment(text: unknown, indent = 0): string {
  if (text === undefined || text === null || text === '') return ''
  if (typeof text !== 'string') throw new TypeError(`tsComment expects a string, got ${typeof text}`)
  const pad = ' '.repeat(indent)
  return text
    .replace(/\*\//g, '*\\/')
    .split(LINE_BREAKS)
    .map((line) => `${pad} *${line.trimEnd() === '' ? '' : ' ' + line.trimEnd()}`)
    .join('\n')
}

/** One line of a `//` comment: line breaks become spaces. */
export function lineComment(text: unknown): string {
  if (text === undefined || text === null) return ''
  return String(text).split(LINE_BREAKS).join(' ')
}

/** An identifier from the model, checked: valid in TypeScript and Python and not reserved. Throws otherwise. */
export function ident(value: unknown): string {
  if (typeof value !== 'string' || !isSafeIdentifier(value)) {
    throw new Error(`not a safe identifier: ${JSON.stringify(value)} (the SDK model must sanitize names)`)
  }
  return value
}

/** `listPets` -> `ListPets`: a type name made from a checked identifier. */
export function pascal(value: unknown): string {
  const id = ident(value)
  return id.charAt(0).toUpperCase() + id.slice(1)
}

/** A property key in a TypeScript object type or literal: bare when it is an identifier, else a string literal. */
export function tsKey(value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(value) && value !== '__proto__') return value
  // A status code is a numeric key in openapi-typescript's types (`200`, not `"200"`).
  if (typeof value === 'string' && /^[1-9][0-9]*$/.test(value)) return value
  return tsString(value)
}

/** A response status as a type: `200` (openapi-typescript's numeric key), `"2XX"`, `"default"`. */
export function statusKey(value: unknown): string {
  return typeof value === 'string' && /^[1-9][0-9]*$/.test(value) ? value : tsString(value)
}

/**
 * Text for one Markdown line: line breaks folded, and the characters that would start HTML, a code span or a link
 * escaped, so a description cannot inject markup into the README.
 */
export function mdText(value: unknown): string {
  if (value === undefined || value === null) return ''
  return lineComment(value).replace(/[\\`*_[\]<>&|#]/g, (c) => `\\${c}`)
}

/** An npm version: the spec's `info.version` when it is semver, else `0.0.0`. */
export function npmVersion(value: unknown): string {
  const v = typeof value === 'string' ? value.trim() : ''
  const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/
  return jsonField(semver.test(v) ? v : '0.0.0')
}

/**
 * Questions templates ask of the model. They return data (for `#if`, `#each`, `#with` or another helper), never text
 * to print: printing goes through the escaping helpers above.
 */

/** The media type a client sends: the first one (the model keeps spec order). */
export function requestMedia(body: SdkBody | undefined): SdkBody['mediaTypes'][number] | undefined {
  return body?.mediaTypes[0]
}

/** The media type a client asks for: the first JSON one, else the first. */
export function responseMedia(response: SdkResponse): SdkResponse['mediaTypes'][number] | undefined {
  return response.mediaTypes.find((m) => m.kind === 'json') ?? response.mediaTypes[0]
}

/**
 * A parameters field's look-up key: its location (`query`) where the field is the parameter's name, else the location
 * and the name (`path three_d_secure`; a location has no space, so the first space ends it).
 */
export function paramKey(p: SdkParameter): string {
  return p.identifier === p.name ? p.in : `${p.in} ${p.name}`
}

/**
 * The success (or error) responses, one per type they give a union: of those without a body, or with a body of the
 * same component (GitHub's 403 and 404 are both `basic-error`) or of the same non-JSON kind, only the first.
 */
export function responsesWhere(responses: SdkResponse[], success: boolean): SdkResponse[] {
  const seen = new Set<string>()
  return responses.filter((r) => {
    if (r.success !== success) return false
    const media = responseMedia(r)
    const component = media?.kind === 'json' ? componentName(media.schemaPointer) : undefined
    const key = media === undefined ? 'no body' : component !== undefined ? `component ${component}` : media.kind === 'json' ? `status ${r.status}` : media.kind
    return !seen.has(key) && (seen.add(key), true)
  })
}

/** The Accept header: the media types the success responses would be read as, or '' when there are none. */
export function accept(op: SdkOperation): string {
  const types = new Set<string>()
  for (const r of op.responses) {
    const m = r.success ? responseMedia(r) : undefined
    if (m) types.add(m.mediaType)
  }
  return [...types].join(', ')
}

export function requiredParams(op: SdkOperation): SdkOperation['parameters'] {
  return op.parameters.filter((p) => p.required)
}

/** Whether the parameters object may be left out: no required parameter, and no required body after it. */
export function paramsOptional(op: SdkOperation): boolean {
  return !op.parameters.some((p) => p.required) && !(op.body?.required && requestMedia(op.body))
}

/**
 * The runtime's form of an operation's security: per alternative, `[name, type, where, key]` per scheme. A requirement
 * naming a scheme the document does not define cannot be met, and is left out.
 */
export function securityTuples(op: SdkOperation, schemes: SdkSecurityScheme[]): string[][][] {
  const byName = new Map(schemes.map((s) => [s.name, s]))
  const out: string[][][] = []
  for (const alternative of op.security) {
    const tuples = alternative.map(({scheme}) => byName.get(scheme)).map((s) => (s ? schemeTuple(s) : undefined))
    if (tuples.every((t) => t !== undefined)) out.push(tuples)
  }
  return out
}

/** Per tag (spec order), its first operation: the README's examples. Untagged operations share one example. */
export function tagExamples(model: SdkModel): Array<{tag: {name: string; description: string | undefined}; operation: SdkOperation}> {
  const out: Array<{tag: {name: string; description: string | undefined}; operation: SdkOperation}> = []
  for (const tag of model.tags) {
    const operation = model.operations.find((op) => op.tags.includes(tag.name))
    if (operation) out.push({tag, operation})
  }
  const untagged = model.operations.find((op) => op.tags.length === 0)
  if (untagged) out.push({tag: {name: 'Other operations', description: undefined}, operation: untagged})
  return out
}

/**
 * An operation as the runtime reads it: method, path, parameters as [name, location, style, explode, allowReserved,
 * field in the parameters object], the body's media types as [kind, media type] (the first is sent unless the call
 * names another), the Accept header, security alternatives, whether the method is idempotent (retried without asking)
 * and the operation's own servers.
 */
export function runtimeOperation(op: SdkOperation, schemes: SdkSecurityScheme[]): Record<string, unknown> {
  const media = requestMedia(op.body)
  const security = securityTuples(op, schemes)
  return {
    method: op.method.toUpperCase(),
    path: op.path,
    ...(op.parameters.length > 0 ? {params: op.parameters.map((p) => [p.name, p.in, p.style, p.explode, p.allowReserved, p.identifier])} : {}),
    ...(media ? {body: op.body!.mediaTypes.map((m) => [m.kind, m.mediaType])} : {}),
    ...(accept(op) ? {accept: accept(op)} : {}),
    ...(security.length > 0 ? {security} : {}),
    idempotent: op.idempotent,
    ...(op.servers.length > 0 ? {servers: op.servers.map(serverTuple)} : {}),
  }
}

/** A server as the runtimes read it: `[url, {variable: default}]`. */
export function serverTuple(server: SdkServer): [string, Record<string, string>] {
  return [server.url, Object.fromEntries(server.variables.map((v) => [v.name, v.default]))]
}

/** What a user passes for a scheme: SigV4 settings, a user name and password, or a token. */
export function credentialKind(s: SdkSecurityScheme): 'sigv4' | 'basic' | 'token' {
  if (s.type === 'awsSigv4') return 'sigv4'
  return s.type === 'http' && s.scheme.toLowerCase() === 'basic' ? 'basic' : 'token'
}

function schemeTuple(s: SdkSecurityScheme): string[] {
  if (s.type === 'apiKey') return [s.name, s.type, s.in, s.paramName]
  if (s.type === 'http') return [s.name, s.type, s.scheme.toLowerCase()]
  return [s.name, s.type]
}

/*
 * Python. Generated Python is kept to printable ASCII wherever spec text lands in code (string literals), and comments
 * and docstrings carry no character the tokenizer treats as a line end or rejects (NUL): a description can neither end
 * the comment nor the docstring it is in.
 */

/**
 * Top-level modules of Python's standard library (3.11's `sys.stdlib_module_names`, private ones left out): a generated
 * package with one of these names would shadow it for the whole program (its own `import json` included).
 */
const PY_STDLIB: ReadonlySet<string> = new Set(
  ('abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 ' +
    'cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser ' +
    'contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest ' +
    'email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath ' +
    'getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ' +
    'ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap ' +
    'modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ' +
    'ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty ' +
    'pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched ' +
    'secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile ' +
    'sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny ' +
    'tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback ' +
    'tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser ' +
    'winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo').split(' '),
)

/** What Python's `str.splitlines` splits on: a superset of the tokenizer's line ends, so no line can hide inside another. */
const PY_LINE_BREAKS = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/

/** Characters never printed raw in a Python comment or docstring: controls, format characters (bidi), lone surrogates. */
const PY_UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu

/** Any JSON value as a Python literal: None, True/False, numbers, strings (pyString), lists and dicts. */
export function pyValue(value: unknown): string {
  if (value === null) return 'None'
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`pyValue cannot write ${value}`)
    return String(value)
  }
  if (typeof value === 'string') return pyString(value)
  if (Array.isArray(value)) return '[' + value.map((v) => pyValue(v)).join(', ') + ']'
  if (typeof value === 'object') return '{' + Object.entries(value).map(([k, v]) => `${pyString(k)}: ${pyValue(v)}`).join(', ') + '}'
  throw new TypeError(`pyValue cannot write ${typeof value}`)
}

/** Text for one line of a comment or docstring: unprintable characters written as their escape (`\u202e`), visibly. */
function pyPrintable(line: string): string {
  return line.replace(PY_UNPRINTABLE, (ch) => pyEscapeChar(ch)).trimEnd()
}

/** `#` comment lines, indented by `indent` spaces, one per line of the text. Empty text gives nothing. */
export function pyComment(text: unknown, indent = 0): string {
  if (text === undefined || text === null || text === '') return ''
  const pad = ' '.repeat(indent)
  return String(text)
    .split(PY_LINE_BREAKS)
    .map((line) => pyPrintable(line))
    .map((line) => `${pad}#${line === '' ? '' : ' ' + line}`)
    .join('\n')
}

/**
 * A whole docstring, `"""..."""`, from the non-empty texts (joined by a blank line), its first line indented by
 * `indent` spaces and the others too. Backslashes and every `"` are escaped, so no `"""` (and no `\N{`) can form in it.
 * No text gives nothing.
 */
export function pyDocstring(texts: unknown[], indent = 0): string {
  const parts = texts.filter((t): t is string | number => (typeof t === 'string' && t.trim() !== '') || typeof t === 'number').map(String)
  if (parts.length === 0) return ''
  const pad = ' '.repeat(indent)
  const lines = parts
    .join('\n\n')
    .split(PY_LINE_BREAKS)
    .map((line) => pyPrintable(line.replace(/\\/g, '\\\\').replace(/"/g, '\\"')))
  while (lines.length > 1 && lines.at(-1) === '') lines.pop()
  const body = lines.map((line, i) => (i === 0 || line === '' ? line : pad + line)).join('\n')
  return `${pad}"""${body.trim() === '' ? '' : body.replace(/^\s+/, '')}${lines.length > 1 ? '\n' + pad : ''}"""`
}

/** An identifier from the model, checked for Python: ASCII, not a keyword, not `__dunder` (names a class would mangle). */
export function pyIdent(value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value) || PY_KEYWORDS.has(value) || value.startsWith('__')) {
    throw new Error(`not a safe Python identifier: ${JSON.stringify(value)} (the SDK model must sanitize names)`)
  }
  return value
}

/**
 * The import name of the package, from the npm name: `@acme/pets-client` -> `acme_pets_client`. A keyword takes a
 * trailing `_`, a leading digit a leading `_`, and a standard-library name a `_client` suffix (it would shadow it).
 */
export function pyPackage(value: unknown): string {
  let name = String(value).toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '')
  if (name === '') name = 'api_client'
  if (/^[0-9]/.test(name)) name = '_' + name
  if (PY_KEYWORDS.has(name) || PY_STDLIB.has(name)) name += PY_STDLIB.has(name) ? '_client' : '_'
  return pyIdent(name)
}

/** The distribution name (pip install NAME, PEP 508): `@acme/pets-client` -> `acme-pets-client`, as a TOML string. */
export function pyDistName(value: unknown): string {
  const name = String(value).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
  return tomlString(name === '' ? 'api-client' : name)
}

/**
 * A PEP 440 version, as a TOML string: the spec's version when it is one, else its leading release number
 * (`1.0.27-SNAPSHOT` -> `1.0.27`), else `0.0.0`.
 */
export function pyVersion(value: unknown): string {
  const v = typeof value === 'string' ? value.trim() : ''
  const pep440 = /^(0|[1-9]\d*)(\.(0|[1-9]\d*))*((a|b|rc)(0|[1-9]\d*))?(\.post(0|[1-9]\d*))?(\.dev(0|[1-9]\d*))?$/
  if (pep440.test(v)) return tomlString(v)
  const release = /^v?((?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*))*)(?![0-9])/.exec(v)
  return tomlString(release ? release[1]! : '0.0.0')
}

/** A TOML basic string: JSON's escapes are TOML's too; DEL is escaped and a lone surrogate (not valid TOML) replaced. */
export function tomlString(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new TypeError(`tomlString expects a string, number or boolean, got ${value === null ? 'null' : typeof value}`)
  }
  return JSON.stringify(String(value).replace(/[\ud800-\udfff]/gu, '\ufffd')).replace(/\x7f/g, '\\u007f')
}

/** The Python types of a model's document, made once per model (the templates ask for hints many times). */
const pythonTypesByModel = new WeakMap<SdkModel, PythonTypes>()

/**
 * The model's Python types: the document's component schemas, then each operation's parameters, request bodies
 * (JSON and forms) and success responses, which name the inline objects they meet after the operation
 * (`CreatePetBody`, `ListPetsResponse`, `ListPetsCreated`).
 */
export function pythonTypes(document: unknown, model: SdkModel): PythonTypes {
  let types = pythonTypesByModel.get(model)
  if (!types) {
    const entries: PyEntryPoint[] = []
    for (const op of model.operations) {
      const base = pascalCase(op.identifier)
      for (const p of op.parameters) entries.push({pointer: p.schemaPointer, name: base + pascalCase(p.identifier), mode: 'write'})
      if (requestMedia(op.body) !== undefined) {
        for (const m of op.body!.mediaTypes) if (m.kind === 'json' || m.kind === 'form') entries.push({pointer: m.schemaPointer, name: `${base}Body`, mode: 'write'})
      }
      // An inline error body is `CreatePetErrorBody` (errors.pyi's class is CreatePetError).
      for (const r of op.responses) {
        const media = responseMedia(r)
        if (media?.kind === 'json') entries.push({pointer: media.schemaPointer, name: base + (r.success ? 'Response' : 'ErrorBody'), mode: 'read'})
      }
    }
    types = new PythonTypes(document, entries)
    pythonTypesByModel.set(model, types)
  }
  return types
}

/** A schema's hint in client.py (`str`, `List[models.Pet]`...), as sent (`write`) or received; `Any` without a schema. */
export function pyType(types: PythonTypes, pointer: unknown, mode: PyMode = 'write'): string {
  return typeof pointer === 'string' ? types.hint(pointer, {qualify: true, mode}) : 'Any'
}

/** The type hint of a request body: `bytes` or `str` for raw media, the schema's for JSON and forms, a dict for multipart. */
export function pyBodyType(types: PythonTypes, body: SdkBody | undefined): string {
  if (!body || body.mediaTypes.length === 0) return 'None'
  // Any of the media types may be sent (CallOptions.content_type): the hints of all of them, once each.
  const hints = [...new Set(body.mediaTypes.map((media) => {
    if (media.kind === 'json' || media.kind === 'form') return pyType(types, media.schemaPointer)
    if (media.kind === 'multipart') return 'Dict[str, Any]'
    if (media.kind === 'text') return 'str'
    return 'Any'
  }))]
  return hints.includes('Any') ? 'Any' : hints.length === 1 ? hints[0]! : `Union[${hints.join(', ')}]`
}

/** The identifiers client.py's hints use, by model (see pyUsesTyping). */
const typingNames = new WeakMap<SdkModel, Set<string>>()

/**
 * Whether client.py's methods name this name (`Any`, `Literal`, `models`) in a parameter, a body or a result: it
 * imports the name only then, since an unused import is an error under pyright's strict mode. Mirrors what the
 * template writes for each operation.
 */
export function pyUsesTyping(types: PythonTypes, model: SdkModel, name: string): boolean {
  let names = typingNames.get(model)
  if (!names) {
    // Computed once per model (the template asks for each name): every identifier of every hint, strings left out.
    names = new Set<string>()
    const add = (hint: string) => hintNames(hint).forEach((n) => names!.add(n))
    for (const op of model.operations) {
      for (const p of op.parameters) add(pyType(types, p.schemaPointer))
      if (requestMedia(op.body) !== undefined) add(pyBodyType(types, op.body))
      add(pyResultType(types, op))
    }
    typingNames.set(model, names)
  }
  return names.has(name)
}

/** Whether a scheme of the spec takes this kind of credential (client.py imports the credential types it uses only). */
export function usesCredential(schemes: SdkSecurityScheme[], kind: ReturnType<typeof credentialKind>): boolean {
  return schemes.some((s) => credentialKind(s) === kind)
}

/** What a call returns: the success responses' types when they agree (`None` for no body), else `Any`. */
export function pyResultType(types: PythonTypes, op: SdkOperation): string {
  const hints = new Set<string>()
  for (const r of op.responses) if (r.success) hints.add(pyResponseHint(types, r))
  const list = [...hints]
  if (list.length === 1) return list[0]!
  if (list.length === 2 && list.includes('None') && !list.includes('Any')) return optional(list.find((h) => h !== 'None')!)
  return 'Any'
}

/** What the runtime parses a response's body into: its schema's type for JSON, `str`, `bytes`, `None` for no body. */
function pyResponseHint(types: PythonTypes, r: SdkResponse): string {
  const media = responseMedia(r)
  return !media ? 'None' : media.kind === 'json' ? pyType(types, media.schemaPointer, 'read') : media.kind === 'text' ? 'str' : media.kind === 'binary' ? 'bytes' : 'Any'
}

/** The body of an operation's ApiError: its error responses' types (`None` for no body), `Any` where one is untyped or none is declared. */
export function pyErrorType(types: PythonTypes, op: SdkOperation): string {
  const hints = op.responses.filter((r) => !r.success).map((r) => pyResponseHint(types, r))
  return hints.length === 0 || hints.includes('Any') ? 'Any' : union(hints)
}

export interface PyErrorClass {
  /** The class in errors.py (`CreatePetError`): an ApiError raised by this operation only. */
  name: string
  operation: SdkOperation
  /** Its body's type (see pyErrorType). */
  hint: string
}

interface PyErrors {
  /** The names errors.pyi imports from typing, and whether it imports models. */
  typing: string[]
  models: boolean
  classes: PyErrorClass[]
  byOperation: Map<SdkOperation, PyErrorClass>
}

const pyErrorsByModel = new WeakMap<SdkModel, PyErrors>()

/**
 * What errors.py and errors.pyi are made of: a subclass of ApiError for each operation, its `body` typed by the
 * operation's error responses, and the typing names errors.pyi imports. Class names are given in operation order, free
 * of the module's own names.
 */
export function pyErrors(types: PythonTypes, model: SdkModel): PyErrors {
  let errors = pyErrorsByModel.get(model)
  if (!errors) {
    // No class may take a name errors.pyi imports.
    const allocator = new IdentifierAllocator(['ApiError', 'models', ...HINT_TYPING_NAMES])
    const classes = model.operations.map((operation) => ({name: allocator.claim(pyClassName(`${operation.identifier}Error`, 'Op')), operation, hint: pyErrorType(types, operation)}))
    const used = new Set(classes.flatMap((c) => (c.hint === 'Any' ? [] : hintNames(c.hint))))
    errors = {typing: HINT_TYPING_NAMES.filter((n) => used.has(n)), models: used.has('models'), classes, byOperation: new Map(classes.map((c) => [c.operation, c]))}
    pyErrorsByModel.set(model, errors)
  }
  return errors
}

/**
 * What models.pyi is made of: its models, and the names it imports from `typing` and from `typing_extensions`
 * (`Required` and `TypeAlias`, newer than Python 3.9: a stub may import them, and nothing runs it). Each name is
 * imported only when a model uses it.
 */
export function pyModels(types: PythonTypes): {typing: string[]; extensions: string[]; models: readonly PyModelDef[]} {
  const used = new Set<string>()
  for (const m of types.models()) {
    used.add(m.kind === 'typeddict' ? 'TypedDict' : 'TypeAlias')
    for (const hint of m.kind === 'typeddict' ? m.fields.map((f) => f.hint) : [m.hint]) hintNames(hint).forEach((n) => used.add(n))
  }
  const extensions = ['Required', 'TypeAlias'].filter((n) => used.has(n))
  const typing = [...HINT_TYPING_NAMES, 'TypedDict'].sort().filter((n) => used.has(n))
  return {typing, extensions, models: types.models()}
}

/** The helpers by name, each wrapped to return a SafeString; plus `eq`, `or`, `and`, `not` for conditions. */
/**
 * `document` is the bundled document the model was built from; the helpers that read schemas (`pyType`...) need it and
 * the model, and are left out without them.
 */
export function templateHelpers(SafeString: new (s: string) => unknown, document?: unknown, model?: SdkModel): Record<string, HelperDelegate> {
  const safe =
    (fn: (...args: unknown[]) => string): HelperDelegate =>
    (...args: unknown[]) =>
      new SafeString(fn(...args.slice(0, -1)))
  return {
    tsString: safe((v) => tsString(v)),
    jsonField: safe((v) => jsonField(v)),
    tsJsonString: safe((v) => tsJsonString(v)),
    tsComment: safe((v, indent) => tsComment(v, typeof indent === 'number' ? indent : 0)),
    lineComment: safe((v) => lineComment(v)),
    ident: safe((v) => ident(v)),
    pascal: safe((v) => pascal(v)),
    tsKey: safe((v) => tsKey(v)),
    statusKey: safe((v) => statusKey(v)),
    mdText: safe((v) => mdText(v)),
    npmVersion: safe((v) => npmVersion(v)),
    requestMedia: (body: SdkBody | undefined) => requestMedia(body),
    // A body or response whose schema is a component is typed as that component, which tsc finds in one step where the
    // look-up through the operation resolves five nested types (openapi-typescript keys components by their names as written).
    componentName: (pointer: string | undefined) => componentName(pointer),
    paramKey: (p: SdkParameter) => paramKey(p),
    responseMedia: (r: SdkResponse) => responseMedia(r),
    responsesWhere: (list: SdkResponse[], success: boolean) => responsesWhere(list, success),
    accept: (op: SdkOperation) => accept(op),
    requiredParams: (op: SdkOperation) => requiredParams(op),
    paramsOptional: (op: SdkOperation) => paramsOptional(op),
    securityTuples: (op: SdkOperation, schemes: SdkSecurityScheme[]) => securityTuples(op, schemes),
    runtimeOperation: (op: SdkOperation, schemes: SdkSecurityScheme[]) => runtimeOperation(op, schemes),
    credentialKind: (s: SdkSecurityScheme) => credentialKind(s),
    usesCredential: (schemes: SdkSecurityScheme[], kind: ReturnType<typeof credentialKind>) => usesCredential(schemes, kind),
    tagExamples: (m: SdkModel) => tagExamples(m),
    upper: (s: unknown) => String(s).toUpperCase(),
    eq: (a: unknown, b: unknown) => a === b,
    // Text for another helper to write (`pyDocstring`...): joined, not escaped here.
    concat: (...args: unknown[]) => args.slice(0, -1).map(String).join(''),
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
    not: (a: unknown) => !a,
    pyString: safe((v) => pyString(v)),
    pyValue: safe((v) => pyValue(v)),
    pyComment: safe((v, indent) => pyComment(v, typeof indent === 'number' ? indent : 0)),
    // {{pyDocstring summary description 4}}: texts, then the indent.
    pyDocstring: safe((...args) => (typeof args.at(-1) === 'number' ? pyDocstring(args.slice(0, -1), args.at(-1) as number) : pyDocstring(args))),
    pyIdent: safe((v) => pyIdent(v)),
    pyHint: safe((v) => pyHint(v)),
    pyPackage: safe((v) => pyPackage(v)),
    pyDistName: safe((v) => pyDistName(v)),
    pyVersion: safe((v) => pyVersion(v)),
    tomlString: safe((v) => tomlString(v)),
    // One line (a package summary cannot hold line breaks).
    tomlLine: safe((v) => tomlString(lineComment(v))),
    ...(document === undefined || model === undefined
      ? {}
      : {
          // The Python types are made on first use (a TypeScript SDK never asks).
          pyType: safe((pointer) => pyType(pythonTypes(document, model), pointer)),
          pyBodyType: safe((body) => pyBodyType(pythonTypes(document, model), body as SdkBody | undefined)),
          pyResultType: safe((op) => pyResultType(pythonTypes(document, model), op as SdkOperation)),
          pyUsesTyping: (m: SdkModel, name: string) => pyUsesTyping(pythonTypes(document, m), m, name),
          pyOptional: safe((hint) => optional(String(hint))),
          pyModels: () => pyModels(pythonTypes(document, model)),
          pyErrors: () => pyErrors(pythonTypes(document, model), model),
          // A name for pyIdent or concat to write (not written itself).
          pyErrorClass: (op: SdkOperation) => pyErrors(pythonTypes(document, model), model).byOperation.get(op)!.name,
        }),
  }
}
