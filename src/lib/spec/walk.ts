import type {LoadedSpec, NodeLocation} from './loader.js'
import {
  HTTP_METHODS,
  child,
  isObject,
  locKey,
  type Direction,
  type JsonObject,
  type Located,
  type MediaTypeEntry,
  type OperationEntry,
  type PathEntry,
  type SchemaEntry,
  type SchemaOrigin,
  type SpecIndex,
} from './model.js'
import {MAX_REF_CHAIN} from './pointer.js'

const MAX_SCHEMA_DEPTH = 2000

/** Keywords whose value is one schema. */
export const SCHEMA_ONE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema', 'additionalItems']
/** Keywords whose value is an array of schemas. */
export const SCHEMA_LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems']
/** Keywords whose value maps names to schemas. */
export const SCHEMA_MAP = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']
const ONE = 1
const LIST = 2
const MAP = 3
const SCHEMA_KEYWORDS = new Map<string, number>([...SCHEMA_ONE.map((k) => [k, ONE] as const), ...SCHEMA_LIST.map((k) => [k, LIST] as const), ...SCHEMA_MAP.map((k) => [k, MAP] as const)])

export function buildIndex(spec: LoadedSpec): SpecIndex {
  const version = spec.version
  const root = spec.root.value as JsonObject
  const rootLoc: NodeLocation = {file: spec.root, pointer: ''}
  // Nodes walked, by identity: parsed JSON/YAML gives each location its own object, and comparing objects is far
  // cheaper than building and hashing file+pointer strings for every node of a 13 MB spec.
  const seen = new Set<object>()

  const index: SpecIndex = {
    spec,
    version,
    root,
    paths: [],
    operations: [],
    parameters: [],
    requestBodies: [],
    responses: [],
    headers: [],
    mediaTypes: [],
    schemas: [],
    securitySchemes: new Map(),
    components: new Map(),
    refs: [],
    // Built on first use from `refs` (only unused-component checks need it): hashing a file+pointer key for each of
    // GitHub's ~100,000 $refs cost more than the rest of the walk.
    get referenced(): Set<string> {
      const set = new Set<string>()
      for (const r of this.refs) if (r.target) set.add(locKey(r.target))
      Object.defineProperty(this, 'referenced', {value: set})
      return set
    },
    resolve,
  }

  const targetValues = new Map<NodeLocation, unknown>()
  function resolve<T = JsonObject>(value: unknown, loc: NodeLocation): Located<T> {
    let current: Located<unknown> = {value, loc, refLoc: undefined}
    for (let i = 0; i < MAX_REF_CHAIN; i++) {
      const v = current.value
      if (!isObject(v) || typeof v['$ref'] !== 'string') break
      const target = spec.resolveRef(v['$ref'], current.loc.file)
      if (!target) break
      // resolveRef returns one object per target, so its value is looked up by pointer once.
      let tv = targetValues.get(target)
      if (tv === undefined && !targetValues.has(target)) targetValues.set(target, (tv = spec.valueAt(target)))
      current = {value: tv, loc: target, refLoc: current.refLoc ?? current.loc}
    }
    return current as Located<T>
  }

  /** Follows a `$ref` (recording it) and returns the target, or undefined when this node was walked already. */
  function enter(value: unknown, loc: NodeLocation): Located | undefined {
    if (!isObject(value)) return undefined
    if (typeof value['$ref'] !== 'string') {
      // The common case, without a $ref to follow: no intermediate objects.
      if (seen.has(value)) return undefined
      seen.add(value)
      return {value, loc, refLoc: undefined}
    }
    const target = spec.resolveRef(value['$ref'], loc.file)
    index.refs.push({holder: value, at: loc, ref: value['$ref'], target})
    const r = resolve(value, loc)
    if (!isObject(r.value)) return undefined
    if (seen.has(r.value)) return undefined
    seen.add(r.value)
    return r as Located
  }

  // Keys rather than entries: no [key, value] pair is allocated per member of every map of the document.
  function each(obj: unknown, loc: NodeLocation, fn: (key: string, value: unknown, loc: NodeLocation) => void) {
    if (!isObject(obj)) return
    for (const k of Object.keys(obj)) fn(k, obj[k], child(loc, k))
  }

  function list(arr: unknown, loc: NodeLocation, fn: (value: unknown, loc: NodeLocation, i: number) => void) {
    if (!Array.isArray(arr)) return
    arr.forEach((v, i) => fn(v, child(loc, i), i))
  }

  function schema(value: unknown, loc: NodeLocation, origin: SchemaOrigin, parent: SchemaEntry | undefined, via: string | undefined, propertyName: string | undefined, depth = 0) {
    if (depth > MAX_SCHEMA_DEPTH) return
    if (!isObject(value)) return
    const hasRef = typeof value['$ref'] === 'string'
    // In 3.1 a $ref sits beside other keywords; the object is a schema of its own as well as a pointer to another.
    if (hasRef && version === '3.1' && Object.keys(value).some((k) => k !== '$ref' && k !== 'description' && k !== 'summary')) {
      if (!seen.has(value)) {
        seen.add(value)
        const entry: SchemaEntry = {value, loc, refLoc: undefined, origin, parent, via, propertyName}
        index.schemas.push(entry)
        children(entry, depth)
      }
      const target = spec.resolveRef(value['$ref'] as string, loc.file)
      index.refs.push({holder: value, at: loc, ref: value['$ref'] as string, target})
      if (target) {
        schema(spec.valueAt(target), target, origin, parent, via, propertyName, depth + 1)
      }
      return
    }
    const r = enter(value, loc)
    if (!r) return
    const entry: SchemaEntry = {value: r.value, loc: r.loc, refLoc: r.refLoc, origin, parent, via, propertyName}
    index.schemas.push(entry)
    children(entry, depth)
  }

  function children(entry: SchemaEntry, depth: number) {
    const s = entry.value
    const l = entry.loc
    // One pass over the schema's own keys (most have two or three) rather than a look-up per known keyword.
    for (const k in s) {
      const kind = SCHEMA_KEYWORDS.get(k)
      if (kind === undefined) continue
      const v = s[k]
      if (kind === ONE) {
        if (isObject(v)) schema(v, child(l, k), entry.origin, entry, k, undefined, depth + 1)
        else if (k === 'items' && Array.isArray(v)) list(v, child(l, k), (x, cl, i) => schema(x, cl, entry.origin, entry, `items/${i}`, undefined, depth + 1))
      } else if (kind === LIST) list(v, child(l, k), (x, cl, i) => schema(x, cl, entry.origin, entry, `${k}/${i}`, undefined, depth + 1))
      else each(v, child(l, k), (name, x, cl) => schema(x, cl, entry.origin, entry, `${k}/${name}`, k === 'properties' ? name : undefined, depth + 1))
    }
  }

  function mediaTypes(content: unknown, loc: NodeLocation, direction: Direction, operation: OperationEntry | undefined, kind: SchemaOrigin['kind']) {
    each(content, loc, (mediaType, value, cl) => {
      if (!isObject(value)) return
      const entry: MediaTypeEntry = {value, loc: cl, refLoc: undefined, mediaType, direction, operation}
      index.mediaTypes.push(entry)
      schema(value['schema'], child(cl, 'schema'), {kind, direction, operation}, undefined, undefined, undefined)
      each(value['examples'], child(cl, 'examples'), (_n, ex, el) => enter(ex, el))
      each(value['encoding'], child(cl, 'encoding'), (_n, enc, el) => {
        if (isObject(enc)) each(enc['headers'], child(el, 'headers'), (name, h, hl) => header(name, h, hl, operation))
      })
    })
  }

  function header(name: string, value: unknown, loc: NodeLocation, operation: OperationEntry | undefined) {
    const r = enter(value, loc)
    if (!r) return
    index.headers.push({...r, name, operation})
    schema(r.value['schema'], child(r.loc, 'schema'), {kind: 'header', direction: 'response', operation}, undefined, undefined, undefined)
    mediaTypes(r.value['content'], child(r.loc, 'content'), 'response', operation, 'header')
  }

  function parameter(value: unknown, loc: NodeLocation, operation: OperationEntry | undefined) {
    const r = enter(value, loc)
    if (!r) return
    index.parameters.push({...r, operation})
    schema(r.value['schema'], child(r.loc, 'schema'), {kind: r.value['in'] === 'body' ? 'requestBody' : 'parameter', direction: 'request', operation}, undefined, undefined, undefined)
    mediaTypes(r.value['content'], child(r.loc, 'content'), 'request', operation, 'parameter')
    each(r.value['examples'], child(r.loc, 'examples'), (_n, ex, el) => enter(ex, el))
  }

  function response(status: string, value: unknown, loc: NodeLocation, operation: OperationEntry | undefined) {
    const r = enter(value, loc)
    if (!r) return
    index.responses.push({...r, status, operation})
    if (version === '2.0') schema(r.value['schema'], child(r.loc, 'schema'), {kind: 'response', direction: 'response', operation}, undefined, undefined, undefined)
    each(r.value['headers'], child(r.loc, 'headers'), (name, h, hl) => header(name, h, hl, operation))
    mediaTypes(r.value['content'], child(r.loc, 'content'), 'response', operation, 'response')
    each(r.value['links'], child(r.loc, 'links'), (_n, link, ll) => enter(link, ll))
  }

  function requestBody(value: unknown, loc: NodeLocation, operation: OperationEntry | undefined) {
    const r = enter(value, loc)
    if (!r) return
    index.requestBodies.push({...r, operation})
    mediaTypes(r.value['content'], child(r.loc, 'content'), 'request', operation, 'requestBody')
  }

  function pathItem(name: string, value: unknown, loc: NodeLocation, kind: 'path' | 'webhook' | 'callback') {
    const r = resolve(value, loc)
    if (isObject(value) && typeof value['$ref'] === 'string') {
      index.refs.push({holder: value, at: loc, ref: value['$ref'], target: r.refLoc ? r.loc : undefined})
    }
    if (!isObject(r.value)) return
    const item = r.value as JsonObject
    const entry: PathEntry = {value: item, loc: r.loc, refLoc: r.refLoc, path: name, kind: kind === 'webhook' ? 'webhook' : 'path'}
    if (kind !== 'callback') index.paths.push(entry)
    const pathParams: Array<Located & {level: 'path'}> = []
    list(item['parameters'], child(r.loc, 'parameters'), (p, pl) => {
      const pr = resolve(p, pl)
      if (isObject(pr.value)) pathParams.push({...(pr as Located), level: 'path'})
      parameter(p, pl, undefined)
    })
    for (const method of HTTP_METHODS) {
      const raw = item[method]
      if (!isObject(raw)) continue
      // Operations behind a $ref are not in the specification, but split specs (DigitalOcean's) use them widely.
      const opR = resolve(raw, child(r.loc, method))
      if (opR.refLoc) {
        index.refs.push({holder: raw, at: opR.refLoc, ref: raw['$ref'] as string, target: opR.loc})
      }
      if (!isObject(opR.value)) continue
      const opValue = opR.value
      const opLoc = opR.loc
      const op: OperationEntry = {value: opValue, loc: opLoc, refLoc: opR.refLoc, path: name, method, kind, pathItem: entry, parameters: []}
      const own: Array<Located & {level: 'operation'}> = []
      list(opValue['parameters'], child(opLoc, 'parameters'), (p, pl) => {
        const pr = resolve(p, pl)
        if (isObject(pr.value)) own.push({...(pr as Located), level: 'operation'})
      })
      const key = (p: Located) => `${String(p.value['in'])}:${String(p.value['name'])}`
      const ownKeys = new Set(own.map(key))
      op.parameters = [...pathParams.filter((p) => !ownKeys.has(key(p))), ...own]
      index.operations.push(op)
      list(opValue['parameters'], child(opLoc, 'parameters'), (p, pl) => parameter(p, pl, op))
      // Path-level parameters were walked without an operation; give them the first one that uses them.
      if (opValue['requestBody'] !== undefined) requestBody(opValue['requestBody'], child(opLoc, 'requestBody'), op)
      each(opValue['responses'], child(opLoc, 'responses'), (status, resp, rl) => {
        if (!status.startsWith('x-')) response(status, resp, rl, op)
      })
      each(opValue['callbacks'], child(opLoc, 'callbacks'), (_n, cb, cl) => {
        const cr = enter(cb, cl)
        if (cr) each(cr.value, cr.loc, (expr, pi, pil) => pathItem(expr, pi, pil, 'callback'))
      })
    }
  }

  // Paths and webhooks first, so that schemas carry the operation and direction they are first used in.
  each(root['paths'], child(rootLoc, 'paths'), (p, v, l) => {
    if (!p.startsWith('x-')) pathItem(p, v, l, 'path')
  })
  each(root['webhooks'], child(rootLoc, 'webhooks'), (p, v, l) => pathItem(p, v, l, 'webhook'))

  const addComponent = (type: string, name: string, value: unknown, loc: NodeLocation) => {
    let m = index.components.get(type)
    if (!m) index.components.set(type, (m = new Map()))
    if (isObject(value)) m.set(name, {value, loc, refLoc: undefined})
  }
  const componentOrigin: SchemaOrigin = {kind: 'component', direction: undefined, operation: undefined}
  if (version === '2.0') {
    each(root['definitions'], child(rootLoc, 'definitions'), (n, v, l) => {
      addComponent('definitions', n, v, l)
      schema(v, l, componentOrigin, undefined, undefined, undefined)
    })
    each(root['parameters'], child(rootLoc, 'parameters'), (n, v, l) => {
      addComponent('parameters', n, v, l)
      parameter(v, l, undefined)
    })
    each(root['responses'], child(rootLoc, 'responses'), (n, v, l) => {
      addComponent('responses', n, v, l)
      response(n, v, l, undefined)
    })
    each(root['securityDefinitions'], child(rootLoc, 'securityDefinitions'), (n, v, l) => {
      addComponent('securityDefinitions', n, v, l)
      if (isObject(v)) index.securitySchemes.set(n, {value: v, loc: l, refLoc: undefined})
    })
  } else {
    const components = root['components']
    const cl = child(rootLoc, 'components')
    if (isObject(components)) {
      for (const [type, group] of Object.entries(components)) {
        if (type.startsWith('x-')) continue
        each(group, child(cl, type), (n, v, l) => {
          addComponent(type, n, v, l)
          switch (type) {
            case 'schemas':
              return schema(v, l, componentOrigin, undefined, undefined, undefined)
            case 'parameters':
              return parameter(v, l, undefined)
            case 'responses':
              return response(n, v, l, undefined)
            case 'requestBodies':
              return requestBody(v, l, undefined)
            case 'headers':
              return header(n, v, l, undefined)
            case 'securitySchemes': {
              const r = resolve(v, l)
              if (isObject(r.value)) index.securitySchemes.set(n, r as Located)
              return
            }
            case 'pathItems':
              return pathItem(n, v, l, 'callback')
            case 'callbacks': {
              const r = enter(v, l)
              if (r) each(r.value, r.loc, (expr, pi, pil) => pathItem(expr, pi, pil, 'callback'))
              return
            }
            default:
              enter(v, l)
          }
        })
      }
    }
  }
  return index
}

/** Calls `visit` for `start` and every schema nested in it (following `$ref`s, each node once). */
export function walkSchema(index: SpecIndex, start: unknown, loc: NodeLocation, visit: (s: Located, path: string) => void | 'skip'): void {
  const seen = new Set<string>()
  const go = (value: unknown, l: NodeLocation, path: string, depth: number) => {
    if (depth > MAX_SCHEMA_DEPTH) return
    const r = index.resolve(value, l)
    if (!isObject(r.value)) return
    const key = locKey(r.loc)
    if (seen.has(key)) return
    seen.add(key)
    if (visit(r as Located, path) === 'skip') return
    const s = r.value
    for (const k of SCHEMA_ONE) {
      if (isObject(s[k])) go(s[k], child(r.loc, k), `${path}/${k}`, depth + 1)
      else if (k === 'items' && Array.isArray(s[k])) (s[k] as unknown[]).forEach((v, i) => go(v, child(r.loc, k, i), `${path}/items/${i}`, depth + 1))
    }
    for (const k of SCHEMA_LIST) if (Array.isArray(s[k])) (s[k] as unknown[]).forEach((v, i) => go(v, child(r.loc, k, i), `${path}/${k}/${i}`, depth + 1))
    for (const k of SCHEMA_MAP) if (isObject(s[k])) for (const [n, v] of Object.entries(s[k])) go(v, child(r.loc, k, n), `${path}/${k}/${n}`, depth + 1)
  }
  go(start, loc, '', 0)
}
