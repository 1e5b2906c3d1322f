import type {LintReport, Severity} from '../lint/types.js'
import {ignoredText, summaryText} from './findings.js'
import type {FormatOptions} from './types.js'

/** GitHub shows three annotation levels; info and hint are both notices. */
const COMMAND: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice', hint: 'notice'}

/**
 * GitHub Actions workflow commands, one line per finding, which the runner turns into annotations on the PR diff.
 * Escaping follows @actions/core: a message cannot end the line (and so cannot start a command of its own, such as
 * `::stop-commands::`), and a property value cannot end the property list.
 */
export default function github(report: LintReport, options: FormatOptions): string {
  const lines = report.results.map((r) => {
    const props = `file=${escapeProperty(r.file)},line=${r.line},col=${r.column},title=${escapeProperty(r.ruleId)}`
    return `::${COMMAND[r.severity]} ${props}::${escapeData(r.message)}`
  })
  for (const e of report.expiredIgnores) {
    const what = [e.ruleId, e.file].filter((s) => s !== undefined).join(' in ')
    const text = `Ignore entry ${e.fingerprint}${what ? ` (${what})` : ''} expired on ${e.expires}, so its finding counts again: ${e.reason}`
    lines.push(`::warning title=${escapeProperty('apix: expired ignore entry')}::${escapeData(text)}`)
  }
  for (const f of options.failures ?? []) {
    const at = f.line === undefined ? '' : `,line=${f.line}${f.column === undefined ? '' : `,col=${f.column}`}`
    lines.push(`::error file=${escapeProperty(f.file)}${at},title=${escapeProperty('apix: could not lint')}::${escapeData(f.message)}`)
  }
  // A plain line is log text to the runner, so the job log still says what happened.
  lines.push(`apix: ${summaryText(report.summary, options)}`)
  if (report.summary.ignored > 0) lines.push(`apix: ${ignoredText(report.summary.ignored)}`)
  return lines.join('\n') + '\n'
}

function escapeData(s: string): string {
  // Other control characters are not part of the command syntax, but the log viewer would act on terminal escapes.
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
