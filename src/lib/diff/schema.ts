import type {LoadedSpec} from '../spec/loader.js'
import {isObject, sameValue, type JsonObject} from '../spec/model.js'
import {MAX_REF_CHAIN, splitPointer} from '../spec/pointer.js'
import {childNode, type Node} from './model.js'

export {sameValue}

/**
 * A schema as checks see it: `$ref`s followed, `allOf` flattened, nullability written one way (3.0 `nullable`,
 * 2.0 `x-nullable`, 3.1 `type: [.., "null"]` and a `{type: "null"}` branch of oneOf/anyOf all become `nullable`),
 * `exclusiveMinimum` read as 3.0 booleans or 3.1 numbers, and a oneOf/anyOf with a single branch merged in.
 * Comparing views rather than raw schemas is what makes `$ref` vs inline, and allOf re-factorings, no change.
 */
export interface SchemaView {
  /** Where the schema is written (after `$ref`s). */
  node: Node
  /** The last segment of the `$ref` that led here (a component name), if any. */
  refName: string | undefined
  title: string | undefined
  /** Allowed JSON types without `null`; undefined when any type is allowed. */
  types: Set<string> | undefined
  nullable: boolean
  format: string | undefined
  /** Allowed values (without `null`), from `enum` or `const`. */
  enum: unknown[] | undefined
  properties: Map<string, Node>
  required: Set<string>
  /** false: no other properties; a node: their schema; undefined: not said (allowed). */
  additionalProperties: false | Node | undefined
  items: Node | undefined
  oneOf: Node[]
  anyOf: Node[]
  discriminator: {propertyName: string; mapping: Record<string, string>} | undefined
  readOnly: boolean
  writeOnly: boolean
  deprecated: boolean
  hasDefault: boolean
  default: unknown
  minLength: number | undefined
  maxLength: number | undefined
  minimum: Bound | undefined
  maximum: Bound | undefined
  multipleOf: number | undefined
  minItems: number | undefined
  maxItems: number | undefined
  uniqueItems: boolean
  minProperties: number | undefined
  maxProperties: number | undefined
  pattern: string | undefined
  /** The schema allows nothing at all (`false`, or `not: {}`). */
  never: boolean
}

export interface Bound {
  value: number
  exclusive: boolean
}

export class SchemaViews {
  private readonly cache = new WeakMap<object, SchemaView>()
  private readonly building = new Set<object>()
  constructor(private readonly spec: LoadedSpec) {}

  /** The view of the schema at `node` (memoized by the schema object). */
  view(node: Node): SchemaView {
    let refName: string | undefined
    let current = node
    for (let i = 0; i < MAX_REF_CHAIN; i++) {
      const v = current.value
      if (!isObject(v) || typeof v['$ref'] !== 'string') break
      const target = this.spec.resolveRef(v['$ref'], current.file)
      if (!target) break
      // The component name is the target's last pointer segment, already unescaped (`~1`, percent-encoding).
      refName = splitPointer(target.pointer).pop() ?? ''
      current = {file: target.file, pointer: target.pointer, value: this.spec.valueAt(target)}
    }
    const value = current.value
    if (!isObject(value)) return {...blank(current), never: value === false}
    const hit = this.cache.get(value)
    if (hit) return refName && !hit.refName ? {...hit, refName} : hit
    if (this.building.has(value)) return blank(current) // an allOf that includes itself
    this.building.add(value)
    try {
      const view = this.build(current as Node<JsonObject>)
      if (refName) view.refName = refName
      this.cache.set(value, view)
      return view
    } finally {
      this.building.delete(value)
    }
  }

  private build(node: Node<JsonObject>): SchemaView {
    const s = node.value
    const v = blank(node)
    v.title = typeof s['title'] === 'string' ? s['title'] : undefined
    const type = s['type']
    if (type === 'file') {
      // Swagger 2.0's file upload is OpenAPI 3's binary string.
      v.types = new Set(['string'])
      v.format = 'binary'
    } else if (typeof type === 'string') {
      if (type === 'null') v.nullable = true
      v.types = new Set(type === 'null' ? [] : [type])
    } else if (Array.isArray(type)) {
      v.types = new Set(type.filter((t): t is string => typeof t === 'string' && t !== 'null'))
      if (type.includes('null')) v.nullable = true
    }
    if (v.types?.has('number')) v.types.delete('integer')
    if (s['nullable'] === true || s['x-nullable'] === true) v.nullable = true
    if (type !== 'file') v.format = typeof s['format'] === 'string' ? s['format'] : undefined
    if (Array.isArray(s['enum'])) {
      if (s['enum'].includes(null)) v.nullable = true
      v.enum = s['enum'].filter((x) => x !== null)
    }
    if (Object.hasOwn(s, 'const')) {
      if (s['const'] === null) v.nullable = true
      else v.enum = [s['const']]
    }
    if (isObject(s['properties'])) for (const k of Object.keys(s['properties'])) v.properties.set(k, childNode(node, 'properties', k))
    if (Array.isArray(s['required'])) for (const r of s['required']) if (typeof r === 'string') v.required.add(r)
    if (s['additionalProperties'] === false) v.additionalProperties = false
    else if (isObject(s['additionalProperties'])) v.additionalProperties = childNode(node, 'additionalProperties')
    if (s['items'] !== undefined && !Array.isArray(s['items'])) v.items = childNode(node, 'items')
    for (const k of ['oneOf', 'anyOf'] as const) {
      if (!Array.isArray(s[k])) continue
      v[k] = (s[k] as unknown[]).map((_, i) => childNode(node, k, i))
    }
    if (isObject(s['discriminator']) && typeof s['discriminator']['propertyName'] === 'string') {
      const mapping = isObject(s['discriminator']['mapping']) ? (Object.fromEntries(Object.entries(s['discriminator']['mapping']).filter(([, x]) => typeof x === 'string')) as Record<string, string>) : {}
      v.discriminator = {propertyName: s['discriminator']['propertyName'], mapping}
    } else if (typeof s['discriminator'] === 'string') v.discriminator = {propertyName: s['discriminator'], mapping: {}}
    v.readOnly = s['readOnly'] === true
    v.writeOnly = s['writeOnly'] === true
    v.deprecated = s['deprecated'] === true
    if (Object.hasOwn(s, 'default')) {
      v.hasDefault = true
      v.default = s['default']
    }
    v.minLength = num(s['minLength'])
    v.maxLength = num(s['maxLength'])
    v.multipleOf = num(s['multipleOf'])
    v.minItems = num(s['minItems'])
    v.maxItems = num(s['maxItems'])
    v.uniqueItems = s['uniqueItems'] === true
    v.minProperties = num(s['minProperties'])
    v.maxProperties = num(s['maxProperties'])
    v.pattern = typeof s['pattern'] === 'string' ? s['pattern'] : undefined
    v.minimum = bound(s['minimum'], s['exclusiveMinimum'], 'min')
    v.maximum = bound(s['maximum'], s['exclusiveMaximum'], 'max')
    if (isObject(s['not']) && Object.keys(s['not']).length === 0) v.never = true

    // A {type: null} branch is nullability; a single remaining branch is the schema itself.
    for (const k of ['oneOf', 'anyOf'] as const) {
      if (v[k].length === 0) continue
      const kept = v[k].filter((b) => !this.isNullOnly(b))
      if (kept.length < v[k].length) v.nullable = true
      v[k] = kept
      if (kept.length === 1 && !v.discriminator) {
        v[k] = []
        merge(v, this.view(kept[0]!), true)
      }
    }
    // A schema typed only by its branches allows the union of their types.
    const branches = [...v.oneOf, ...v.anyOf]
    if (v.types === undefined && branches.length > 0) {
      const union = new Set<string>()
      for (const b of branches) {
        const t = this.view(b).types
        if (t === undefined) {
          union.clear()
          break
        }
        for (const x of t) union.add(x)
      }
      if (union.size > 0) v.types = union
      if (v.types?.has('number')) v.types.delete('integer')
    }
    if (Array.isArray(s['allOf'])) {
      const members = (s['allOf'] as unknown[]).map((_, i) => this.view(childNode(node, 'allOf', i)))
      const ownNullable = v.nullable
      for (const m of members) merge(v, m, false)
      if (members.length > 0 && members.every((m) => m.nullable)) v.nullable = true
      else v.nullable = ownNullable
      if (members.length === 1 && !v.refName) v.refName = members[0]!.refName
    }
    return v
  }

  private isNullOnly(node: Node): boolean {
    const v = this.view(node)
    return v.types !== undefined && v.types.size === 0 && v.nullable
  }
}

/** Merges `m` (an allOf member, or the one branch of a oneOf) into `v`, keeping the stricter of each constraint. */
function merge(v: SchemaView, m: SchemaView, takeNullable: boolean): void {
  if (m.types) v.types = v.types ? new Set([...v.types].filter((t) => m.types!.has(t) || (t === 'integer' && m.types!.has('number')))) : new Set(m.types)
  if (v.types && m.types && v.types.size === 0 && m.types.size > 0) v.types = new Set(m.types)
  if (takeNullable && m.nullable) v.nullable = true
  v.title ??= m.title
  v.format ??= m.format
  if (m.enum) v.enum = v.enum ? v.enum.filter((x) => m.enum!.some((y) => sameValue(x, y))) : m.enum
  for (const [k, n] of m.properties) if (!v.properties.has(k)) v.properties.set(k, n)
  for (const r of m.required) v.required.add(r)
  if (m.additionalProperties === false) v.additionalProperties = false
  else if (m.additionalProperties && v.additionalProperties === undefined) v.additionalProperties = m.additionalProperties
  v.items ??= m.items
  if (v.oneOf.length === 0) v.oneOf = m.oneOf
  if (v.anyOf.length === 0) v.anyOf = m.anyOf
  v.discriminator ??= m.discriminator
  v.readOnly ||= m.readOnly
  v.writeOnly ||= m.writeOnly
  v.deprecated ||= m.deprecated
  if (!v.hasDefault && m.hasDefault) {
    v.hasDefault = true
    v.default = m.default
  }
  v.minLength = maxOf(v.minLength, m.minLength)
  v.maxLength = minOf(v.maxLength, m.maxLength)
  v.minItems = maxOf(v.minItems, m.minItems)
  v.maxItems = minOf(v.maxItems, m.maxItems)
  v.minProperties = maxOf(v.minProperties, m.minProperties)
  v.maxProperties = minOf(v.maxProperties, m.maxProperties)
  v.multipleOf ??= m.multipleOf
  v.uniqueItems ||= m.uniqueItems
  v.pattern ??= m.pattern
  if (m.minimum && (!v.minimum || m.minimum.value > v.minimum.value)) v.minimum = m.minimum
  if (m.maximum && (!v.maximum || m.maximum.value < v.maximum.value)) v.maximum = m.maximum
  v.never ||= m.never
}

function blank(node: Node): SchemaView {
  return {
    node,
    refName: undefined,
    title: undefined,
    types: undefined,
    nullable: false,
    format: undefined,
    enum: undefined,
    properties: new Map(),
    required: new Set(),
    additionalProperties: undefined,
    items: undefined,
    oneOf: [],
    anyOf: [],
    discriminator: undefined,
    readOnly: false,
    writeOnly: false,
    deprecated: false,
    hasDefault: false,
    default: undefined,
    minLength: undefined,
    maxLength: undefined,
    minimum: undefined,
    maximum: undefined,
    multipleOf: undefined,
    minItems: undefined,
    maxItems: undefined,
    uniqueItems: false,
    minProperties: undefined,
    maxProperties: undefined,
    pattern: undefined,
    never: false,
  }
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

function bound(limit: unknown, exclusive: unknown, side: 'min' | 'max'): Bound | undefined {
  // 3.1 (JSON Schema 2020-12): exclusiveMinimum is a number of its own; 3.0 and 2.0: a boolean on minimum.
  if (typeof exclusive === 'number') {
    if (typeof limit === 'number' && (side === 'min' ? limit > exclusive : limit < exclusive)) return {value: limit, exclusive: false}
    return {value: exclusive, exclusive: true}
  }
  if (typeof limit !== 'number') return undefined
  return {value: limit, exclusive: exclusive === true}
}

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b)
}

function minOf(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b)
}



/**
 * Whether a schema is described by oneOf/anyOf branches. When only one side of a pair is, keyword checks (enum,
 * bounds, pattern, format, default) leave it to schema-composition, which compares the plain side with the branch it
 * matches: comparing the outer schemas would read a keyword moved into a branch as removed.
 */
export function branchedDiffers(a: SchemaView, b: SchemaView): boolean {
  return a.oneOf.length + a.anyOf.length > 0 !== b.oneOf.length + b.anyOf.length > 0
}
