import type {DiffReport} from '../diff/types.js'

/** The `apix diff --format json` contract (also what `yaml` prints), built field by field so nothing else leaks in. */
export function diffOutput(report: DiffReport): Record<string, unknown> {
  const out: Record<string, unknown> = {
    changes: report.changes.map((c) => ({
      id: c.id,
      severity: c.severity,
      message: c.message,
      operation: c.operation,
      direction: c.direction,
      base: c.base && {file: c.base.file, line: c.base.line, pointer: c.base.pointer},
      revision: c.revision && {file: c.revision.file, line: c.revision.line, pointer: c.revision.pointer},
    })),
    summary: {error: report.summary.error, warning: report.summary.warning, info: report.summary.info, ignored: report.summary.ignored},
  }
  if (report.expiredIgnores.length > 0) out['expiredIgnores'] = report.expiredIgnores
  return out
}
