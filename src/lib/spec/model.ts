import type {LoadedSpec, NodeLocation, SpecVersion} from './loader.js'
import {joinPointer} from './pointer.js'

export type JsonObject = Record<string, unknown>
export type Direction = 'request' | 'response'

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/** A node reached by walking the document, with `$ref`s followed. */
export interface Located<T = JsonObject> {
  value: T
  /** Where the node is written (after following any `$ref`). */
  loc: NodeLocation
  /** Where the `$ref` that led here is written, when the node was reached through one. */
  refLoc: NodeLocation | undefined
}

export interface PathEntry extends Located {
  path: string
  /** `paths` (or `webhooks` for 3.1 webhooks, keyed by name). */
  kind: 'path' | 'webhook'
}

export interface OperationEntry extends Located {
  path: string
  method: HttpMethod
  kind: 'path' | 'webhook' | 'callback'
  pathItem: PathEntry
  /** Effective parameters: path-level ones overridden by operation-level ones with the same name and `in`. */
  parameters: Array<Located & {level: 'path' | 'operation'}>
}

export interface SchemaEntry extends Located {
  /** Where the schema is used from: a component, a parameter, a request/response body, a header... */
  origin: SchemaOrigin
  /** Set when this schema is a property of another: the property's name. */
  propertyName: string | undefined
  /** The schema holding this one, if any. */
  parent: SchemaEntry | undefined
  /** The keyword path from the parent, e.g. `properties/name`, `items`, `allOf/0`. */
  via: string | undefined
}

export interface SchemaOrigin {
  kind: 'component' | 'parameter' | 'requestBody' | 'response' | 'header' | 'other'
  direction: Direction | undefined
  operation: OperationEntry | undefined
}

export interface MediaTypeEntry extends Located {
  mediaType: string
  direction: Direction
  operation: OperationEntry | undefined
}

export interface ResponseEntry extends Located {
  status: string
  operation: OperationEntry | undefined
}

export interface RefEntry {
  /** The object holding the `$ref`, and where it is. */
  holder: JsonObject
  at: NodeLocation
  ref: string
  target: NodeLocation | undefined
}

/**
 * A read-only view of an OpenAPI document built in one walk: every path, operation, parameter, body, response and
 * schema with the file and pointer it is written at. Lint rules, diff checks and the gateway model read this
 * instead of walking the document again. Nodes shared through `$ref` appear once.
 */
export interface SpecIndex {
  spec: LoadedSpec
  version: SpecVersion
  root: JsonObject
  paths: PathEntry[]
  operations: OperationEntry[]
  /** Every Parameter object reached (component, path level, operation level), once each. */
  parameters: Array<Located & {operation: OperationEntry | undefined}>
  requestBodies: Array<Located & {operation: OperationEntry | undefined}>
  responses: ResponseEntry[]
  headers: Array<Located & {name: string; operation: OperationEntry | undefined}>
  mediaTypes: MediaTypeEntry[]
  schemas: SchemaEntry[]
  /** Security schemes by name (3.x `components/securitySchemes`, 2.0 `securityDefinitions`). */
  securitySchemes: Map<string, Located>
  /** Components by type and name (3.x `components/*`, 2.0 `definitions`, `parameters`, `responses`). */
  components: Map<string, Map<string, Located>>
  refs: RefEntry[]
  /** `file id + '#' + pointer` of every node some `$ref` points at. */
  referenced: Set<string>
  /** Resolves a value that may be a `$ref` (following chains, stopping on cycles). */
  resolve<T = JsonObject>(value: unknown, loc: NodeLocation): Located<T>
}

export function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** JSON equality (enum values, defaults, extension values): key order does not matter, array order does. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  if (!isObject(a) || !isObject(b)) return false
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]))
}

export function locKey(loc: NodeLocation): string {
  return loc.file.id + '#' + loc.pointer
}

export function child(loc: NodeLocation, ...segments: Array<string | number>): NodeLocation {
  return {file: loc.file, pointer: joinPointer(loc.pointer, ...segments)}
}
