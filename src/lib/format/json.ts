import type {ExpiredIgnore, LintReport, LintResult, LintSummary} from '../lint/types.js'
import type {FormatOptions} from './types.js'

/** The `--format json` contract (also what `yaml` prints). */
export interface LintOutput {
  results: LintResult[]
  summary: LintSummary
  expiredIgnores?: ExpiredIgnore[]
}

/**
 * Builds the contract field by field, so a field added to the report in memory (fingerprints, say) does not leak
 * into the output, and keys keep one order.
 */
export function lintOutput(report: LintReport): LintOutput {
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
  return out
}

export default function json(report: LintReport, _options: FormatOptions): string {
  return JSON.stringify(lintOutput(report), null, 2) + '\n'
}
