import type {JsonObject} from '../../spec/model.js'

/**
 * What a value in an OpenAPI document must be. Node types name an object of the specification (Operation, Schema…)
 * and are looked up in the version's table; the other kinds are JSON shapes.
 */
export type FieldType =
  | {readonly k: 'string'}
  | {readonly k: 'boolean'}
  | {readonly k: 'number'; readonly above?: number}
  | {readonly k: 'integer'; readonly min?: number}
  | {readonly k: 'any'}
  | {readonly k: 'enum'; readonly values: readonly string[]}
  | {readonly k: 'list'; readonly of: FieldType; readonly nonEmpty?: boolean; readonly unique?: boolean}
  | {readonly k: 'map'; readonly of: FieldType}
  | {readonly k: 'node'; readonly name: string}
  /** The first option whose JSON kind (string, number, boolean, object, array) matches the value. */
  | {readonly k: 'either'; readonly options: readonly FieldType[]; readonly expected: string}

/** Where the node's own `$ref` leads. */
export type RefMode =
  /** A Reference Object may stand in its place; other fields beside `$ref` are ignored (as the specification says). */
  | 'reference'
  /** `$ref` is one of its fields, validated with the others, and the target is validated too (3.1 schemas, path items). */
  | 'field'
  /** The specification allows no Reference Object here. */
  | 'none'

export interface NodeType {
  /** Name as the specification writes it, without "Object": `Operation`, `Server Variable`. */
  readonly name: string
  /** Appended to the name in messages: ` with type "apiKey"`. */
  readonly note?: string
  readonly fields: Readonly<Record<string, FieldType>>
  readonly required?: readonly string[]
  /** `^x-` fields allowed (default true). */
  readonly extensions?: boolean
  /** Type of any other (non `x-`) field: maps such as Paths, Responses and Callback. */
  readonly additional?: FieldType
  /** Unknown fields allowed and not checked (3.1 schemas, which may use any vocabulary). */
  readonly open?: boolean
  readonly ref: RefMode
  /** `true` and `false` are valid in its place (3.1 schemas). */
  readonly booleanOk?: boolean
  /** Keeps the nodes of this type (with their locations) for rules that check them further. */
  readonly record?: boolean
  /** The precise type for this node, chosen from a field such as `type` or `in`. */
  variant?(node: JsonObject): NodeType | undefined
  /** Checks beyond fields and required ones; `report(key, message)` reports at a field (or the node with no key). */
  check?(node: JsonObject, report: (key: string | undefined, message: string) => void): void
}

export interface TypeTable {
  readonly root: string
  readonly types: ReadonlyMap<string, NodeType>
}

export const T = {
  string: {k: 'string'} as const,
  boolean: {k: 'boolean'} as const,
  number: {k: 'number'} as const,
  positive: {k: 'number', above: 0} as const,
  integer: {k: 'integer'} as const,
  count: {k: 'integer', min: 0} as const,
  any: {k: 'any'} as const,
  enum: (...values: string[]): FieldType => ({k: 'enum', values}),
  list: (of: FieldType, opts: {nonEmpty?: boolean; unique?: boolean} = {}): FieldType => ({k: 'list', of, ...opts}),
  map: (of: FieldType): FieldType => ({k: 'map', of}),
  node: (name: string): FieldType => ({k: 'node', name}),
  either: (expected: string, ...options: FieldType[]): FieldType => ({k: 'either', options, expected}),
}

export function table(root: string, types: NodeType[]): TypeTable {
  const map = new Map<string, NodeType>()
  for (const t of types) {
    if (map.has(t.name + (t.note ?? ''))) throw new Error(`duplicate node type ${t.name}`)
    map.set(t.name + (t.note ?? ''), t)
  }
  return {root, types: map}
}

/** `an Operation object`, `a Security Scheme object with type "http"`. */
export function label(t: NodeType): string {
  const article = /^([AEIOU]|XML)/.test(t.name) ? 'an' : 'a'
  return `${article} ${t.name} object${t.note ?? ''}`
}

/** The kind of a JSON value, as messages name it. */
export function kindOf(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v
}

export function describe(ft: FieldType): string {
  switch (ft.k) {
    case 'string':
      return 'a string'
    case 'boolean':
      return 'a boolean'
    case 'number':
      return ft.above === undefined ? 'a number' : `a number above ${ft.above}`
    case 'integer':
      return ft.min === 0 ? 'a non-negative integer' : 'an integer'
    case 'any':
      return 'any value'
    case 'enum':
      return `one of ${ft.values.map((v) => `"${v}"`).join(', ')}`
    case 'list':
      return 'an array'
    case 'map':
    case 'node':
      return 'an object'
    case 'either':
      return ft.expected
  }
}

/** Status of an HTTP response as a `Responses` key (3.x): a code or a 1XX–5XX range. */
export const RESPONSE_CODE_3 = /^[1-5](?:\d\d|XX)$/
/** 2.0 allows three digits only (no ranges). */
export const RESPONSE_CODE_2 = /^\d{3}$/

/**
 * The validation keywords Swagger 2.0 and OpenAPI 3.0 both take from JSON Schema draft 4 (Wright draft 00), with
 * the types those drafts give them.
 */
export const DRAFT4_VALIDATION: Record<string, FieldType> = {
  multipleOf: T.positive,
  maximum: T.number,
  exclusiveMaximum: T.boolean,
  minimum: T.number,
  exclusiveMinimum: T.boolean,
  maxLength: T.count,
  minLength: T.count,
  pattern: T.string,
  maxItems: T.count,
  minItems: T.count,
  uniqueItems: T.boolean,
  maxProperties: T.count,
  minProperties: T.count,
  required: T.list(T.string, {nonEmpty: true, unique: true}),
  enum: T.list(T.any, {nonEmpty: true}),
}
