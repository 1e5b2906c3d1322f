import {byText, CHANGE_SEVERITIES, type ChangeSeverity, type DiffReport} from '../diff/types.js'
import {diffCounts} from './diff-text.js'
import {md, mdMessage} from './markdown.js'

const LABEL: Record<ChangeSeverity, string> = {error: '❌ breaking', warning: '⚠️ warning', info: 'ℹ️ info'}
/** GitHub refuses a comment over 65,536 characters. */
const MAX_LENGTH = 60_000

/**
 * A pull-request comment: counts, then one table per operation (breaking ones first). Everything from a spec is
 * escaped (see `md`), so a message cannot break the table, open HTML or mention someone.
 */
export default function diffMarkdown(report: DiffReport): string {
  const out = [`## apix diff: ${report.changes.length === 0 ? '✔ No changes' : `${report.summary.error > 0 ? '✖' : '✔'} ${diffCounts(report)}`}`, '']
  const groups = new Map<string, DiffReport['changes']>()
  for (const c of report.changes) {
    const key = c.operation ?? 'Document'
    let g = groups.get(key)
    if (!g) groups.set(key, (g = []))
    g.push(c)
  }
  const worst = (cs: DiffReport['changes']) => Math.min(...cs.map((c) => CHANGE_SEVERITIES.indexOf(c.severity)))
  let length = out[0]!.length
  let shown = 0
  groups: for (const [op, changes] of [...groups].sort((x, y) => worst(x[1]) - worst(y[1]) || byText(x[0], y[0]))) {
    const head = [`### ${md(op)}`, '', '| Severity | Change | Check |', '| --- | --- | --- |']
    let started = false
    for (const c of changes) {
      const row = `| ${LABEL[c.severity]} | ${mdMessage(c.message.length > 1000 ? c.message.slice(0, 1000) + '…' : c.message)} | \`${c.id}\` |`
      const needed = row.length + 1 + (started ? 0 : head.join('\n').length + 1)
      if (length + needed > MAX_LENGTH) break groups
      if (!started) out.push(...head)
      out.push(row)
      length += needed
      started = true
      shown++
    }
    out.push('')
  }
  if (shown < report.changes.length) out.push(`_…and ${report.changes.length - shown} more: run \`apix diff\` locally for all of them._`, '')
  return out.join('\n').replace(/\n+$/, '') + '\n'
}
