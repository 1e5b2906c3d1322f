import type {ExpiredIgnore, LintReport, LintResult, LintSummary} from '../lint/types.js'
import type {FormatOptions, LintFailure} from './types.js'

/** The `--format json` contract (also what `yaml` prints). */
export interface LintOutput {
  results: LintResult[]
  summary: LintSummary
  expiredIgnores?: ExpiredIgnore[]
  /** Inputs that could not be linted (the run exits 2); absent when there are none. */
  failures?: LintFailure[]
}

/**
 * Builds the contract field by field, so a field added to the report in memory (fingerprints, say) does not leak
 * into the output, and keys keep one order.
 */
export function lintOutput(report: LintReport, failures: readonly LintFailure[] = []): LintOutput {
  const s = report.summary
  const out: LintOutput = {
    results: report.results.map((r) => ({
      ruleId: r.ruleId,
      severity: r.severity,
      message: r.message,
      file: r.file,
      line: r.line,
      column: r.column,
      pointer: r.pointer,
    })),
    summary: {error: s.error, warning: s.warning, info: s.info, hint: s.hint, ignored: s.ignored, files: s.files},
  }
  if (report.expiredIgnores.length > 0) {
    out.expiredIgnores = report.expiredIgnores.map((e) => ({
      fingerprint: e.fingerprint,
      ruleId: e.ruleId,
      file: e.file,
      expires: e.expires,
      reason: e.reason,
    }))
  }
  if (failures.length > 0) out.failures = failures.map((f) => ({file: f.file, line: f.line, column: f.column, message: f.message}))
  return out
}

export default function json(report: LintReport, options: FormatOptions): string {
  return JSON.stringify(lintOutput(report, options.failures), null, 2) + '\n'
}
