import {buildChangelog, SECTIONS} from '../diff/changelog.js'
import {byText, type DiffReport} from '../diff/types.js'
import {printable} from './findings.js'
import {md, mdMessage} from './markdown.js'

/** A human changelog, as Markdown or plain text: Breaking changes, Deprecated, Added, Changed; empty sections left out. */
export default function changelog(report: DiffReport, style: 'markdown' | 'text'): string {
  const data = buildChangelog(report)
  const esc = style === 'markdown' ? mdMessage : printable
  const title = `API changes: ${(style === 'markdown' ? md : printable)(report.base.file)} → ${(style === 'markdown' ? md : printable)(report.revision.file)}`
  const out: string[] = style === 'markdown' ? [`# ${title}`, ''] : [title, '='.repeat(Math.min(title.length, 100)), '']
  let any = false
  for (const {key, title: heading} of SECTIONS) {
    const ops = data.get(key)!
    if (ops.size === 0) continue
    any = true
    out.push(style === 'markdown' ? `## ${heading}` : heading, ...(style === 'markdown' ? [''] : [`${'-'.repeat(heading.length)}`]))
    for (const [op, entries] of [...ops].sort((a, b) => byText(a[0], b[0]))) {
      if (entries.length === 1) {
        out.push(`- ${op ? `${style === 'markdown' ? `**${md(op)}**` : printable(op)}: ` : ''}${esc(entries[0]!.message)}`)
        continue
      }
      out.push(`- ${op ? (style === 'markdown' ? `**${md(op)}**` : printable(op)) : 'Document'}`)
      for (const e of entries) out.push(`  - ${esc(e.message)}`)
    }
    out.push('')
  }
  if (!any) out.push('No changes.', '')
  return out.join('\n').replace(/\n+$/, '') + '\n'
}
