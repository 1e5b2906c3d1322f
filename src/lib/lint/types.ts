import type {ApixConfig} from '../config/config.js'
import type {LoadedSpec, NodeLocation, SpecVersion} from '../spec/loader.js'
import type {SpecIndex} from '../spec/model.js'

export type Severity = 'error' | 'warning' | 'info' | 'hint'
export type SeveritySetting = Severity | 'off'
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint']

export type RuleCategory = 'spec' | 'style' | 'gateway'

/**
 * One lint rule. Its file is `src/lib/lint/rules/<id>.ts`; it carries only a default severity (what the `all` preset
 * uses). Presets assign the severities that matter.
 */
export interface Rule {
  id: string
  category: RuleCategory
  description: string
  defaultSeverity: Severity
  /** Documentation page; for gateway rules the AWS page it enforces. */
  docs: string
  /** Spec versions it applies to (all when omitted). */
  versions?: readonly SpecVersion[]
  /**
   * A gateway rule that reads the spec as written even when the config builds an API Gateway document (the others
   * then check that document): conversion findings are about the spec itself.
   */
  checksSpec?: boolean
  check(ctx: RuleContext): void
}

export interface Report {
  message: string
  /** The node the finding is about; the position is its key's (or the value's, for array items). */
  at: NodeLocation
  /**
   * A text offset in `at.file` to place the finding at instead, for what a pointer cannot tell apart: the second
   * occurrence of a repeated key has the first's pointer.
   */
  offset?: number
}

export interface RuleContext {
  spec: LoadedSpec
  index: SpecIndex
  version: SpecVersion
  /** Options for this rule from the config (`rules: {id: {severity, ...options}}`). */
  options: Record<string, unknown>
  /** The whole apix config (gateway rules read API type and endpoint settings here). */
  config: ApixConfig
  report(report: Report): void
}

/** One finding, as in the JSON output contract. */
export interface LintResult {
  ruleId: string
  severity: Severity
  message: string
  /** Path relative to the working folder (or the URL / `<stdin>`). */
  file: string
  line: number
  column: number
  pointer: string
}

export interface LintSummary {
  error: number
  warning: number
  info: number
  hint: number
  /** Findings matched by `.apix-ignore.yaml` entries. */
  ignored: number
  files: number
}

export interface ExpiredIgnore {
  fingerprint: string
  ruleId: string | undefined
  file: string | undefined
  expires: string
  reason: string
}

export interface LintReport {
  results: LintResult[]
  summary: LintSummary
  /** Ignore entries whose expiry has passed (their findings count again). */
  expiredIgnores: ExpiredIgnore[]
  /** Fingerprints of the results, parallel to `results` (for baselines). */
  fingerprints: string[]
}
