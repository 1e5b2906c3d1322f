// Swagger 2.0 to OpenAPI 3.0.3, for what reads 3.x only: `apix sdk gen` (openapi-typescript) and the API Gateway
// document (`apix export`, lint's gateway rules), which is built as 3.0 whatever the spec's version. The conversion
// is a pure function of one bundled document (internal `#/...` references only). Whatever 3.0 cannot say exactly is
// a note that points into the INPUT document; whatever converts exactly says nothing. Where a construct must go, the
// output is looser rather than stricter.
//
// References are rewritten in one place: every node converted records where it went (input pointer -> output
// pointer), and once the whole output is built each `$ref` is mapped through that table. So a reference into a
// renamed component, into a parameter that became a request body, or into a response schema that moved under
// `content` still lands, wherever it is written (schemas, extensions, examples excepted: those are data).
import {ApixError} from '../errors.js'
import {isObject, type JsonObject} from './model.js'
import {escapeSegment, followRefs, fragmentToPointer, getByPointer, joinPointer, pointerToFragment, splitPointer, unfollowable} from './pointer.js'

export interface Swagger2Note {
  /** JSON pointer in the input document. */
  pointer: string
  message: string
}

export interface Swagger2Conversion {
  document: JsonObject
  notes: Swagger2Note[]
}

/** A bundled Swagger 2.0 document as OpenAPI 3.0.3 with the same meaning, and what could not be said exactly. */
export function swagger2ToOas30(doc: JsonObject): Swagger2Conversion {
  if (!isObject(doc)) throw new ApixError('not an OpenAPI document: the top level is not an object')
  if (doc['swagger'] === undefined || String(doc['swagger']) !== '2.0') {
    throw new ApixError(`not a Swagger 2.0 document (swagger: ${JSON.stringify(doc['swagger'] ?? null)})`, {
      hint: 'only Swagger 2.0 is converted; OpenAPI 3.x is read as it is',
    })
  }
  return new Up20(doc).convert()
}

const DEFAULT_MEDIA_TYPE = 'application/json'
const URLENCODED = 'application/x-www-form-urlencoded'
const MULTIPART = 'multipart/form-data'
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch'])
/** API Gateway's catch-all method holds an operation, so it is converted as one. */
const ANY_METHOD = 'x-amazon-apigateway-any-method'
/** 3.0.3: requestBody "SHALL be ignored by consumers" where RFC 7231 gives a body no semantics. */
const BODYLESS_METHODS = new Set(['get', 'head', 'delete'])
/** 3.0.3: "If in is header and the name field is Accept, Content-Type or Authorization, the parameter definition SHALL be ignored." */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization'])
/** The validation fields a 2.0 non-body parameter, header or items object shares with a schema (both converters use them). */
export const SWAGGER2_VALUE_FIELDS: readonly string[] = [
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'enum',
  'multipleOf',
]
/** The fields of a 2.0 non-body parameter, header or items object that describe the value: they become `schema`. */
const SIMPLE_SCHEMA_KEYS = new Set(['type', 'format', 'items', ...SWAGGER2_VALUE_FIELDS, 'x-nullable'])
/** 3.0: component names "MUST use keys that match the regular expression ^[a-zA-Z0-9\.\-_]+$". */
const COMPONENT_NAME = /^[a-zA-Z0-9.\-_]+$/
/** Deeper than this is a document built to exhaust the stack, not an API. */
const MAX_DEPTH = 1000

const OPERATION_FIELDS = new Set(['tags', 'summary', 'description', 'externalDocs', 'operationId', 'deprecated'])

interface PendingRef {
  /** The output object whose `$ref` is rewritten once every node has its place. */
  holder: JsonObject
  /** Input pointer the reference names. */
  target: string
  /** Input pointer of the object holding the `$ref`. */
  at: string
}

/** A parameter as an operation sees it: the `$ref` followed. */
interface ParameterEntry {
  param: JsonObject
  /** Where the parameter is written (the target of the `$ref` when there is one). */
  at: string
  /** Where it is listed (the `$ref` itself when there is one). */
  listed: string
  viaRef: boolean
}

class Up20 {
  private readonly notes: Swagger2Note[] = []
  private readonly noted = new Set<string>()
  /** Input pointer -> output pointer of every node placed; the first placement wins (components before inline copies). */
  private readonly places = new Map<string, string>()
  private readonly pending: PendingRef[] = []
  /** Security scheme names renamed to fit 3.0's component names: requirements name them too. */
  private readonly securityNames = new Map<string, string>()
  /** formData parameter components (2.0 `parameters`), which 3.0 has no section for, and whether an operation used one. */
  private readonly formComponents = new Map<string, boolean>()
  private readonly globalConsumes: string[] | undefined
  private readonly globalProduces: string[] | undefined
  private depth = 0

  constructor(private readonly root: JsonObject) {
    this.globalConsumes = mediaTypes(root['consumes'])
    this.globalProduces = mediaTypes(root['produces'])
  }

  convert(): Swagger2Conversion {
    const d = this.root
    this.places.set('', '')
    const out: JsonObject = {openapi: '3.0.3'}
    if ('info' in d) out['info'] = this.copy(d['info'], '/info')
    const servers = this.servers(d['schemes'], '/schemes')
    if (servers.length > 0) out['servers'] = servers

    // Components first, so references land on them rather than on a copy an operation took inline.
    const components: JsonObject = {}
    this.definitions(d['definitions'], components)
    this.parameterComponents(d['parameters'], components)
    this.responseComponents(d['responses'], components)
    this.securityDefinitions(d['securityDefinitions'], components)

    out['paths'] = this.paths(d['paths'])
    if (Object.keys(components).length > 0) out['components'] = components
    if ('security' in d) out['security'] = this.security(d['security'], '/security')
    if ('tags' in d) out['tags'] = this.copy(d['tags'], '/tags')
    if ('externalDocs' in d) out['externalDocs'] = this.copy(d['externalDocs'], '/externalDocs')

    const consumed = new Set(['swagger', 'info', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'paths', 'definitions', 'parameters', 'responses'])
    for (const k of ['securityDefinitions', 'security', 'tags', 'externalDocs']) consumed.add(k)
    for (const [k, v] of Object.entries(d)) {
      if (k.startsWith('x-')) out[k] = this.copy(v, joinPointer('', k))
      else if (!consumed.has(k)) this.note(joinPointer('', k), `\`${k}\` is not a Swagger 2.0 field; dropped`)
    }
    for (const [name, used] of this.formComponents) {
      if (!used) {
        this.note(
          joinPointer('/parameters', name),
          'a formData parameter has no OpenAPI 3.0 component form (form fields are properties of a request body schema) and no operation uses this one; dropped',
        )
      }
    }
    this.rewriteRefs(out)
    return {document: out, notes: this.notes}
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Bookkeeping

  private note(pointer: string, message: string): void {
    const key = pointer + '\0' + message
    if (this.noted.has(key)) return
    this.noted.add(key)
    this.notes.push({pointer, message})
  }

  private place(input: string, output: string): void {
    if (!this.places.has(input)) this.places.set(input, output)
  }

  private enter(pointer: string): void {
    if (++this.depth > MAX_DEPTH) {
      throw new ApixError(`the document nests deeper than ${MAX_DEPTH} levels`, {location: {file: '<swagger 2.0>', pointer}, hint: 'check the document for a runaway structure'})
    }
  }

  /** A `$ref` written into the output, its target mapped once the output is complete. */
  private refTo(target: string, at: string): JsonObject {
    const holder: JsonObject = {$ref: '#' + target}
    this.pending.push({holder, target, at})
    return holder
  }

  /** The output pointer a reference to `target` (an input pointer) lands on: the nearest placed ancestor, plus the rest. */
  private mapPointer(target: string): string {
    const segments = splitPointer(target)
    for (let i = segments.length; i >= 0; i--) {
      const prefix = i === 0 ? '' : '/' + segments.slice(0, i).map(escapeSegment).join('/')
      const hit = this.places.get(prefix)
      if (hit !== undefined) return joinPointer(hit, ...segments.slice(i))
    }
    return target
  }

  private rewriteRefs(doc: JsonObject): void {
    for (const {holder, target, at} of this.pending) {
      const original = holder['$ref']
      if (target !== '' && !target.startsWith('/')) {
        this.note(joinPointer(at, '$ref'), `${String(original)} is not a JSON pointer fragment; kept as it is`)
        holder['$ref'] = original
        continue
      }
      if (getByPointer(this.root, target) === undefined) {
        this.note(joinPointer(at, '$ref'), `${String(original)} cannot be followed in the input; kept as it is`)
        holder['$ref'] = pointerToFragment(this.mapPointer(target))
        continue
      }
      const mapped = this.mapPointer(target)
      holder['$ref'] = pointerToFragment(mapped)
      if (getByPointer(doc, mapped) === undefined) {
        this.note(joinPointer(at, '$ref'), `${String(original)} names something with no place in OpenAPI 3.0; the reference cannot be followed`)
      }
    }
  }

  /** Follows internal `$ref`s (chains too); undefined, with a note, when one cannot be followed. */
  private follow(value: unknown, pointer: string): {value: unknown; pointer: string; viaRef: boolean} | undefined {
    const r = followRefs(this.root, value, pointer)
    if (r.ok) return r
    this.note(
      joinPointer(r.at, '$ref'),
      r.problem === 'external' ? `only internal references (#/...) are converted (bundle the document first); ${r.ref} is dropped` : `${unfollowable(r)}; dropped`,
    )
    return undefined
  }

  /** A deep copy in which every internal `$ref` is rewritten (extensions, info, tags: anything with no 2.0 meaning to convert). */
  private copy(value: unknown, pointer: string): unknown {
    if (Array.isArray(value)) {
      this.enter(pointer)
      const list = value.map((v, i) => this.copy(v, joinPointer(pointer, i)))
      this.depth--
      return list
    }
    if (!isObject(value)) return value
    this.enter(pointer)
    const out: JsonObject = {}
    for (const [k, v] of Object.entries(value)) out[k] = k === '$ref' ? v : this.copy(v, joinPointer(pointer, k))
    const ref = value['$ref']
    if (typeof ref === 'string' && ref.startsWith('#')) this.pending.push({holder: out, target: fragmentToPointer(ref), at: pointer})
    this.depth--
    return out
  }

  /** Component names 3.0 accepts, with a note for each renamed one. */
  private componentNames(section: JsonObject, pointer: string, extra: (name: string) => string = () => ''): Map<string, string> {
    const names = new Map<string, string>()
    const taken = new Set(Object.keys(section).filter((n) => COMPONENT_NAME.test(n)))
    for (const name of Object.keys(section)) {
      if (COMPONENT_NAME.test(name)) {
        names.set(name, name)
        continue
      }
      const base = name.replace(/[^a-zA-Z0-9.\-_]+/g, '_') || '_'
      let candidate = base
      for (let i = 2; taken.has(candidate); i++) candidate = `${base}_${i}`
      taken.add(candidate)
      names.set(name, candidate)
      this.note(joinPointer(pointer, name), `\`${name}\` is not a valid OpenAPI 3.0 component name; renamed to \`${candidate}\`${extra(name)}`)
    }
    return names
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Servers

  /** `host`, `basePath` and a `schemes` list as server objects; [] when the document's own location is meant. */
  private servers(schemes: unknown, pointer: string, operation = false): JsonObject[] {
    const host = typeof this.root['host'] === 'string' && this.root['host'] !== '' ? this.root['host'] : undefined
    const basePath = typeof this.root['basePath'] === 'string' ? this.root['basePath'] : ''
    const list = Array.isArray(schemes) ? schemes.filter((s): s is string => typeof s === 'string') : []
    if (host === undefined) {
      if (list.length > 0) {
        this.note(pointer, 'without `host`, OpenAPI 3.0 cannot name a scheme for the host the document is served from; the scheme is dropped')
      }
      return operation || basePath === '' ? [] : [{url: basePath}]
    }
    // A scheme-relative URL: 2.0's default scheme is the one the document was fetched with, which is what it means.
    if (list.length === 0) return operation ? [] : [{url: `//${host}${basePath}`}]
    return list.map((s) => ({url: `${s}://${host}${basePath}`}))
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Components

  private definitions(section: unknown, components: JsonObject): void {
    if (section === undefined) return
    if (!isObject(section)) {
      this.note('/definitions', '`definitions` is not an object; dropped')
      return
    }
    const hasDiscriminator = containsKey(section, 'discriminator')
    // 2.0's discriminator values are definition names: a renamed subtype (one built with allOf) no longer matches.
    const subtype = (name: string) => hasDiscriminator && isObject(section[name]) && Array.isArray(section[name]['allOf'])
    const names = this.componentNames(section, '/definitions', (name) => (subtype(name) ? ' (a discriminator value naming it no longer matches the new name)' : ''))
    this.places.set('/definitions', '/components/schemas')
    const schemas: JsonObject = {}
    for (const [name, schema] of Object.entries(section)) {
      const target = names.get(name) ?? name
      schemas[target] = this.schema(schema, joinPointer('/definitions', name), joinPointer('/components/schemas', target))
    }
    components['schemas'] = schemas
  }

  private parameterComponents(section: unknown, components: JsonObject): void {
    if (section === undefined) return
    if (!isObject(section)) {
      this.note('/parameters', '`parameters` is not an object; dropped')
      return
    }
    const names = this.componentNames(section, '/parameters')
    this.places.set('/parameters', '/components/parameters')
    const parameters: JsonObject = {}
    const requestBodies: JsonObject = {}
    for (const [name, value] of Object.entries(section)) {
      const pointer = joinPointer('/parameters', name)
      const target = names.get(name) ?? name
      const resolved = this.follow(value, pointer)
      if (!resolved || !isObject(resolved.value)) {
        if (resolved) this.note(pointer, 'a parameter is not an object; dropped')
        continue
      }
      const param = resolved.value
      if (param['in'] === 'formData') {
        this.formComponents.set(name, false)
      } else if (param['in'] === 'body') {
        const out = joinPointer('/components/requestBodies', target)
        requestBodies[target] = resolved.viaRef ? this.refTo(resolved.pointer, pointer) : this.requestBody(param, pointer, out, this.bodyMediaTypes(undefined))
        this.place(pointer, out)
      } else {
        const out = joinPointer('/components/parameters', target)
        parameters[target] = resolved.viaRef ? this.refTo(resolved.pointer, pointer) : this.parameter(param, pointer, out)
        this.place(pointer, out)
      }
    }
    if (Object.keys(parameters).length > 0) components['parameters'] = parameters
    if (Object.keys(requestBodies).length > 0) components['requestBodies'] = requestBodies
  }

  private responseComponents(section: unknown, components: JsonObject): void {
    if (section === undefined) return
    if (!isObject(section)) {
      this.note('/responses', '`responses` is not an object; dropped')
      return
    }
    const names = this.componentNames(section, '/responses')
    this.places.set('/responses', '/components/responses')
    const responses: JsonObject = {}
    for (const [name, value] of Object.entries(section)) {
      const pointer = joinPointer('/responses', name)
      const target = names.get(name) ?? name
      const out = joinPointer('/components/responses', target)
      if (isObject(value) && typeof value['$ref'] === 'string') {
        const resolved = this.follow(value, pointer)
        if (resolved) responses[target] = this.refTo(resolved.pointer, pointer)
      } else {
        responses[target] = this.response(value, pointer, out, this.produces(undefined))
      }
    }
    components['responses'] = responses
  }

  private securityDefinitions(section: unknown, components: JsonObject): void {
    if (section === undefined) return
    if (!isObject(section)) {
      this.note('/securityDefinitions', '`securityDefinitions` is not an object; dropped')
      return
    }
    const names = this.componentNames(section, '/securityDefinitions')
    for (const [k, v] of names) this.securityNames.set(k, v)
    this.places.set('/securityDefinitions', '/components/securitySchemes')
    const schemes: JsonObject = {}
    for (const [name, value] of Object.entries(section)) {
      const target = names.get(name) ?? name
      const pointer = joinPointer('/securityDefinitions', name)
      this.place(pointer, joinPointer('/components/securitySchemes', target))
      schemes[target] = this.securityScheme(value, pointer)
    }
    components['securitySchemes'] = schemes
  }

  private securityScheme(value: unknown, pointer: string): unknown {
    if (!isObject(value)) {
      this.note(pointer, 'a security scheme is not an object; kept as it is')
      return this.copy(value, pointer)
    }
    const type = value['type']
    const out: JsonObject = {}
    const extensions = (skip: Set<string>) => {
      for (const [k, v] of Object.entries(value)) {
        if (k.startsWith('x-')) out[k] = this.copy(v, joinPointer(pointer, k))
        else if (!skip.has(k)) this.note(joinPointer(pointer, k), `\`${k}\` is not a field of a ${String(type)} security scheme; dropped`)
      }
    }
    if (type === 'basic') {
      out['type'] = 'http'
      out['scheme'] = 'basic'
      if ('description' in value) out['description'] = value['description']
      extensions(new Set(['type', 'description']))
    } else if (type === 'apiKey') {
      for (const k of ['type', 'name', 'in', 'description']) if (k in value) out[k] = value[k]
      extensions(new Set(['type', 'name', 'in', 'description']))
    } else if (type === 'oauth2') {
      out['type'] = 'oauth2'
      if ('description' in value) out['description'] = value['description']
      const flow = value['flow']
      const scopes = isObject(value['scopes']) ? structuredClone(value['scopes']) : {}
      const name = typeof flow === 'string' ? OAUTH2_FLOWS[flow] : undefined
      if (name === undefined) {
        this.note(joinPointer(pointer, 'flow'), `OAuth2 flow ${JSON.stringify(flow ?? null)} is not one of implicit, password, application, accessCode; the scheme has no flows`)
        out['flows'] = {}
      } else {
        const f: JsonObject = {}
        if (name === 'implicit' || name === 'authorizationCode') f['authorizationUrl'] = value['authorizationUrl'] ?? ''
        if (name !== 'implicit') f['tokenUrl'] = value['tokenUrl'] ?? ''
        f['scopes'] = scopes
        out['flows'] = {[name]: f}
      }
      extensions(new Set(['type', 'description', 'flow', 'authorizationUrl', 'tokenUrl', 'scopes']))
    } else {
      this.note(joinPointer(pointer, 'type'), `security scheme type ${JSON.stringify(type ?? null)} is not one of basic, apiKey, oauth2; kept as it is`)
      return this.copy(value, pointer)
    }
    return out
  }

  /** Security requirements, with the names of renamed schemes followed. */
  private security(value: unknown, pointer: string): unknown {
    if (!Array.isArray(value)) return this.copy(value, pointer)
    return value.map((requirement, i) => {
      if (!isObject(requirement)) return this.copy(requirement, joinPointer(pointer, i))
      const out: JsonObject = {}
      for (const [name, scopes] of Object.entries(requirement)) out[this.securityNames.get(name) ?? name] = structuredClone(scopes)
      return out
    })
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Schemas

  /** A 2.0 Schema Object as a 3.0 one. */
  private schema(node: unknown, inPtr: string, outPtr: string): unknown {
    if (!isObject(node)) {
      if (node !== undefined) this.note(inPtr, 'a schema is not an object; kept as it is')
      return structuredClone(node)
    }
    this.place(inPtr, outPtr)
    this.enter(inPtr)
    const out: JsonObject = {}
    let nullable = false
    let file = false
    for (const [k, v] of Object.entries(node)) {
      const at = joinPointer(inPtr, k)
      const to = joinPointer(outPtr, k)
      switch (k) {
        case '$ref':
          if (typeof v === 'string' && v.startsWith('#')) {
            out['$ref'] = v
            this.pending.push({holder: out, target: fragmentToPointer(v), at: inPtr})
          } else {
            this.note(at, `only internal references (#/...) are converted (bundle the document first); ${String(v)} is kept as it is`)
            out['$ref'] = v
          }
          break
        case 'x-nullable':
          if (v === true) {
            nullable = true
            out['nullable'] = true
          } else if (v !== false) {
            this.note(at, '`x-nullable` is not a boolean; kept as an extension')
            out[k] = structuredClone(v)
          }
          break
        case 'type':
          if (v === 'file') {
            file = true
            out['type'] = 'string'
          } else if (Array.isArray(v)) {
            this.typeList(v, at, out)
          } else {
            out['type'] = v
          }
          break
        case 'discriminator':
          out['discriminator'] = typeof v === 'string' ? {propertyName: v} : structuredClone(v)
          break
        case 'items':
          if (Array.isArray(v)) {
            this.note(at, 'a list of `items` schemas (a tuple) has no OpenAPI 3.0 form; items are not checked')
          } else {
            out['items'] = this.schema(v, at, to)
          }
          break
        case 'additionalProperties':
        case 'not':
          out[k] = typeof v === 'boolean' ? v : this.schema(v, at, to)
          break
        case 'properties':
          out[k] = isObject(v) ? Object.fromEntries(Object.entries(v).map(([name, s]) => [name, this.schema(s, joinPointer(at, name), joinPointer(to, name))])) : structuredClone(v)
          break
        case 'allOf':
        case 'anyOf':
        case 'oneOf':
          out[k] = Array.isArray(v) ? v.map((s, i) => this.schema(s, joinPointer(at, i), joinPointer(to, i))) : structuredClone(v)
          break
        case 'example':
        case 'default':
        case 'enum':
          out[k] = structuredClone(v)
          break
        default:
          out[k] = this.copy(v, at)
      }
    }
    if (file) out['format'] = 'binary'
    this.depth--
    return nullable ? this.nullable(out, joinPointer(inPtr, 'x-nullable')) : out
  }

  /** A converted schema that also accepts null (`x-nullable: true`, written at `pointer`). */
  private nullable(schema: unknown, pointer: string): unknown {
    if (!isObject(schema)) return schema
    if (typeof schema['$ref'] === 'string') {
      // 2.0 ignores a `$ref`'s siblings but tools honour `x-nullable` there; 3.0 needs the reference wrapped.
      delete schema['nullable']
      this.note(pointer, 'a nullable reference is written `allOf: [$ref]` with `nullable: true`, which OpenAPI 3.0.3 honours only beside `type` (most tools read it)')
      return {nullable: true, allOf: [schema]}
    }
    schema['nullable'] = true
    if (schema['type'] === undefined) this.note(pointer, '`nullable: true` without `type`: OpenAPI 3.0.3 honours it only beside `type` (most tools read it)')
    return schema
  }

  /** JSON Schema's `type: [a, b]`, which 3.0 writes as one type (plus `nullable`) or `anyOf`. */
  private typeList(types: unknown[], at: string, out: JsonObject): void {
    const named = types.filter((t) => t !== 'null').map((t) => (t === 'file' ? 'string' : t))
    const nullable = named.length < types.length
    if (named.length === 1) {
      out['type'] = named[0]
      if (nullable) out['nullable'] = true
    } else if (named.length === 0) {
      this.note(at, 'a schema whose only type is null has no OpenAPI 3.0 form; any value is accepted')
    } else if ('anyOf' in out) {
      this.note(at, 'a list of types beside `anyOf` has no OpenAPI 3.0 form; the types are not checked')
    } else {
      out['anyOf'] = named.map((t, i) => (nullable && i === 0 ? {type: t, nullable: true} : {type: t}))
    }
  }

  /**
   * The value-describing fields of a non-body parameter, header or items object, as a 2.0 schema-like object (the
   * structure kept, so pointers inside line up). `collectionFormat` is left out: the caller turns it into style.
   */
  private simpleSchema(node: JsonObject, pointer: string, top: boolean): JsonObject {
    const out: JsonObject = {}
    for (const [k, v] of Object.entries(node)) {
      if (k === 'items' && isObject(v)) {
        out[k] = this.simpleSchema(v, joinPointer(pointer, k), false)
        if (v['type'] === 'array' && node['type'] === 'array') {
          this.note(joinPointer(pointer, k), `an array of arrays has no OpenAPI 3.0 serialization: style describes the outer array only, so the inner collectionFormat ${String(v['collectionFormat'] ?? 'csv')} is lost`)
        }
      } else if (SIMPLE_SCHEMA_KEYS.has(k) || (!top && (k.startsWith('x-') || k === '$ref'))) {
        out[k] = v
      }
    }
    return out
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Parameters and request bodies

  /** A non-body parameter (query, header, path; cookie is not 2.0 but passes) as a 3.0 parameter with `schema`. */
  private parameter(param: JsonObject, inPtr: string, outPtr: string): JsonObject {
    this.place(inPtr, outPtr)
    const out: JsonObject = {}
    const where = param['in']
    for (const k of ['name', 'in', 'description', 'required']) if (k in param) out[k] = structuredClone(param[k])
    if ('allowEmptyValue' in param) {
      if (where === 'query') out['allowEmptyValue'] = param['allowEmptyValue']
      else this.note(joinPointer(inPtr, 'allowEmptyValue'), `\`allowEmptyValue\` applies to query parameters only in OpenAPI 3.0; dropped`)
    }
    if (param['type'] === 'array') Object.assign(out, this.style(param, inPtr, typeof where === 'string' ? where : ''))
    if (param['type'] === 'file') this.note(joinPointer(inPtr, 'type'), '`type: file` belongs to formData parameters; written as a binary string')
    out['schema'] = this.schema(this.simpleSchema(param, inPtr, true), inPtr, joinPointer(outPtr, 'schema'))
    for (const [k, v] of Object.entries(param)) {
      if (k.startsWith('x-')) {
        if (k !== 'x-nullable') out[k] = this.copy(v, joinPointer(inPtr, k))
      } else if (!PARAMETER_FIELDS.has(k)) {
        this.note(joinPointer(inPtr, k), `\`${k}\` is not a field of a Swagger 2.0 parameter; dropped`)
      }
    }
    if (where === 'header' && typeof param['name'] === 'string' && IGNORED_HEADERS.has(param['name'].toLowerCase())) {
      this.note(inPtr, `OpenAPI 3.0 ignores a header parameter named ${param['name']} (media types and security say it instead)`)
    }
    return out
  }

  /** `collectionFormat` of an array parameter or header as 3.0 style and explode (only where they differ from 3.0's defaults). */
  private style(node: JsonObject, pointer: string, where: string): JsonObject {
    const format = typeof node['collectionFormat'] === 'string' ? node['collectionFormat'] : 'csv'
    const at = joinPointer(pointer, 'collectionFormat')
    if (where === 'query') {
      switch (format) {
        case 'csv':
          return {style: 'form', explode: false}
        case 'ssv':
          return {style: 'spaceDelimited', explode: false}
        case 'pipes':
          return {style: 'pipeDelimited', explode: false}
        case 'multi':
          return {style: 'form', explode: true}
        case 'tsv':
          this.note(at, 'collectionFormat tsv (tab-separated) has no OpenAPI 3.0 equivalent; written as form (comma-separated)')
          return {style: 'form', explode: false}
        default:
          this.note(at, `collectionFormat ${format} is not a Swagger 2.0 format; written as form (comma-separated)`)
          return {style: 'form', explode: false}
      }
    }
    // path and header: simple, comma-separated, is 3.0's default and 2.0's csv.
    if (format !== 'csv') {
      this.note(at, `collectionFormat ${format} has no OpenAPI 3.0 equivalent in a ${where || 'non-query'} parameter; written as simple (comma-separated)`)
    }
    return {}
  }

  /** Each entry of a parameter list, `$ref`s followed. */
  private parameterList(list: unknown, pointer: string): ParameterEntry[] {
    if (list === undefined) return []
    if (!Array.isArray(list)) {
      this.note(pointer, '`parameters` is not a list; dropped')
      return []
    }
    const entries: ParameterEntry[] = []
    list.forEach((value, i) => {
      const listed = joinPointer(pointer, i)
      const resolved = this.follow(value, listed)
      if (!resolved) return
      if (!isObject(resolved.value)) {
        this.note(listed, 'a parameter is not an object; dropped')
        return
      }
      entries.push({param: resolved.value, at: resolved.pointer, listed, viaRef: resolved.viaRef})
    })
    return entries
  }

  /** A parameter that stays a parameter: a `$ref` to a component stays a `$ref`. */
  private parameterOut(entry: ParameterEntry, outPtr: string): JsonObject {
    this.place(entry.listed, outPtr)
    if (entry.viaRef) return this.refTo(entry.at, entry.listed)
    return this.parameter(entry.param, entry.at, outPtr)
  }

  /** A body parameter as a request body whose content has the schema under each media type consumed. */
  private requestBody(param: JsonObject, inPtr: string, outPtr: string, consumes: string[]): JsonObject {
    this.place(inPtr, outPtr)
    const out: JsonObject = {}
    if ('description' in param) out['description'] = param['description']
    const source = param['schema']
    const content: JsonObject = {}
    for (const mediaType of consumes) {
      if (source === undefined) {
        content[mediaType] = {}
        continue
      }
      const schemaPtr = joinPointer(outPtr, 'content', mediaType, 'schema')
      const schema = this.schema(source, joinPointer(inPtr, 'schema'), schemaPtr)
      content[mediaType] = {schema: param['x-nullable'] === true ? this.nullable(schema, joinPointer(inPtr, 'x-nullable')) : schema}
    }
    if (source === undefined) this.note(inPtr, 'a body parameter without `schema`: any body is accepted')
    out['content'] = content
    if (param['required'] === true) out['required'] = true
    for (const [k, v] of Object.entries(param)) {
      if (k.startsWith('x-')) {
        if (k !== 'x-nullable') out[k] = this.copy(v, joinPointer(inPtr, k))
      } else if (!['name', 'in', 'description', 'required', 'schema'].includes(k)) {
        this.note(joinPointer(inPtr, k), `\`${k}\` is not a field of a Swagger 2.0 body parameter; dropped`)
      }
    }
    return out
  }

  /** formData parameters as one request body: an object schema, one property per field. */
  private formBody(entries: ParameterEntry[], consumes: {list: string[] | undefined; pointer: string}, outPtr: string): JsonObject {
    const hasFile = entries.some((e) => e.param['type'] === 'file')
    const declared = (consumes.list ?? []).filter((m) => isFormMediaType(m))
    if (consumes.list && declared.length === 0) {
      this.note(consumes.pointer, `consumes names no form media type for the formData parameters; ${hasFile ? MULTIPART : URLENCODED} is used`)
    }
    const media = declared.length > 0 ? declared : [hasFile ? MULTIPART : URLENCODED]
    const required = entries.filter((e) => e.param['required'] === true).map((e) => e.param['name'])
    const content: JsonObject = {}
    for (const mediaType of media) {
      const schemaPtr = joinPointer(outPtr, 'content', mediaType, 'schema')
      const multipart = mediaType.toLowerCase().startsWith('multipart/')
      const properties: JsonObject = {}
      const encoding: JsonObject = {}
      for (const {param, at, listed} of entries) {
        const name = typeof param['name'] === 'string' ? param['name'] : ''
        const propertyPtr = joinPointer(schemaPtr, 'properties', name)
        this.place(listed, propertyPtr)
        const converted = this.schema(this.simpleSchema(param, at, true), at, propertyPtr)
        const property: JsonObject = {}
        if ('description' in param) property['description'] = param['description']
        if (isObject(converted)) Object.assign(property, converted)
        for (const [k, v] of Object.entries(param)) {
          if (k.startsWith('x-') && k !== 'x-nullable') property[k] = this.copy(v, joinPointer(at, k))
          else if (k === 'allowEmptyValue') this.note(joinPointer(at, k), '`allowEmptyValue` has no OpenAPI 3.0 form in a request body; dropped')
          else if (!PARAMETER_FIELDS.has(k) && !k.startsWith('x-')) this.note(joinPointer(at, k), `\`${k}\` is not a field of a Swagger 2.0 parameter; dropped`)
        }
        properties[name] = property
        if (param['type'] !== 'array') continue
        const format = typeof param['collectionFormat'] === 'string' ? param['collectionFormat'] : 'csv'
        if (multipart) {
          if (format !== 'multi') {
            this.note(
              'collectionFormat' in param ? joinPointer(at, 'collectionFormat') : at,
              `OpenAPI 3.0 cannot say how an array is split in ${mediaType} (encoding style applies to ${URLENCODED} only); collectionFormat ${format} is lost`,
            )
          }
        } else {
          const style = this.style(param, at, 'query')
          if (format !== 'multi') encoding[name] = style
        }
      }
      const schema: JsonObject = {type: 'object', properties}
      if (required.length > 0) schema['required'] = required
      content[mediaType] = Object.keys(encoding).length > 0 ? {schema, encoding} : {schema}
    }
    const out: JsonObject = {content}
    if (required.length > 0) out['required'] = true
    return out
  }

  private bodyMediaTypes(operation: JsonObject | undefined): string[] {
    return mediaTypes(operation?.['consumes']) ?? this.globalConsumes ?? [DEFAULT_MEDIA_TYPE]
  }

  private produces(operation: JsonObject | undefined): string[] {
    return mediaTypes(operation?.['produces']) ?? this.globalProduces ?? [DEFAULT_MEDIA_TYPE]
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Responses

  private response(value: unknown, inPtr: string, outPtr: string, produces: string[]): unknown {
    if (!isObject(value)) {
      this.note(inPtr, 'a response is not an object; kept as it is')
      return this.copy(value, inPtr)
    }
    this.place(inPtr, outPtr)
    const out: JsonObject = {}
    if ('description' in value) out['description'] = value['description']
    else out['description'] = ''
    const headers = value['headers']
    if (isObject(headers)) {
      const converted: JsonObject = {}
      for (const [name, h] of Object.entries(headers)) {
        converted[name] = this.header(h, joinPointer(inPtr, 'headers', name), joinPointer(outPtr, 'headers', name))
      }
      out['headers'] = converted
    } else if (headers !== undefined) {
      this.note(joinPointer(inPtr, 'headers'), '`headers` is not an object; dropped')
    }
    const examples = isObject(value['examples']) ? value['examples'] : {}
    if ('schema' in value) {
      const content: JsonObject = {}
      for (const mediaType of produces) {
        const mediaPtr = joinPointer(outPtr, 'content', mediaType)
        const media: JsonObject = {schema: this.schema(value['schema'], joinPointer(inPtr, 'schema'), joinPointer(mediaPtr, 'schema'))}
        const example = Object.entries(examples).find(([m]) => m.toLowerCase() === mediaType.toLowerCase())
        if (example) media['example'] = structuredClone(example[1])
        content[mediaType] = media
      }
      out['content'] = content
    }
    for (const mediaType of Object.keys(examples)) {
      if (!('schema' in value)) {
        this.note(joinPointer(inPtr, 'examples', mediaType), 'an example for a response without `schema` (no body); dropped')
      } else if (!produces.some((m) => m.toLowerCase() === mediaType.toLowerCase())) {
        this.note(joinPointer(inPtr, 'examples', mediaType), `an example for ${mediaType}, which the operation does not produce; dropped`)
      }
    }
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith('x-')) out[k] = this.copy(v, joinPointer(inPtr, k))
      else if (!['description', 'headers', 'schema', 'examples'].includes(k)) this.note(joinPointer(inPtr, k), `\`${k}\` is not a field of a Swagger 2.0 response; dropped`)
    }
    return out
  }

  private header(value: unknown, inPtr: string, outPtr: string): unknown {
    if (!isObject(value)) {
      this.note(inPtr, 'a header is not an object; kept as it is')
      return this.copy(value, inPtr)
    }
    this.place(inPtr, outPtr)
    const out: JsonObject = {}
    if ('description' in value) out['description'] = value['description']
    if (value['type'] === 'array') Object.assign(out, this.style(value, inPtr, 'header'))
    out['schema'] = this.schema(this.simpleSchema(value, inPtr, true), inPtr, joinPointer(outPtr, 'schema'))
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith('x-')) {
        if (k !== 'x-nullable') out[k] = this.copy(v, joinPointer(inPtr, k))
      } else if (!SIMPLE_SCHEMA_KEYS.has(k) && k !== 'description' && k !== 'collectionFormat') {
        this.note(joinPointer(inPtr, k), `\`${k}\` is not a field of a Swagger 2.0 header; dropped`)
      }
    }
    return out
  }

  /** An operation's responses: a `$ref` to a component stays one when the component was written for the same media types. */
  private responses(value: unknown, inPtr: string, outPtr: string, produces: string[]): unknown {
    if (!isObject(value)) {
      this.note(inPtr, '`responses` is not an object; kept as it is')
      return this.copy(value, inPtr)
    }
    this.place(inPtr, outPtr)
    const out: JsonObject = {}
    const sameAsComponents = sameList(produces, this.produces(undefined))
    for (const [code, r] of Object.entries(value)) {
      const at = joinPointer(inPtr, code)
      const to = joinPointer(outPtr, code)
      if (code.startsWith('x-')) {
        out[code] = this.copy(r, at)
        continue
      }
      const resolved = this.follow(r, at)
      if (!resolved) continue
      if (resolved.viaRef && sameAsComponents && isComponent(resolved.pointer, 'responses')) {
        this.place(at, to)
        out[code] = this.refTo(resolved.pointer, at)
      } else {
        this.place(at, to)
        out[code] = this.response(resolved.value, resolved.pointer, to, produces)
      }
    }
    return out
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Paths and operations

  private paths(value: unknown): JsonObject {
    const out: JsonObject = {}
    if (value === undefined) return out
    if (!isObject(value)) {
      this.note('/paths', '`paths` is not an object; dropped')
      return out
    }
    for (const [path, item] of Object.entries(value)) {
      const pointer = joinPointer('/paths', path)
      out[path] = path.startsWith('x-') ? this.copy(item, pointer) : this.pathItem(item, pointer, pointer)
    }
    return out
  }

  private pathItem(value: unknown, inPtr: string, outPtr: string): JsonObject {
    this.place(inPtr, outPtr)
    // A path item `$ref` (rare once bundled) is written in place: 3.0 tools seldom follow one.
    const resolved = this.follow(value, inPtr)
    if (!resolved) return {}
    if (!isObject(resolved.value)) {
      this.note(inPtr, 'a path item is not an object; dropped')
      return {}
    }
    const item = resolved.value
    const at = resolved.pointer
    // Written in place, its operations would repeat their operationIds, which 3.0 requires unique: the copy goes without.
    const copy = resolved.viaRef
    if (copy && Object.entries(item).some(([k, op]) => (METHODS.has(k) || k === ANY_METHOD) && isObject(op) && 'operationId' in op)) {
      this.note(joinPointer(inPtr, '$ref'), 'the referenced path item is written in place; its operations go without operationId here, which must stay unique')
    }
    const shared = this.parameterList(item['parameters'], joinPointer(at, 'parameters'))
    const out: JsonObject = {}
    for (const [k, v] of Object.entries(item)) {
      const to = joinPointer(outPtr, k)
      if (METHODS.has(k) || k === ANY_METHOD) {
        out[k] = this.operation(v, joinPointer(at, k), to, k, shared, copy)
      } else if (k === 'parameters') {
        const list: JsonObject[] = []
        for (const entry of shared) {
          const where = entry.param['in']
          if (where === 'body' || where === 'formData') continue // given to each operation's request body
          list.push(this.parameterOut(entry, joinPointer(to, list.length)))
        }
        if (list.length > 0) out['parameters'] = list
      } else if (k.startsWith('x-')) {
        out[k] = this.copy(v, joinPointer(at, k))
      } else if (k !== '$ref') {
        this.note(joinPointer(at, k), `\`${k}\` is not a field of a Swagger 2.0 path item; dropped`)
      }
    }
    return out
  }

  private operation(value: unknown, inPtr: string, outPtr: string, method: string, shared: ParameterEntry[], copy: boolean): unknown {
    if (!isObject(value)) {
      this.note(inPtr, 'an operation is not an object; kept as it is')
      return this.copy(value, inPtr)
    }
    this.place(inPtr, outPtr)
    const op = value
    const own = this.parameterList(op['parameters'], joinPointer(inPtr, 'parameters'))
    const key = (p: JsonObject) => `${String(p['in'])}\0${String(p['name'])}`
    const ownKeys = new Set(own.map((e) => key(e.param)))
    const inherited = shared.filter((e) => !ownKeys.has(key(e.param)))
    const isIn = (where: string) => (e: ParameterEntry) => e.param['in'] === where

    const ownBodies = own.filter(isIn('body'))
    const bodies = ownBodies.length > 0 ? ownBodies : inherited.filter(isIn('body'))
    for (const extra of bodies.slice(1)) this.note(extra.listed, 'an operation has one body parameter at most; this one is dropped')
    let forms = [...inherited.filter(isIn('formData')), ...own.filter(isIn('formData'))]
    if (bodies.length > 0 && forms.length > 0) {
      for (const f of forms) this.note(f.listed, 'an operation with a body parameter cannot have formData parameters; dropped')
      forms = []
    }
    for (const f of forms) {
      const component = isComponent(f.at, 'parameters') ? splitPointer(f.at)[1] : undefined
      if (component !== undefined && this.formComponents.has(component)) this.formComponents.set(component, true)
    }

    let requestBody: JsonObject | undefined
    const bodyPtr = joinPointer(outPtr, 'requestBody')
    const body = bodies[0]
    if (body) {
      const consumes = this.bodyMediaTypes(op)
      this.place(body.listed, bodyPtr)
      requestBody =
        body.viaRef && isComponent(body.at, 'parameters') && sameList(consumes, this.bodyMediaTypes(undefined))
          ? this.refTo(body.at, body.listed)
          : this.requestBody(body.param, body.at, bodyPtr, consumes)
      if (BODYLESS_METHODS.has(method)) {
        this.note(body.listed, `OpenAPI 3.0.3 gives a ${method.toUpperCase()} request body no meaning ("SHALL be ignored by consumers"); kept as requestBody`)
      }
    } else if (forms.length > 0) {
      const consumesPtr = 'consumes' in op ? joinPointer(inPtr, 'consumes') : '/consumes'
      requestBody = this.formBody(forms, {list: mediaTypes(op['consumes']) ?? this.globalConsumes, pointer: consumesPtr}, bodyPtr)
      if (BODYLESS_METHODS.has(method)) {
        this.note(forms[0]!.listed, `OpenAPI 3.0.3 gives a ${method.toUpperCase()} request body no meaning ("SHALL be ignored by consumers"); kept as requestBody`)
      }
    }

    const out: JsonObject = {}
    const placeBody = () => {
      if (requestBody && !('requestBody' in out)) out['requestBody'] = requestBody
    }
    for (const [k, v] of Object.entries(op)) {
      const at = joinPointer(inPtr, k)
      if (OPERATION_FIELDS.has(k)) {
        if (!(copy && k === 'operationId')) out[k] = this.copy(v, at)
      } else if (k === 'parameters') {
        const list: JsonObject[] = []
        for (const entry of own) {
          const where = entry.param['in']
          if (where === 'body' || where === 'formData') continue
          list.push(this.parameterOut(entry, joinPointer(outPtr, 'parameters', list.length)))
        }
        if (list.length > 0) out['parameters'] = list
        placeBody()
      } else if (k === 'responses') {
        placeBody()
        out['responses'] = this.responses(v, at, joinPointer(outPtr, 'responses'), this.produces(op))
      } else if (k === 'schemes') {
        const servers = this.servers(v, at, true)
        if (servers.length > 0) out['servers'] = servers
      } else if (k === 'security') {
        out['security'] = this.security(v, at)
      } else if (k.startsWith('x-')) {
        out[k] = this.copy(v, at)
      } else if (k !== 'consumes' && k !== 'produces') {
        this.note(at, `\`${k}\` is not a field of a Swagger 2.0 operation; dropped`)
      }
    }
    placeBody()
    return out
  }
}

const OAUTH2_FLOWS: Record<string, string> = {
  implicit: 'implicit',
  password: 'password',
  application: 'clientCredentials',
  accessCode: 'authorizationCode',
}

const PARAMETER_FIELDS = new Set(['name', 'in', 'description', 'required', 'allowEmptyValue', 'collectionFormat', ...SIMPLE_SCHEMA_KEYS])

/** A non-empty list of media types, duplicates removed; undefined when absent (the next default applies). */
function mediaTypes(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined
  const list = [...new Set(value.filter((m): m is string => typeof m === 'string' && m !== ''))]
  return list.length > 0 ? list : undefined
}

function isFormMediaType(mediaType: string): boolean {
  const base = mediaType.split(';')[0]!.trim().toLowerCase()
  return base === URLENCODED || base === MULTIPART
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** Whether `pointer` is a component of the 2.0 section (`/parameters/<name>`). */
function isComponent(pointer: string, section: string): boolean {
  if (!pointer.startsWith('/')) return false
  const segments = splitPointer(pointer)
  return segments.length === 2 && segments[0] === section
}

/** Whether `key` is a key anywhere in `value` (walked without recursion: the value may nest deeper than the stack). */
function containsKey(value: unknown, key: string): boolean {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (Array.isArray(node)) stack.push(...node)
    else if (isObject(node)) {
      if (key in node) return true
      stack.push(...Object.values(node))
    }
  }
  return false
}
