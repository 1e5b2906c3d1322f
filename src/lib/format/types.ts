import type {LintReport, Severity} from '../lint/types.js'

export const FORMATS = ['stylish', 'json', 'yaml', 'sarif', 'github', 'junit', 'markdown'] as const
export type FormatName = (typeof FORMATS)[number]

/** What a formatter knows about a rule that findings name (for SARIF rule metadata, help links). */
export interface RuleInfo {
  id: string
  description: string
  docs: string
  defaultSeverity: Severity
}

export interface FormatOptions {
  /** Colour on (stylish only). The command decides from the TTY, NO_COLOR and FORCE_COLOR. */
  color: boolean
  /** apix's version, for SARIF's tool.driver. */
  toolVersion: string
  /** apix's home page, for SARIF's tool.driver.informationUri (left out when not given). */
  informationUri?: string
  /** Rule metadata by id. */
  rules: ReadonlyMap<string, RuleInfo>
  /** Files linted, in order (a clean file still shows in JUnit as a passing test case). */
  files: readonly string[]
  /**
   * Inputs that could not be linted. Every format says so (the run exits 2): an output that read as a clean run would
   * let a pipeline, or a SARIF upload that closes the alerts it no longer sees, take it for one.
   */
  failures?: readonly LintFailure[]
}

/** An input that could not be linted (unreadable, not JSON or YAML, not OpenAPI): where, and why, in one line. */
export interface LintFailure {
  file: string
  line?: number | undefined
  column?: number | undefined
  message: string
}

/** A formatter is a pure function of the report. */
export type LintFormatter = (report: LintReport, options: FormatOptions) => string
