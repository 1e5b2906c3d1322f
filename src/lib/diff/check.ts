import type {NApi, Node, NOperation} from './model.js'
import type {SchemaView} from './schema.js'
import type {ChangeDirection, ChangeSeverity, CheckDef, SchemaLocation, Where} from './types.js'

/**
 * A change to a schema keyword. It becomes one check per location it applies to, with the id
 * `<location>-<kind>` (`request-body-enum-value-removed`), and the severity of that location's direction.
 */
export interface SchemaKind {
  kind: string
  description: string
  /** Severity when the schema is sent by clients (request bodies and parameters). */
  request: ChangeSeverity
  /** Severity when the schema is sent by the API (response bodies and headers). */
  response: ChangeSeverity
  /** Locations it applies to (default: all four). */
  locations?: readonly SchemaLocation[]
}

export interface WhereBoth {
  base?: Where | undefined
  revision?: Where | undefined
}

/** What a family's document-level hook can do. */
export interface ApiContext {
  /** Reports a change; `operation` names the operation it is about, if any. */
  report(id: string, message: string, where: WhereBoth & {operation?: NOperation | undefined}): void
  /** `YYYY-MM-DD` the diff judges sunset dates against. */
  today: string
  /** Minimum days between deprecation and sunset (`diff.deprecationDays`). */
  deprecationDays: number
}

/** What a family's operation-level hook can do, for a pair of matched operations. */
export interface OperationContext extends ApiContext {
  base: NApi
  revision: NApi
  /** The operation's kind: in callbacks and webhooks the API sends the request, so schema directions swap. */
  flipped: boolean
  report(id: string, message: string, where: WhereBoth): void
  /** Compares two schemas at `location`; `subject` starts each message (`request body`, `query parameter \`limit\``). */
  compareSchema(a: Node | undefined, b: Node | undefined, location: SchemaLocation, subject: string): void
  viewBase(node: Node): SchemaView
  viewRevision(node: Node): SchemaView
}

/** What a family's schema-level hook can do, for a pair of schemas at the same place. */
export interface SchemaContext {
  location: SchemaLocation
  direction: ChangeDirection
  /**
   * Reports `<location>-<kind>`; located at the two schemas unless `where` says otherwise. `value` is the one value
   * the change is about (an enum value), for families above that judge it against other branches.
   */
  report(kind: string, message: string, where?: WhereBoth, value?: {value: unknown}): void
  /**
   * Compares two sub-schemas; `segment` extends the property path (`name`, `[]`, `{}`, `<oneOf Cat>`). `keep`, when
   * given, drops changes found below (schema-composition drops an enum value "removed" from a branch that another
   * branch still accepts).
   */
  compare(a: Node | undefined, b: Node | undefined, segment: string, keep?: (change: BelowChange) => boolean): void
  viewBase(node: Node): SchemaView
  viewRevision(node: Node): SchemaView
}

/** A change found below a compared pair, as `keep` sees it. */
export interface BelowChange {
  id: string
  /** The property path below the pair, outermost first (`[]` for array items). */
  path: string[]
  /** The value it is about, when the family said (enum values). */
  value?: {value: unknown} | undefined
}

/** One file of `src/lib/diff/checks/`: its checks and the hooks that find them. */
export interface CheckFamily {
  name: string
  /** Checks with a fixed id. */
  checks?: ReadonlyArray<Omit<CheckDef, 'family'>>
  /** Schema keyword changes, expanded per location. */
  schemaKinds?: readonly SchemaKind[]
  /**
   * Whether `operation` also runs on callback and webhook operations (where the API sends the request). Only families
   * written for that swap take part; the others' ids would carry the wrong direction there.
   */
  flippable?: boolean
  api?(a: NApi, b: NApi, ctx: ApiContext): void
  operation?(a: NOperation, b: NOperation, ctx: OperationContext): void
  schema?(a: SchemaView, b: SchemaView, ctx: SchemaContext): void
}

/** A number or value for messages. */
export function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v)
  if (v === undefined) return 'none'
  const s = JSON.stringify(v)
  return s.length > 60 ? s.slice(0, 57) + '…' : s
}
