import {ApixError} from '../errors.js'
import type {LoadedSpec, NodeLocation} from './loader.js'
import {isObject, type JsonObject} from './model.js'
import {escapeSegment, getByPointer, MAX_REF_CHAIN, pointerToFragment, splitPointer} from './pointer.js'
import type {SourceFile} from './source-file.js'

/** A multi-file document as one document, and the way back from any of its nodes to where that node is written. */
export interface Bundled {
  document: JsonObject
  /** The file and pointer where the node at `pointer` (in `document`) is written; undefined when there is no such node. */
  origin(pointer: string): NodeLocation | undefined
}

/**
 * What a node is, as far as bundling cares: where a `$ref` to it may live (`kind`, a components section) and what its
 * children are. One table serves Swagger 2.0 and OpenAPI 3.x: the keys of one version do not occur in the other.
 */
interface Shape {
  kind: Kind | undefined
  fields: Map<string, Shape>
  /** Every other key of a map (`properties`, `responses`...). */
  values: Shape | undefined
  /** Elements of an array. */
  list: Shape | undefined
  /** In a map that allows extensions (Paths, Responses, Callback), `x-` keys are extensions, not entries. */
  extensible: boolean
  /**
   * Literal values (examples, defaults, enums). The specification makes a `$ref` in them data, but writers (DigitalOcean,
   * and Redocly's bundler) use one to pull an example from another file: one that resolves there is written in place.
   */
  data: boolean
  /** Values are references written as strings (a discriminator's mapping). */
  refStrings: boolean
}

/** The components sections of OpenAPI 3.x, plus the two things paths reference that have no section in 3.0. */
type Kind = 'schemas' | 'parameters' | 'responses' | 'requestBodies' | 'headers' | 'examples' | 'securitySchemes' | 'links' | 'callbacks' | 'pathItems' | 'operations'

function shape(kind?: Kind, init: Partial<Omit<Shape, 'kind' | 'fields'>> = {}): Shape {
  return {kind, fields: new Map(), values: undefined, list: undefined, extensible: false, data: false, refStrings: false, ...init}
}

function fields(s: Shape, entries: Record<string, Shape>): void {
  for (const [k, v] of Object.entries(entries)) s.fields.set(k, v)
}

const ANY = shape()
ANY.values = ANY
ANY.list = ANY
const DATA = shape(undefined, {data: true})
DATA.values = DATA
DATA.list = DATA

const SCHEMA = shape('schemas')
const SCHEMA_MAP = shape(undefined, {values: SCHEMA})
const SCHEMA_LIST = shape(undefined, {list: SCHEMA})
SCHEMA.list = SCHEMA // draft-04 tuple `items: [...]`
fields(SCHEMA, {
  ...Object.fromEntries(['properties', 'patternProperties', 'dependentSchemas', 'dependencies', '$defs', 'definitions'].map((k) => [k, SCHEMA_MAP])),
  ...Object.fromEntries(['allOf', 'anyOf', 'oneOf', 'prefixItems'].map((k) => [k, SCHEMA_LIST])),
  ...Object.fromEntries(
    ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema', 'additionalItems'].map((k) => [
      k,
      SCHEMA,
    ]),
  ),
  ...Object.fromEntries(['example', 'examples', 'default', 'enum', 'const'].map((k) => [k, DATA])),
  discriminator: (() => {
    const d = shape()
    d.fields.set('mapping', shape(undefined, {refStrings: true}))
    return d
  })(),
})

const EXAMPLE = shape('examples')
fields(EXAMPLE, {value: DATA})
const EXAMPLE_MAP = shape(undefined, {values: EXAMPLE})
const MEDIA_TYPE = shape()
const MEDIA_MAP = shape(undefined, {values: MEDIA_TYPE})
const HEADER = shape('headers')
fields(HEADER, {schema: SCHEMA, items: SCHEMA, content: MEDIA_MAP, examples: EXAMPLE_MAP, example: DATA, default: DATA, enum: DATA})
const HEADER_MAP = shape(undefined, {values: HEADER})
const ENCODING = shape()
fields(ENCODING, {headers: HEADER_MAP})
fields(MEDIA_TYPE, {schema: SCHEMA, examples: EXAMPLE_MAP, example: DATA, encoding: shape(undefined, {values: ENCODING})})
const LINK = shape('links')
const LINK_MAP = shape(undefined, {values: LINK})
const PARAMETER = shape('parameters')
fields(PARAMETER, {schema: SCHEMA, items: SCHEMA, content: MEDIA_MAP, examples: EXAMPLE_MAP, example: DATA, default: DATA, enum: DATA})
const PARAMETER_LIST = shape(undefined, {list: PARAMETER})
const REQUEST_BODY = shape('requestBodies')
fields(REQUEST_BODY, {content: MEDIA_MAP})
const RESPONSE = shape('responses')
// `schema` and `examples` (media type -> literal) are Swagger 2.0's.
fields(RESPONSE, {headers: HEADER_MAP, content: MEDIA_MAP, links: LINK_MAP, schema: SCHEMA, examples: DATA})
const SECURITY_SCHEME = shape('securitySchemes')
const PATH_ITEM = shape('pathItems')
const PATH_ITEM_MAP = shape(undefined, {values: PATH_ITEM})
const CALLBACK = shape('callbacks', {values: PATH_ITEM, extensible: true})
const CALLBACK_MAP = shape(undefined, {values: CALLBACK})
const OPERATION = shape('operations')
fields(OPERATION, {
  parameters: PARAMETER_LIST,
  requestBody: REQUEST_BODY,
  responses: shape(undefined, {values: RESPONSE, extensible: true}),
  callbacks: CALLBACK_MAP,
})
for (const method of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query']) PATH_ITEM.fields.set(method, OPERATION)
PATH_ITEM.fields.set('parameters', PARAMETER_LIST)
const PATHS = shape(undefined, {values: PATH_ITEM, extensible: true})

const KIND_SHAPES = new Map<Kind, Shape>([
  ['schemas', SCHEMA],
  ['parameters', PARAMETER],
  ['responses', RESPONSE],
  ['requestBodies', REQUEST_BODY],
  ['headers', HEADER],
  ['examples', EXAMPLE],
  ['securitySchemes', SECURITY_SCHEME],
  ['links', LINK],
  ['callbacks', CALLBACK],
  ['pathItems', PATH_ITEM],
  ['operations', OPERATION],
])

const COMPONENTS = shape()
for (const kind of ['schemas', 'parameters', 'responses', 'requestBodies', 'headers', 'examples', 'securitySchemes', 'links', 'callbacks', 'pathItems'] as const) {
  COMPONENTS.fields.set(kind, shape(undefined, {values: KIND_SHAPES.get(kind)!}))
}
const ROOT_3 = shape()
fields(ROOT_3, {paths: PATHS, webhooks: PATH_ITEM_MAP, components: COMPONENTS})
const ROOT_2 = shape()
fields(ROOT_2, {
  paths: PATHS,
  definitions: SCHEMA_MAP,
  parameters: shape(undefined, {values: PARAMETER}),
  responses: shape(undefined, {values: RESPONSE}),
  securityDefinitions: shape(undefined, {values: SECURITY_SCHEME}),
})

/**
 * Where a referenced component goes in the bundle. Path items and operations have none: OpenAPI 3.0 has no
 * `components/pathItems` (3.1 does, but API Gateway imports 3.0), so they are written where they are used.
 */
const HOMES_3 = new Map<Kind, string[]>(
  (['schemas', 'parameters', 'responses', 'requestBodies', 'headers', 'examples', 'securitySchemes', 'links', 'callbacks'] as const).map((k) => [k, ['components', k]]),
)
const HOMES_2 = new Map<Kind, string[]>([
  ['schemas', ['definitions']],
  ['parameters', ['parameters']],
  ['responses', ['responses']],
  ['securitySchemes', ['securityDefinitions']],
])
/** Sections at the top of a Swagger 2.0 file, by the kind of what they hold. */
const SECTIONS_2 = new Map<string, Kind>([...HOMES_2].map(([kind, p]) => [p[0]!, kind]))

/** Deeper than this, a copy is following a recursive YAML alias rather than a document. */
const MAX_DEPTH = 1500

interface Home {
  path: string[]
  pointer: string
}

interface Pending {
  home: Home
  name: string
  target: NodeLocation
  shape: Shape
  value: unknown
}


function isPureRef(v: unknown): v is {$ref: string} {
  if (!isObject(v) || typeof v['$ref'] !== 'string') return false
  for (const k in v) if (k !== '$ref') return false
  return true
}

/** Sets a key, including `__proto__`, which plain assignment would take for the prototype. */
function put(obj: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, {value, enumerable: true, writable: true, configurable: true})
  else obj[key] = value
}

/** `#/a/b` for a JSON pointer, percent-encoding what a URI fragment may not hold. */

/** The name a target is known by: its last pointer segment, or its file's name. */
function baseName(target: NodeLocation): string {
  const fileName = (target.file.id.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '')
  const segments = splitPointer(target.pointer)
  let name = segments[segments.length - 1] ?? fileName
  // An array index or a status code says nothing on its own: `pets_0`, `get_pet_200`.
  if (/^\d+$/.test(name)) name = `${fileName}_${name}`
  // Component names must match ^[a-zA-Z0-9.\-_]+$ (OpenAPI 3.x, Components Object).
  name = name.replace(/[^A-Za-z0-9.\-_]/g, '_')
  return name === '' ? 'component' : name
}

/**
 * The document as one file, as API Gateway imports it (PutRestApi and ImportApi take one definition file as their body:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html): every `$ref` into another file becomes a `$ref` to a component
 * of the root (named after its target, `Pet`, `Pet_2` on a collision, one name per target), except path items and
 * operations, which are written in place, and refs in places with no component home (extensions, a tag's
 * description), which are written in place too. The input is not changed; the output shares no objects.
 */
export function bundle(spec: LoadedSpec): Bundled {
  const root = spec.root
  const rootValue = root.value
  if (!isObject(rootValue)) throw new ApixError('not an OpenAPI document: the top level is not an object', {location: {file: root.displayPath}})
  const swagger2 = spec.version === '2.0'
  const homesByKind = swagger2 ? HOMES_2 : HOMES_3
  const homes = new Map<Kind, Home>()
  for (const [kind, p] of homesByKind) homes.set(kind, {path: p, pointer: '/' + p.map(escapeSegment).join('/')})

  /** Output pointer -> where the subtree there is written. The nearest one above a pointer answers origin(). */
  const mounts = new Map<string, NodeLocation>([['', {file: root, pointer: ''}]])
  /** `kind \0 file#pointer` -> component name. */
  const names = new Map<string, string>()
  /** `file#pointer` -> the `$ref` of its component (whatever its kind), for refs from untyped places. */
  const named = new Map<string, string>()
  /** Names in use per section. */
  const taken = new Map<Home, Set<string>>()
  /** Root component entries that are a bare `$ref` to another file: the target is written there. */
  const slots = new Set<string>()
  const pending: Pending[] = []
  /** Targets being written in place, to catch a cycle that cannot be written out. */
  const inlining = new Set<string>()
  const finals = new Map<NodeLocation, NodeLocation>()
  let depth = 0

  const keyOf = (loc: NodeLocation) => loc.file.id + '#' + loc.pointer
  const refTo = (home: Home, name: string) => '#' + home.pointer + '/' + escapeSegment(name)

  for (const home of homes.values()) {
    const section = getByPointer(rootValue, home.pointer)
    taken.set(home, new Set(isObject(section) ? Object.keys(section) : []))
  }

  /** Follows `$ref`s to bare `$ref`s outside the root, so `a.yaml#/Pet` -> `b.yaml#/Pet` gives one component. */
  function follow(first: NodeLocation): NodeLocation {
    const hit = finals.get(first)
    if (hit) return hit
    let loc = first
    for (let i = 0; i < MAX_REF_CHAIN && loc.file !== root; i++) {
      const v = spec.valueAt(loc)
      if (!isPureRef(v)) break
      const next = spec.resolveRef(v.$ref, loc.file)
      if (!next) break
      loc = next
    }
    finals.set(first, loc)
    return loc
  }

  function nameFor(kind: Kind, home: Home, target: NodeLocation): string {
    const tkey = keyOf(target)
    const key = kind + '\0' + tkey
    let name = names.get(key)
    if (name !== undefined) return name
    const used = taken.get(home)!
    const base = baseName(target)
    name = base
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`
    used.add(name)
    names.set(key, name)
    if (!named.has(tkey)) named.set(tkey, refTo(home, name))
    pending.push({home, name, target, shape: KIND_SHAPES.get(kind)!, value: undefined})
    return name
  }

  /** A root component entry that only points to another file becomes that file's content, under the same name. */
  for (const [kind, home] of homes) {
    const section = getByPointer(rootValue, home.pointer)
    if (!isObject(section)) continue
    for (const name of Object.keys(section)) {
      const v = section[name]
      if (!isPureRef(v)) continue
      const first = spec.resolveRef(v.$ref, root)
      if (!first) continue
      const target = follow(first)
      if (target.file === root) continue
      const tkey = keyOf(target)
      const key = kind + '\0' + tkey
      if (names.has(key)) continue // a second entry for the same target stays a $ref to the first
      names.set(key, name)
      if (!named.has(tkey)) named.set(tkey, refTo(home, name))
      slots.add(home.pointer + '/' + escapeSegment(name))
    }
  }

  function fail(message: string, file: SourceFile, pointer: string, hint: string): never {
    const pos = file.locate(pointer)
    throw new ApixError(message, {location: {file: file.displayPath, line: pos.line, column: pos.column, pointer}, hint})
  }

  function childShape(s: Shape, key: string): Shape {
    const f = s.fields.get(key)
    if (f) return f
    if (s.values && !(s.extensible && key.startsWith('x-'))) return s.values
    return ANY
  }

  function copy(value: unknown, s: Shape, file: SourceFile, src: string, out: string): unknown {
    if (value === null || typeof value !== 'object') return value
    if (++depth > MAX_DEPTH) fail('the document nests too deep to bundle (a recursive YAML alias?)', file, src, 'replace the alias with a $ref')
    let result: unknown
    if (Array.isArray(value)) {
      const item = s.list ?? ANY
      const arr: unknown[] = new Array(value.length)
      for (let i = 0; i < value.length; i++) arr[i] = copy(value[i], item, file, src + '/' + i, out + '/' + i)
      result = arr
    } else {
      const obj = value as JsonObject
      if (typeof obj['$ref'] === 'string') result = copyRef(obj, s, file, src, out)
      else {
        const o: JsonObject = {}
        for (const key of Object.keys(obj)) {
          const v = obj[key]
          const seg = escapeSegment(key)
          if (s.refStrings && typeof v === 'string') put(o, key, mappingRef(v, file))
          else put(o, key, copy(v, childShape(s, key), file, src + '/' + seg, out + '/' + seg))
        }
        result = o
      }
    }
    depth--
    return result
  }

  /** A copy of a `$ref` object whose `$ref` now reads `ref`, siblings (3.1 summary, description...) kept. */
  function withRef(obj: JsonObject, ref: string, s: Shape, file: SourceFile, src: string, out: string): JsonObject {
    const o: JsonObject = {}
    for (const key of Object.keys(obj)) {
      if (key === '$ref') o[key] = ref
      else {
        const seg = escapeSegment(key)
        put(o, key, copy(obj[key], childShape(s, key), file, src + '/' + seg, out + '/' + seg))
      }
    }
    return o
  }

  function copyRef(obj: JsonObject, s: Shape, file: SourceFile, src: string, out: string): unknown {
    const ref = obj['$ref'] as string
    const first = spec.resolveRef(ref, file)
    // Unresolved refs (already reported by the loader) stay as written.
    if (!first) return withRef(obj, ref, s, file, src, out)
    const target = follow(first)
    if (target.file === root) return withRef(obj, file === root && ref.startsWith('#') ? ref : pointerToFragment(target.pointer), s, file, src, out)
    const tkey = keyOf(target)
    if (s.data) return inline(obj, target, tkey, DATA, file, src, out)
    const slot = file === root && slots.has(src)
    let kind = s.kind
    let body = s
    if (kind === undefined) {
      // An untyped place (an extension, a tag's description): a target that is a component elsewhere stays one,
      // a target that sits in a components section becomes one; anything else is written in place.
      const known = named.get(tkey)
      if (known !== undefined) return withRef(obj, known, s, file, src, out)
      kind = kindAt(target.pointer)
      if (kind !== undefined) body = KIND_SHAPES.get(kind)!
    }
    const home = kind === undefined || slot ? undefined : homes.get(kind)
    if (home) return withRef(obj, refTo(home, nameFor(kind!, home, target)), s, file, src, out)
    return inline(obj, target, tkey, body, file, src, out)
  }

  /** Writes the target of `obj.$ref` where `obj` is, with `obj`'s other keys on top. */
  function inline(obj: JsonObject, target: NodeLocation, tkey: string, s: Shape, file: SourceFile, src: string, out: string): unknown {
    if (inlining.has(tkey)) {
      fail(`circular $ref "${obj['$ref'] as string}" cannot be written in place`, file, src + '/$ref', 'move the target into components, or break the cycle')
    }
    inlining.add(tkey)
    mounts.set(out, target)
    const copied = copy(spec.valueAt(target), s, target.file, target.pointer, out)
    inlining.delete(tkey)
    if (isObject(copied)) {
      for (const key of Object.keys(obj)) {
        if (key === '$ref') continue
        const seg = escapeSegment(key)
        put(copied, key, copy(obj[key], childShape(s, key), file, src + '/' + seg, out + '/' + seg))
        mounts.set(out + '/' + seg, {file, pointer: src + '/' + seg})
      }
    }
    return copied
  }

  /** A discriminator mapping value that names a file or a pointer becomes the `$ref` of its schema's component. */
  function mappingRef(value: string, file: SourceFile): string {
    if (!/[#/]|\.(ya?ml|json)$/i.test(value)) return value // a plain schema name
    const first = spec.resolveRef(value, file)
    if (!first) return value
    const target = follow(first)
    if (target.file === root) return file === root && value.startsWith('#') ? value : pointerToFragment(target.pointer)
    const known = named.get(keyOf(target))
    if (known !== undefined) return known
    const home = homes.get('schemas')!
    return refTo(home, nameFor('schemas', home, target))
  }

  const document = copy(rootValue, swagger2 ? ROOT_2 : ROOT_3, root, '', '') as JsonObject
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i]!
    const out = p.home.pointer + '/' + escapeSegment(p.name)
    mounts.set(out, p.target)
    p.value = copy(spec.valueAt(p.target), p.shape, p.target.file, p.target.pointer, out)
  }
  for (const p of pending) {
    let section: JsonObject = document
    for (const seg of p.home.path) {
      let next = section[seg]
      if (next === undefined) put(section, seg, (next = {}))
      if (!isObject(next)) {
        const pos = root.locate('/' + p.home.path.slice(0, p.home.path.indexOf(seg) + 1).join('/'))
        throw new ApixError(`"${seg}" is not an object, so referenced components cannot be added to it`, {
          location: {file: root.displayPath, line: pos.line, column: pos.column},
          hint: `make "${seg}" an object`,
        })
      }
      section = next
    }
    put(section, p.name, p.value)
  }

  return {
    document,
    origin(pointer: string): NodeLocation | undefined {
      try {
        if (getByPointer(document, pointer) === undefined) return undefined
      } catch {
        return undefined // not a JSON pointer
      }
      let p = pointer
      for (;;) {
        const m = mounts.get(p)
        if (m) return {file: m.file, pointer: m.pointer + pointer.slice(p.length)}
        p = p.slice(0, p.lastIndexOf('/'))
      }
    },
  }
}

/** The kind of what a pointer names when it is a component: `/components/schemas/Pet`, or 2.0's `/definitions/Pet`. */
function kindAt(pointer: string): Kind | undefined {
  const segments = splitPointer(pointer)
  if (segments.length === 3 && segments[0] === 'components') {
    const kind = segments[1] as Kind
    return KIND_SHAPES.has(kind) && kind !== 'operations' ? kind : undefined
  }
  if (segments.length === 2) return SECTIONS_2.get(segments[0]!)
  return undefined
}
