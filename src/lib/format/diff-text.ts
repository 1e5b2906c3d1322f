import {Chalk, type ChalkInstance} from 'chalk'
import {byText, type ChangeSeverity, type DiffReport} from '../diff/types.js'
import {printable} from './findings.js'

/** Summary line: `2 breaking changes, 1 warning, 3 info`. */
export function diffCounts(report: DiffReport): string {
  const s = report.summary
  const parts = [`${s.error} breaking change${s.error === 1 ? '' : 's'}`, `${s.warning} warning${s.warning === 1 ? '' : 's'}`, `${s.info} info`]
  if (s.ignored > 0) parts.push(`${s.ignored} ignored`)
  return parts.join(', ')
}

/** Changes grouped by operation, document-level ones first, then the counts. For people at a terminal. */
export default function diffText(report: DiffReport, color: boolean): string {
  const c = new Chalk({level: color ? 1 : 0})
  const paint: Record<ChangeSeverity, ChalkInstance> = {error: c.red, warning: c.yellow, info: c.blue}
  const groups = new Map<string, DiffReport['changes']>()
  for (const ch of report.changes) {
    const key = ch.operation ?? ''
    let g = groups.get(key)
    if (!g) groups.set(key, (g = []))
    g.push(ch)
  }
  const lines: string[] = [c.dim(`${printable(report.base.file)} (${report.base.version}) → ${printable(report.revision.file)} (${report.revision.version})`), '']
  for (const key of [...groups.keys()].sort((x, y) => (x === '' ? -1 : y === '' ? 1 : byText(x, y)))) {
    lines.push(c.bold(key === '' ? 'Document' : printable(key)))
    for (const ch of groups.get(key)!) {
      const at = ch.revision ?? ch.base
      const where = at ? c.dim(`  ${printable(at.file)}:${at.line}`) : ''
      lines.push(`  ${paint[ch.severity](ch.severity.padEnd(7))}  ${printable(ch.message)}  ${c.dim(ch.id)}${where}`)
    }
    lines.push('')
  }
  if (report.expiredIgnores.length > 0) {
    lines.push(c.yellow('Expired ignore entries (their changes count again):'))
    for (const e of report.expiredIgnores) lines.push(`  ${printable(e.fingerprint)}  ${e.ruleId ? printable(e.ruleId) + '  ' : ''}expired ${printable(e.expires)}: ${printable(e.reason)}`)
    lines.push('')
  }
  lines.push(report.changes.length === 0 ? c.green(`✔ No changes${report.summary.ignored > 0 ? ` (${report.summary.ignored} ignored)` : ''}`) : (report.summary.error > 0 ? c.red('✖ ') : '') + diffCounts(report))
  return lines.join('\n') + '\n'
}
