// Shared by the schema, example and media type lint rules (rules/*.ts may only hold rules: the registry imports every
// file in that folder).
import type {NodeLocation} from '../spec/loader.js'
import {child, isObject, type JsonObject, type SchemaEntry, type SpecIndex} from '../spec/model.js'
import {splitPointer} from '../spec/pointer.js'

/** A node carrying JSON Schema keywords: a Schema Object, or (2.0) a non-body parameter, a header or an `items` of those. */
export interface SchemaNode {
  value: JsonObject
  loc: NodeLocation
  /** The index entry when the node is a Schema Object. */
  entry: SchemaEntry | undefined
  /** Whether the value travels in requests or responses (for a shared component: where it is first used). */
  direction: 'request' | 'response' | undefined
}

const nodeCache = new WeakMap<SpecIndex, SchemaNode[]>()

/**
 * Every node where schema keywords (type, enum, format, pattern, bounds...) apply. In 2.0, non-body parameters and
 * headers carry those keywords themselves instead of through a `schema`, so they count too.
 */
export function schemaNodes(index: SpecIndex): SchemaNode[] {
  let nodes = nodeCache.get(index)
  if (nodes) return nodes
  nodes = index.schemas.map((e) => ({value: e.value, loc: e.loc, entry: e, direction: e.origin.direction}))
  if (index.version === '2.0') {
    const add = (value: JsonObject, loc: NodeLocation, direction: 'request' | 'response', depth: number) => {
      nodes!.push({value, loc, entry: undefined, direction})
      if (isObject(value['items']) && depth < 32) add(value['items'], child(loc, 'items'), direction, depth + 1)
    }
    for (const p of index.parameters) if (p.value['in'] !== 'body') add(p.value, p.loc, 'request', 0)
    for (const h of index.headers) add(h.value, h.loc, 'response', 0)
  }
  nodeCache.set(index, nodes)
  return nodes
}

const keywordCache = new WeakMap<SpecIndex, {byKey: Map<string, number[]>; lists: Map<string, number[]>}>()

/**
 * The schema nodes (see schemaNodes) that have at least one of `keywords` as their own key, in document order.
 * Why: a dozen rules each look at a keyword or two that few schemas have (`enum`, `discriminator`, bounds...). Each
 * rule's loop runs once, so V8 never optimises it, and looking up absent keys on every one of OpenAI's 10,000
 * schemas cost such a rule 10-25 ms; one pass over the keys every schema does have serves them all.
 */
export function schemaNodesWith(index: SpecIndex, ...keywords: string[]): SchemaNode[] {
  const nodes = schemaNodes(index)
  return ordinalsWith(index, keywords).map((i) => nodes[i]!)
}

/** The same selection over the index's Schema Objects (`index.schemas`), for rules that read their entries. */
export function schemasWith(index: SpecIndex, ...keywords: string[]): SchemaEntry[] {
  const out: SchemaEntry[] = []
  for (const i of ordinalsWith(index, keywords)) if (i < index.schemas.length) out.push(index.schemas[i]!)
  return out
}

function ordinalsWith(index: SpecIndex, keywords: string[]): number[] {
  let cache = keywordCache.get(index)
  if (!cache) {
    const byKey = new Map<string, number[]>()
    const nodes = schemaNodes(index)
    for (let i = 0; i < nodes.length; i++) {
      for (const k in nodes[i]!.value) {
        let list = byKey.get(k)
        if (!list) byKey.set(k, (list = []))
        list.push(i)
      }
    }
    keywordCache.set(index, (cache = {byKey, lists: new Map()}))
  }
  if (keywords.length === 1) return cache.byKey.get(keywords[0]!) ?? []
  const key = keywords.join('\0')
  let list = cache.lists.get(key)
  if (!list) {
    const all = keywords.flatMap((k) => cache.byKey.get(k) ?? []).sort((a, b) => a - b)
    list = all.filter((v, i) => i === 0 || v !== all[i - 1])
    cache.lists.set(key, list)
  }
  return list
}

/** One shared list per JSON Schema type name (and Swagger 2.0's `file`); only these, as `type` is untrusted text. */
const singleTypes = new Map<string, readonly string[]>(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null', 'file'].map((t) => [t, Object.freeze([t])]))

/**
 * The `type` keyword as a list (3.1 allows an array), or undefined when absent or malformed. A single type gives one
 * shared list per name: a dozen rules ask for every schema of the document, and a fresh array each time was garbage.
 */
export function typesOf(s: JsonObject): readonly string[] | undefined {
  const t = s['type']
  if (typeof t === 'string') return singleTypes.get(t) ?? [t]
  if (Array.isArray(t) && t.every((x) => typeof x === 'string')) return t as string[]
  return undefined
}

/** Whether `value` is an instance of the JSON Schema type `type` (2.0 `file` accepts anything). */
export function matchesType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null
    case 'boolean':
      return typeof value === 'boolean'
    case 'string':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'array':
      return Array.isArray(value)
    case 'object':
      return isObject(value)
    default:
      return true
  }
}

/** Whether the schema allows null: 3.0 `nullable`, 2.0 `x-nullable`, or `null` in a 3.1 type list. */
export function allowsNull(s: JsonObject): boolean {
  return s['nullable'] === true || s['x-nullable'] === true || (typesOf(s)?.includes('null') ?? false)
}

/** The types a schema allows (`null` included when it is nullable); undefined when it does not say. */
export function allowedTypes(s: unknown): Set<string> | undefined {
  if (!isObject(s)) return undefined
  const types = typesOf(s)
  if (!types) return undefined
  const out = new Set(types)
  if (allowsNull(s)) out.add('null')
  return out
}

/** The types two schemas both allow, `integer` counting inside `number`. */
export function intersectTypes(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>()
  for (const t of a) {
    if (b.has(t)) out.add(t)
    else if (t === 'integer' && b.has('number')) out.add('integer')
    else if (t === 'number' && b.has('integer')) out.add('integer')
  }
  return out
}

export function isJsonMediaType(mediaType: string): boolean {
  const base = mediaType.split(';')[0]!.trim().toLowerCase()
  return base === 'application/json' || base.endsWith('+json') || base === '*/*' || base === 'application/*' || /\/[^/]*json[^/]*$/.test(base)
}

/** The key under which `loc` sits, e.g. the property name of `/properties/name`. */
export function lastSegment(loc: NodeLocation): string {
  const segs = splitPointer(loc.pointer)
  return segs[segs.length - 1] ?? ''
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

/**
 * A short human name for a schema location, e.g. `Pet.tags[]`, `GET /pets 200 application/json: .id` or
 * `parameter "limit"`, built from the pointer so it also works for nodes reached through `$ref` in other files.
 */
export function schemaLabel(loc: NodeLocation): string {
  const segs = splitPointer(loc.pointer)
  let head = ''
  let i = 0
  if ((segs[0] === 'components' && segs.length >= 3) || (segs[0] === 'definitions' && segs.length >= 2)) {
    i = segs[0] === 'components' ? 3 : 2
    head = segs[i - 1]!
  } else if ((segs[0] === 'paths' || segs[0] === 'webhooks') && segs.length >= 3) {
    const method = METHODS.has(segs[2]!)
    head = method ? `${segs[2]!.toUpperCase()} ${segs[1]}` : segs[1]!
    i = method ? 3 : 2
    while (i < segs.length && segs[i] !== 'schema') {
      const s = segs[i]!
      if (s === 'responses') head += ` response ${segs[i + 1] ?? ''}`, i++
      else if (s === 'requestBody') head += ' request body'
      else if (s === 'parameters') head += ` parameter ${segs[i + 1] ?? ''}`, i++
      else if (s === 'content') head += ` ${segs[i + 1] ?? ''}`, i++
      else if (s === 'headers') head += ` header ${segs[i + 1] ?? ''}`, i++
      i++
    }
    if (segs[i] === 'schema') i++
  } else {
    // A fragment file reached through $ref: name the file, since its pointers mean nothing on their own.
    const name = loc.file.displayPath.split(/[\\/]/).pop() ?? loc.file.displayPath
    return name + (loc.pointer === '' ? '' : '#' + loc.pointer)
  }
  let tail = ''
  for (; i < segs.length; i++) {
    const s = segs[i]!
    if (s === 'properties' && i + 1 < segs.length) tail += '.' + segs[++i]
    else if (s === 'items') tail += '[]'
    else if ((s === 'allOf' || s === 'anyOf' || s === 'oneOf' || s === 'prefixItems') && i + 1 < segs.length) tail += `.${s}[${segs[++i]}]`
    else if (s === 'schema') continue
    else if (s === 'content' && i + 1 < segs.length) tail += ' ' + segs[++i]
    else tail += '.' + s
  }
  return head + tail
}

const regexCache = new Map<string, boolean>()

/** Whether `pattern` compiles as an ECMA-262 regular expression, with or without the `u` flag as asked. */
export function compiles(pattern: string, unicode: boolean): boolean {
  const key = (unicode ? 'u:' : ':') + pattern
  let ok = regexCache.get(key)
  if (ok === undefined) {
    try {
      new RegExp(pattern, unicode ? 'u' : '')
      ok = true
    } catch {
      ok = false
    }
    if (regexCache.size > 10000) regexCache.clear()
    regexCache.set(key, ok)
  }
  return ok
}


export const CASINGS: Record<string, RegExp> = {
  pascal: /^[A-Z][a-zA-Z0-9]*$/,
  camel: /^[a-z][a-zA-Z0-9]*$/,
  snake: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/,
  kebab: /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
  macro: /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/,
}

/**
 * The naming rule a casing rule applies: option `pattern` (a regular expression) wins over option `casing`
 * (pascal, camel, snake, kebab or macro; `fallback` when neither is set).
 */
export function casingOption(options: Record<string, unknown>, fallback: string): {test: (name: string) => boolean; name: string} {
  if (typeof options['pattern'] === 'string' && compiles(options['pattern'], false)) {
    const re = new RegExp(options['pattern'])
    return {test: (n) => re.test(n), name: `/${options['pattern']}/`}
  }
  const casing = typeof options['casing'] === 'string' && Object.hasOwn(CASINGS, options['casing']) ? options['casing'] : fallback
  const re = CASINGS[casing]!
  return {test: (n) => re.test(n), name: `${casing} case`}
}
