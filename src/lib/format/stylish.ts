import {Chalk, type ChalkInstance} from 'chalk'
import type {LintReport, Severity} from '../lint/types.js'
import {groupByFile, ignoredText, printable, problemCount, summaryText} from './findings.js'
import type {FormatOptions} from './types.js'

/** Rule ids line up after messages up to this long; a longer message pushes its own rule id out rather than every row's. */
const MESSAGE_COLUMN = 80

/**
 * The default, for people: findings grouped by file, one aligned row each (`line:column  severity  message  rule`),
 * then expired ignore entries, then the counts.
 */
export default function stylish(report: LintReport, options: FormatOptions): string {
  // A private instance: the global one reads the environment, and this output must depend on `options` alone.
  const c = new Chalk({level: options.color ? 1 : 0})
  const paint: Record<Severity, ChalkInstance> = {error: c.red, warning: c.yellow, info: c.blue, hint: c.gray}
  const lines: string[] = []

  const rows = report.results.map((r) => ({
    file: r.file,
    position: `${r.line}:${r.column}`,
    severity: r.severity,
    message: printable(r.message),
    ruleId: printable(r.ruleId),
  }))
  const width = {position: 0, severity: 0, message: 0}
  for (const r of rows) {
    width.position = Math.max(width.position, r.position.length)
    width.severity = Math.max(width.severity, r.severity.length)
    width.message = Math.max(width.message, Math.min(r.message.length, MESSAGE_COLUMN))
  }
  for (const [file, group] of groupByFile(rows)) {
    lines.push(c.underline(printable(file)))
    for (const r of group) {
      const position = c.dim(r.position.padStart(width.position))
      const severity = paint[r.severity](r.severity.padEnd(width.severity))
      lines.push(`  ${position}  ${severity}  ${r.message.padEnd(width.message)}  ${c.dim(r.ruleId)}`.trimEnd())
    }
    lines.push('')
  }

  if (report.expiredIgnores.length > 0) {
    lines.push(c.yellow('Expired ignore entries (their findings count again):'))
    for (const e of report.expiredIgnores) {
      const what = [e.ruleId, e.file].filter((s) => s !== undefined).map((s) => printable(s)).join(' in ')
      lines.push(`  ${printable(e.fingerprint)}  ${what ? what + '  ' : ''}expired ${printable(e.expires)}: ${printable(e.reason)}`)
    }
    lines.push('')
  }

  // Why a file could not be linted is on stderr already, one line each: the summary counts them.
  const failed = (options.failures?.length ?? 0) > 0
  const summary = summaryText(report.summary, options)
  if (!failed && problemCount(report.summary) === 0) lines.push(c.green.bold(summary))
  else lines.push((failed || report.summary.error > 0 ? c.red : c.yellow).bold(summary))
  if (report.summary.ignored > 0) lines.push(c.dim(ignoredText(report.summary.ignored)))
  return lines.join('\n') + '\n'
}
