import type {NodeLocation} from '../../spec/loader.js'
import {child, isObject, locKey, type JsonObject, type Located, type OperationEntry, type PathEntry, type SpecIndex} from '../../spec/model.js'

/** Names inside `{…}` in a path template, in order. */
export function templateNames(path: string): string[] {
  const out: string[] = []
  for (const m of path.matchAll(/\{([^{}]*)\}/g)) out.push(m[1]!)
  return out
}

/** `GET /pets/{id}` (or the webhook / callback it belongs to). */
export function operationName(op: OperationEntry): string {
  const where = op.kind === 'webhook' ? `webhook "${op.path}"` : op.kind === 'callback' ? `callback "${op.path}"` : op.path
  return `${op.method.toUpperCase()} ${where}`
}

/** The items of a `parameters` list, each resolved, with the location of the list item (where a `$ref` is written). */
export function parameterList(index: SpecIndex, list: unknown, listLoc: NodeLocation): Array<Located & {site: NodeLocation}> {
  if (!Array.isArray(list)) return []
  const out: Array<Located & {site: NodeLocation}> = []
  list.forEach((item, i) => {
    const site = child(listLoc, i)
    const r = index.resolve(item, site)
    if (isObject(r.value)) out.push({...(r as Located), site})
  })
  return out
}

/** Where a resolved node was brought in: the `$ref` that led to it, else where it is written. */
export function siteOf(l: {loc: NodeLocation; refLoc: NodeLocation | undefined}): NodeLocation {
  return l.refLoc ?? l.loc
}

/** Each path item once (paths, webhooks, and the callbacks' path items reached from operations). */
export function pathItems(index: SpecIndex): PathEntry[] {
  const seen = new Set<string>()
  const out: PathEntry[] = []
  const add = (p: PathEntry) => {
    const key = locKey(p.loc)
    if (seen.has(key)) return
    seen.add(key)
    out.push(p)
  }
  for (const p of index.paths) add(p)
  for (const op of index.operations) add(op.pathItem)
  return out
}

/** Media type without parameters, lower-cased: `multipart/form-data; boundary=x` → `multipart/form-data`. */
export function mediaTypeName(m: unknown): string {
  return typeof m === 'string' ? m.split(';')[0]!.trim().toLowerCase() : ''
}

/** 2.0: the `consumes` in force for an operation (its own, else the document's), or undefined when none is declared. */
export function effectiveConsumes(index: SpecIndex, op: OperationEntry): {list: unknown[]; loc: NodeLocation} | undefined {
  const own = op.value['consumes']
  if (Array.isArray(own)) return {list: own, loc: child(op.loc, 'consumes')}
  const global = index.root['consumes']
  if (Array.isArray(global)) return {list: global, loc: {file: index.spec.root, pointer: '/consumes'}}
  return undefined
}

/** Whether a JSON value is of a JSON Schema / OpenAPI `type` name. */
export function isOfType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return isObject(value)
    case 'null':
      return value === null
    default:
      return true
  }
}

export function kindName(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number'
  return typeof v
}

/** Every Items object of a 2.0 parameter or header (`items`, `items.items`…), with its location. */
export function itemsChain(value: JsonObject, loc: NodeLocation): Array<{value: JsonObject; loc: NodeLocation}> {
  const out: Array<{value: JsonObject; loc: NodeLocation}> = []
  let v: unknown = value['items']
  let l = child(loc, 'items')
  for (let depth = 0; isObject(v) && depth < 64; depth++) {
    out.push({value: v, loc: l})
    v = v['items']
    l = child(l, 'items')
  }
  return out
}
