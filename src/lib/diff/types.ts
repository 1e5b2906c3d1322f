import type {SourceFile} from '../spec/source-file.js'

/** `error` is a breaking change; `warning` may break some clients; `info` is safe. */
export type ChangeSeverity = 'error' | 'warning' | 'info'
export const CHANGE_SEVERITIES: readonly ChangeSeverity[] = ['error', 'warning', 'info']

/** Who is affected: the server must accept old requests, old clients must accept new responses. */
export type ChangeDirection = 'request' | 'response'

/** Where a schema sits; it fixes the direction (callbacks and webhooks swap it: the API sends their requests). */
export type SchemaLocation = 'request-body' | 'request-parameter' | 'response-body' | 'response-header'
export const SCHEMA_LOCATIONS: readonly SchemaLocation[] = ['request-body', 'request-parameter', 'response-body', 'response-header']

/** In callbacks and webhooks the API sends the request: request and response locations swap. */
export const FLIPPED: Readonly<Record<SchemaLocation, SchemaLocation>> = {
  'request-body': 'response-body',
  'response-body': 'request-body',
  'request-parameter': 'response-header',
  'response-header': 'request-parameter',
}

export function locationDirection(location: SchemaLocation): ChangeDirection {
  return location.startsWith('request') ? 'request' : 'response'
}

/** One registered check. Its id is stable: ignore files and severity overrides name it. */
export interface CheckDef {
  id: string
  /** The family file it is defined in (`src/lib/diff/checks/<family>.ts`). */
  family: string
  severity: ChangeSeverity
  description: string
  direction: ChangeDirection | null
}

/** A node on one side: the file it is written in and its JSON pointer there. */
export interface Where {
  file: SourceFile
  pointer: string
}

/** One change, as in the JSON output contract (plus what formatters and ignores need). */
export interface Change {
  id: string
  severity: ChangeSeverity
  message: string
  /** `GET /pets/{id}`, or null for document-level changes. */
  operation: string | null
  direction: ChangeDirection | null
  base: ChangeLocation | null
  revision: ChangeLocation | null
}

export interface ChangeLocation {
  file: string
  line: number
  pointer: string
}

export interface DiffSummary {
  error: number
  warning: number
  info: number
  /** Changes matched by `.apix-ignore.yaml` entries or `x-apix-ignore`. */
  ignored: number
}

export interface DiffReport {
  changes: Change[]
  summary: DiffSummary
  /** Parallel to `changes`: what `.apix-ignore.yaml` entries name. */
  fingerprints: string[]
  expiredIgnores: Array<{fingerprint: string; ruleId: string | undefined; file: string | undefined; expires: string; reason: string}>
  base: {file: string; version: string}
  revision: {file: string; version: string}
}

/** Code-unit order: the same on every machine (localeCompare depends on the locale), and fast on 24,000 changes. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
