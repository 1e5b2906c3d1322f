import {ApixError} from '../errors.js'
import {HTTP_METHODS, isObject, type JsonObject} from '../spec/model.js'
import {followRefs, fragmentToPointer, getByPointer, joinPointer, MAX_REF_CHAIN} from '../spec/pointer.js'
import type {
  SdkBody,
  SdkModel,
  SdkOperation,
  SdkParameter,
  SdkParamLocation,
  SdkResponse,
  SdkSecurityRequirement,
  SdkSecurityScheme,
  SdkServer,
} from './model.js'
import {IdentifierAllocator, npmNameFromTitle, npmNameProblem, pascalCase, toIdentifier} from './names.js'
import {hasReadWrite, ReadWriteReach} from './read-write.js'

export interface BuildSdkModelOptions {
  /** The npm package name (`--name`); default: from info.title. */
  packageName?: string
  /** How the document is named in error messages (default `spec`). */
  source?: string
  /**
   * Identifiers the templates use themselves, so operations and parameters never take them: the client's own members
   * (`request`, `config`) and an operation's own arguments (`body`, `signal`). Compared without case, like all names.
   */
  reserved?: {methods?: readonly string[]; parameters?: readonly string[]}
  /**
   * What an operation's name that starts with a digit takes before it (default `_`). Python's templates ask for a
   * letter: pyright reads a method named `_4oDFeed` as private, and reports every caller.
   */
  methodDigitPrefix?: string
}

/** Methods a client may retry without the caller's say-so (RFC 9110 idempotent methods). */
const IDEMPOTENT = new Set(['get', 'head', 'options', 'put', 'delete', 'trace'])

/**
 * Methods whose request body is left out: HTTP gives it no meaning (RFC 9110: content in a GET or HEAD request "has no
 * generally defined semantics" and "might lead some implementations to reject the request"), OpenAPI 3.0 says a
 * consumer SHALL ignore it, and fetch refuses to send it (`new Request` throws a TypeError). Stripe declares an empty
 * form body on ~200 GET operations: a client offering it would crash where it is used.
 */
const BODILESS = new Set(['get', 'head'])
/** Header parameters the specification says are ignored: the client sets them from the body and the security schemes. */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization'])
const LOCATIONS = new Set<string>(['path', 'query', 'header', 'cookie'])
/** A location's turn when names are handed out: a path parameter keeps its plain name over a query one. */
const LOCATION_RANK: Record<SdkParamLocation, number> = {path: 0, query: 1, header: 2, cookie: 3}

type BodyKind = SdkBody['mediaTypes'][number]['kind']
type ResponseKind = SdkResponse['mediaTypes'][number]['kind']

/** Own enumerable entries, `__proto__` included (a JSON key like any other). */
function entries(obj: JsonObject): Array<[string, unknown]> {
  return Object.entries(obj)
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}

/**
 * The model `apix sdk gen` renders, from a bundled OpenAPI 3.0 or 3.1 document (one document, internal `#/` refs only).
 * Parameters, request bodies, responses, headers, path items and security schemes referenced by `$ref` are followed
 * here; schemas stay where they are, named by pointer, for openapi-typescript to type.
 */
export function buildSdkModel(document: JsonObject, options: BuildSdkModelOptions = {}): SdkModel {
  return new ModelBuilder(document, options).build()
}

class ModelBuilder {
  private readonly source: string
  private readonly renames: SdkModel['renames'] = []
  private readonly ignoredBodies: string[] = []
  private readonly ignoredParameters: string[] = []
  private readonly schemes = new Map<string, SdkSecurityScheme | null>()
  /** Set when the document has readOnly/writeOnly at all: which operations reach them. */
  private readonly readWrite: ReadWriteReach | undefined

  constructor(
    private readonly doc: JsonObject,
    private readonly options: BuildSdkModelOptions,
  ) {
    this.source = options.source ?? 'spec'
    this.readWrite = hasReadWrite(doc) ? new ReadWriteReach(doc) : undefined
  }

  private fail(message: string, pointer: string, hint?: string): never {
    throw new ApixError(message, {location: {file: this.source, pointer}, ...(hint === undefined ? {} : {hint})})
  }

  /** The object at `pointer`, following `$ref`s; where it really is, for pointers into it. */
  private deref(value: unknown, pointer: string, what: string): {value: JsonObject; pointer: string} {
    const r = followRefs(this.doc, value, pointer)
    if (!r.ok) {
      const ref = JSON.stringify(r.ref)
      if (r.problem === 'external') this.fail(`${what}: $ref ${ref} points outside the document`, r.at, 'bundle the spec first (apix bundles when it loads)')
      if (r.problem === 'circular') this.fail(`${what}: $ref ${ref} is circular`, r.at, 'make the chain end at an object')
      if (r.problem === 'too-long') this.fail(`${what}: $ref ${ref} is the ${MAX_REF_CHAIN + 1}th link of a chain of $refs`, r.at, 'point it at the object the chain ends at')
      this.fail(`${what}: $ref ${ref} does not resolve`, r.at, 'check the name it points to')
    }
    if (!isObject(r.value)) this.fail(`${what} is not an object`, r.pointer)
    return {value: r.value, pointer: r.pointer}
  }

  /** Where a schema is: through `$ref`-only schemas to the one they name (a generator then names the type). */
  private schemaAt(pointer: string): {pointer: string; schema: JsonObject | undefined} {
    let at = pointer
    let node = getByPointer(this.doc, at)
    for (let i = 0; i < MAX_REF_CHAIN && isObject(node) && typeof node['$ref'] === 'string' && node['$ref'].startsWith('#/'); i++) {
      // A `$ref` with siblings (3.1) is a schema of its own: it stays here.
      if (Object.keys(node).some((k) => k !== '$ref' && k !== 'description' && k !== 'summary')) break
      const target = fragmentToPointer(node['$ref'])
      const next = getByPointer(this.doc, target)
      if (next === undefined) break
      at = target
      node = next
    }
    return {pointer: at, schema: isObject(node) ? node : undefined}
  }

  build(): SdkModel {
    const version = str(this.doc['openapi'])
    if (version === undefined || !/^3\.[01](\.|$)/.test(version)) {
      this.fail(
        this.doc['swagger'] !== undefined ? 'Swagger 2.0 document given where OpenAPI 3.x is expected' : `not an OpenAPI 3.0 or 3.1 document (openapi: ${JSON.stringify(this.doc['openapi'] ?? null)})`,
        '/openapi',
        'convert Swagger 2.0 to OpenAPI 3.0 first',
      )
    }
    const info = isObject(this.doc['info']) ? this.doc['info'] : {}
    const title = str(info['title']) ?? ''
    const securitySchemes = this.securitySchemes()
    const operations = this.operations()
    const needsSigV4 = operations.some((op) => op.security.some((alt) => alt.some((s) => this.schemes.get(s.scheme)?.type === 'awsSigv4')))
    return {
      packageName: this.packageName(title),
      clientName: clientName(title),
      title,
      version: str(info['version']) ?? '',
      description: str(info['description']),
      servers: this.servers(),
      securitySchemes,
      operations,
      tags: this.tags(operations),
      needsSigV4,
      readWriteMarkers: operations.some((op) => op.readWriteMarkers),
      renames: this.renames,
      ignoredBodies: this.ignoredBodies,
      ignoredParameters: this.ignoredParameters,
    }
  }

  private packageName(title: string): string {
    const given = this.options.packageName
    if (given === undefined) return npmNameFromTitle(title)
    const problem = npmNameProblem(given)
    if (problem !== undefined) throw new ApixError(`invalid package name ${JSON.stringify(given)}: ${problem}`, {hint: 'pass a valid npm name with --name, e.g. @acme/pets-client'})
    return given
  }

  private servers(): SdkServer[] {
    const out = serverList(this.doc['servers'])
    // The specification's default: the document's own location, which a client takes as relative to its base URL.
    return out.length > 0 ? out : [{url: '/', description: undefined, variables: []}]
  }

  private securitySchemes(): SdkSecurityScheme[] {
    const out: SdkSecurityScheme[] = []
    const components = isObject(this.doc['components']) ? this.doc['components'] : {}
    if (!isObject(components['securitySchemes'])) return out
    for (const [name, raw] of entries(components['securitySchemes'])) {
      const {value: s} = this.deref(raw, joinPointer('/components/securitySchemes', name), `security scheme ${name}`)
      const scheme = toScheme(name, s)
      this.schemes.set(name, scheme ?? null)
      if (scheme) out.push(scheme)
    }
    return out
  }

  /** Security requirements as alternatives, without schemes a client cannot apply (mutualTLS is the connection's). */
  private security(value: unknown, pointer: string): SdkSecurityRequirement[] {
    if (!Array.isArray(value)) return []
    const out: SdkSecurityRequirement[] = []
    value.forEach((req, i) => {
      if (!isObject(req)) return
      const alt: SdkSecurityRequirement = []
      for (const [scheme, scopes] of entries(req)) {
        if (!this.schemes.has(scheme)) {
          this.fail(`security requirement names the scheme ${JSON.stringify(scheme)}, which components.securitySchemes does not declare`, joinPointer(pointer, i), 'declare it or remove it')
        }
        if (this.schemes.get(scheme) === null) continue
        alt.push({scheme, scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : []})
      }
      out.push(alt)
    })
    return out
  }

  private operations(): SdkOperation[] {
    const paths = isObject(this.doc['paths']) ? this.doc['paths'] : {}
    const found: Array<{op: Omit<SdkOperation, 'identifier'>; base: ReturnType<typeof toIdentifier>; raw: string}> = []
    for (const [path, rawItem] of entries(paths)) {
      if (path.startsWith('x-')) continue
      const keyed = joinPointer('/paths', path)
      const {value: item, pointer: itemAt} = this.deref(rawItem, keyed, `path ${path}`)
      for (const method of HTTP_METHODS) {
        const raw = item[method]
        if (raw === undefined) continue
        const {value: op, pointer: opAt} = this.deref(raw, joinPointer(itemAt, method), `${method.toUpperCase()} ${path}`)
        const generated = nameFromPath(method, path)
        const operationId = str(op['operationId'])?.trim() || generated
        const base = toIdentifier(operationId, {fallback: generated, ...(this.options.methodDigitPrefix === undefined ? {} : {digitPrefix: this.options.methodDigitPrefix})})
        const requestBody = BODILESS.has(method) ? undefined : op['requestBody']
        if (requestBody !== op['requestBody']) this.ignoredBodies.push(`${method.toUpperCase()} ${path}`)
        found.push({
          raw: operationId,
          base,
          op: {
            operationId,
            method,
            path,
            pointer: joinPointer(keyed, method),
            tags: Array.isArray(op['tags']) ? op['tags'].filter((t): t is string => typeof t === 'string') : [],
            summary: str(op['summary']),
            description: str(op['description']),
            deprecated: op['deprecated'] === true,
            parameters: this.parameters(item, itemAt, op, opAt, operationId),
            body: requestBody === undefined ? undefined : this.body(requestBody, joinPointer(opAt, 'requestBody')),
            responses: this.responses(op['responses'], joinPointer(opAt, 'responses')),
            security: op['security'] !== undefined ? this.security(op['security'], joinPointer(opAt, 'security')) : this.security(this.doc['security'], '/security'),
            idempotent: IDEMPOTENT.has(method),
            servers: serverList(op['servers'] ?? item['servers']),
            readWriteMarkers: this.readWrite?.reaches([requestBody, op['responses']]) ?? false,
          },
        })
      }
    }
    // Every unsuffixed name is claimed first, so `listPets2` written in the spec keeps its name over a collision's suffix.
    const reservedMethods = this.options.reserved?.methods ?? []
    const bases = new IdentifierAllocator(reservedMethods)
    const firstOwner = new Map<string, string>()
    const allocator = new IdentifierAllocator([...reservedMethods, ...found.map((f) => f.base.identifier)])
    return found.map(({op, base, raw}) => {
      const key = base.identifier.toLowerCase()
      let identifier = base.identifier
      const reasons = [...base.reasons]
      if (bases.has(identifier)) {
        identifier = allocator.claim(base.identifier)
        const owner = firstOwner.get(key)
        reasons.push(owner === undefined ? `\`${base.identifier}\` is reserved by the templates` : `\`${base.identifier}\` is already ${owner}`)
      } else {
        bases.claim(identifier)
        firstOwner.set(key, `${op.method.toUpperCase()} ${op.path}`)
      }
      if (reasons.length > 0) this.renames.push({from: raw, to: identifier, reason: `${op.method.toUpperCase()} ${op.path}: ${reasons.join('; ')}`})
      return {...op, identifier}
    })
  }

  private parameters(item: JsonObject, itemAt: string, op: JsonObject, opAt: string, operationId: string): SdkParameter[] {
    const merged = new Map<string, SdkParameter>()
    const add = (list: unknown, at: string, override: boolean): void => {
      if (list === undefined) return
      if (!Array.isArray(list)) this.fail('parameters is not a list', at)
      list.forEach((raw, i) => {
        const p = this.parameter(raw, joinPointer(at, i))
        if (p === undefined) return
        // Header names are case-insensitive on the wire; the rest are not.
        const key = p.in + '\0' + (p.in === 'header' ? p.name.toLowerCase() : p.name)
        if (override) merged.delete(key)
        merged.set(key, p)
      })
    }
    add(item['parameters'], joinPointer(itemAt, 'parameters'), false)
    add(op['parameters'], joinPointer(opAt, 'parameters'), true)
    const params = [...merged.values()]

    const allocator = new IdentifierAllocator(this.options.reserved?.parameters ?? [])
    const byRank = [...params].sort((a, b) => LOCATION_RANK[a.in] - LOCATION_RANK[b.in])
    const taken = new Map<string, SdkParameter>()
    for (const p of byRank) {
      const base = toIdentifier(p.name, {fallback: 'param'})
      const reasons = [...base.reasons]
      p.identifier = allocator.claim(base.identifier)
      if (p.identifier !== base.identifier) {
        const owner = taken.get(base.identifier.toLowerCase())
        reasons.push(owner ? `\`${base.identifier}\` is already the ${owner.in} parameter ${JSON.stringify(owner.name)}` : `\`${base.identifier}\` is reserved by the templates`)
      } else {
        taken.set(base.identifier.toLowerCase(), p)
      }
      if (reasons.length > 0) this.renames.push({from: p.name, to: p.identifier, reason: `${p.in} parameter of ${operationId}: ${reasons.join('; ')}`})
    }
    return params
  }

  private parameter(raw: unknown, at: string): SdkParameter | undefined {
    const {value: p, pointer} = this.deref(raw, at, 'parameter')
    const name = p['name']
    const location = p['in']
    if (typeof name !== 'string' || name === '') {
      this.ignoredParameters.push(pointer)
      return undefined
    }
    if (typeof location !== 'string' || !LOCATIONS.has(location)) this.fail(`parameter ${JSON.stringify(name)} has no valid \`in\` (path, query, header or cookie)`, pointer)
    const loc = location as SdkParamLocation
    if (loc === 'header' && IGNORED_HEADERS.has(name.toLowerCase())) return undefined
    let schemaPointer: string | undefined
    if (p['schema'] !== undefined) schemaPointer = this.schemaAt(joinPointer(pointer, 'schema')).pointer
    else if (isObject(p['content'])) {
      const first = Object.keys(p['content'])[0]
      if (first !== undefined && isObject(p['content'][first]) && p['content'][first]['schema'] !== undefined) {
        schemaPointer = this.schemaAt(joinPointer(pointer, 'content', first, 'schema')).pointer
      }
    }
    const style = str(p['style']) ?? (loc === 'query' || loc === 'cookie' ? 'form' : 'simple')
    return {
      name,
      identifier: '',
      in: loc,
      required: loc === 'path' ? true : p['required'] === true,
      style,
      explode: typeof p['explode'] === 'boolean' ? p['explode'] : style === 'form',
      allowReserved: p['allowReserved'] === true,
      description: str(p['description']),
      deprecated: p['deprecated'] === true,
      schemaPointer,
    }
  }

  private body(raw: unknown, at: string): SdkBody {
    const {value: b, pointer} = this.deref(raw, at, 'request body')
    const mediaTypes: SdkBody['mediaTypes'] = []
    if (isObject(b['content'])) {
      for (const [mediaType, m] of entries(b['content'])) {
        const {pointer: schemaPointer, schema} = this.mediaSchema(m, joinPointer(pointer, 'content', mediaType))
        mediaTypes.push({mediaType, kind: bodyKind(mediaType, schema), schemaPointer})
      }
    }
    return {required: b['required'] === true, mediaTypes}
  }

  private mediaSchema(m: unknown, at: string): {pointer: string | undefined; schema: JsonObject | undefined} {
    if (!isObject(m) || m['schema'] === undefined) return {pointer: undefined, schema: undefined}
    return this.schemaAt(joinPointer(at, 'schema'))
  }

  private responses(raw: unknown, at: string): SdkResponse[] {
    if (!isObject(raw)) return []
    const out: SdkResponse[] = []
    for (const [status, value] of entries(raw)) {
      if (status.startsWith('x-')) continue
      const {value: r, pointer} = this.deref(value, joinPointer(at, status), `response ${status}`)
      const mediaTypes: SdkResponse['mediaTypes'] = []
      if (isObject(r['content'])) {
        for (const [mediaType, m] of entries(r['content'])) {
          const {pointer: schemaPointer, schema} = this.mediaSchema(m, joinPointer(pointer, 'content', mediaType))
          mediaTypes.push({mediaType, kind: responseKind(mediaType, schema), schemaPointer})
        }
      }
      const headers: string[] = []
      if (isObject(r['headers'])) {
        for (const name of Object.keys(r['headers'])) {
          const lower = name.toLowerCase()
          // The specification: a response header named Content-Type is ignored.
          if (lower !== 'content-type' && !headers.includes(lower)) headers.push(lower)
        }
      }
      out.push({status, success: /^2(\d\d|xx)$/i.test(status), description: str(r['description']), mediaTypes, headers})
    }
    return out
  }

  private tags(operations: SdkOperation[]): SdkModel['tags'] {
    const used = new Set(operations.flatMap((op) => op.tags))
    const out: SdkModel['tags'] = []
    const listed = new Set<string>()
    if (Array.isArray(this.doc['tags'])) {
      for (const t of this.doc['tags']) {
        if (!isObject(t) || typeof t['name'] !== 'string' || listed.has(t['name']) || !used.has(t['name'])) continue
        listed.add(t['name'])
        out.push({name: t['name'], description: str(t['description'])})
      }
    }
    for (const op of operations) {
      for (const name of op.tags) {
        if (listed.has(name)) continue
        listed.add(name)
        out.push({name, description: undefined})
      }
    }
    return out
  }
}

/** `get` `/pets/{petId}` -> `getPetsByPetId`; `/` -> `getRoot`. */
export function nameFromPath(method: string, path: string): string {
  const words = [method]
  for (const segment of path.split('/')) {
    for (const part of segment.split(/(\{[^}]*\})/)) {
      if (part === '') continue
      if (part.startsWith('{') && part.endsWith('}')) words.push('By', part.slice(1, -1))
      else words.push(part)
    }
  }
  if (words.length === 1) words.push('Root')
  return toIdentifier(words.join(' '), {fallback: method, reserved: new Set()}).identifier
}

/** `Swagger Petstore` -> `SwaggerPetstoreClient`. */
export function clientName(title: string): string {
  let base = pascalCase(title).replace(/Client$/, '')
  if (base === '') base = 'Api'
  if (/^[0-9]/.test(base)) base = 'Api' + base
  return base + 'Client'
}

/** `application/problem+json; charset=utf-8` -> `application/problem+json`. */
function essence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase()
}

function isJsonType(t: string): boolean {
  const sub = t.split('/')[1] ?? ''
  return sub === 'json' || sub.endsWith('+json')
}

function isBinarySchema(schema: JsonObject | undefined): boolean {
  // 3.0 says `format: binary`; 3.1 says `contentMediaType` or `contentEncoding` on a string.
  return schema !== undefined && (schema['format'] === 'binary' || schema['contentMediaType'] !== undefined || schema['contentEncoding'] === 'binary')
}

function isBinaryType(t: string): boolean {
  return (
    t === 'application/octet-stream' ||
    /^(image|audio|video|font)\//.test(t) ||
    ['application/pdf', 'application/zip', 'application/gzip', 'application/x-gzip', 'application/x-tar'].includes(t)
  )
}

function isStringSchema(schema: JsonObject): boolean {
  const t = schema['type']
  return t === 'string' || (Array.isArray(t) && t.includes('string') && t.every((x) => x === 'string' || x === 'null'))
}

/**
 * What a wildcard (`* /*`, `application/*`) carries: raw data when its schema is a string or there is none, JSON when the
 * schema describes a structure.
 */
function wildcardKind(schema: JsonObject | undefined): 'json' | 'binary' | 'other' {
  if (schema === undefined) return 'other'
  if (isBinarySchema(schema) || isStringSchema(schema)) return 'binary'
  return 'json'
}

export function bodyKind(mediaType: string, schema: JsonObject | undefined): BodyKind {
  const t = essence(mediaType)
  if (t === 'application/x-www-form-urlencoded') return 'form'
  if (t.startsWith('multipart/')) return 'multipart'
  return responseKind(mediaType, schema)
}

export function responseKind(mediaType: string, schema: JsonObject | undefined): ResponseKind {
  const t = essence(mediaType)
  if (isJsonType(t)) return 'json'
  if (t === '*/*' || t === 'application/*' || t === '*') return wildcardKind(schema)
  if (isBinaryType(t) || isBinarySchema(schema)) return 'binary'
  if (t.startsWith('text/')) return 'text'
  return 'other'
}

function toScheme(name: string, s: JsonObject): SdkSecurityScheme | undefined {
  const description = str(s['description'])
  const authType = str(s['x-amazon-apigateway-authtype'])?.toLowerCase()
  if (authType === 'awssigv4') return {name, type: 'awsSigv4', description}
  switch (s['type']) {
    case 'apiKey': {
      const where = s['in']
      const paramName = str(s['name'])
      if ((where !== 'header' && where !== 'query' && where !== 'cookie') || paramName === undefined) return undefined
      return {name, type: 'apiKey', in: where, paramName, description}
    }
    case 'http': {
      const scheme = (str(s['scheme']) ?? 'bearer').toLowerCase()
      return {name, type: 'http', scheme, bearerFormat: str(s['bearerFormat']), description}
    }
    case 'oauth2':
    case 'openIdConnect':
      return {name, type: s['type'], description}
    default:
      // mutualTLS (3.1) is the connection's business; anything else is not a scheme a client can apply.
      return undefined
  }
}

/** A `servers` list as the model's servers (entries without a URL left out); variables default to their first enum value. */
function serverList(value: unknown): SdkServer[] {
  const out: SdkServer[] = []
  const list = Array.isArray(value) ? value : []
  for (const server of list) {
    if (!isObject(server) || typeof server['url'] !== 'string') continue
    const variables: SdkServer['variables'] = []
    if (isObject(server['variables'])) {
      for (const [name, v] of entries(server['variables'])) {
        if (!isObject(v)) continue
        const values = Array.isArray(v['enum']) ? v['enum'].filter((e) => typeof e === 'string' || typeof e === 'number').map(String) : undefined
        variables.push({name, default: v['default'] === undefined ? (values?.[0] ?? '') : String(v['default']), enum: values, description: str(v['description'])})
      }
    }
    out.push({url: server['url'], description: str(server['description']), variables})
  }
  return out
}

