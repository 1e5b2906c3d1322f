import type {LintReport, LintResult, Severity} from '../lint/types.js'
import {failureText, groupByFile, ignoredText, summaryText} from './findings.js'
import type {FormatOptions} from './types.js'

const LABEL: Record<Severity, string> = {error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info', hint: '💡 hint'}

/** GitHub refuses a comment over 65,536 characters; stop the table early enough to say how much was left out. */
const MAX_LENGTH = 60_000
const MAX_MESSAGE = 1_000

/**
 * A summary to post as a pull-request comment: a heading with the counts, then a table of findings per file.
 * Everything that comes from a spec is escaped, so a message cannot end its table cell or row, open HTML, start a
 * heading, or mention a user.
 */
export default function markdown(report: LintReport, options: FormatOptions): string {
  const out: string[] = [`## apix lint: ${summaryText(report.summary, options)}`, '']
  if (options.failures?.length) {
    out.push('**Could not lint:**', '')
    for (const f of options.failures) out.push(`- ${md(clip(failureText(f)))}`)
    out.push('')
  }
  let length = out[0]!.length
  let shown = 0
  files: for (const [file, findings] of groupByFile(report.results)) {
    const head = [`### ${md(file)}`, '', '| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |']
    let started = false
    for (const r of findings) {
      const row = `| ${LABEL[r.severity]} | ${rule(r, options)} | ${r.line}:${r.column} | ${md(clip(r.message))} |`
      const needed = row.length + 1 + (started ? 0 : head.join('\n').length + 1)
      if (length + needed > MAX_LENGTH) break files
      if (!started) out.push(...head)
      out.push(row)
      started = true
      length += needed
      shown++
    }
    out.push('')
  }
  if (shown < report.results.length) {
    // A table runs on to the next line that is not blank.
    if (out.at(-1) !== '') out.push('')
    out.push(`_…and ${report.results.length - shown} more not shown, to keep within the size of a comment; run \`apix lint\` for the full list._`, '')
  }

  if (report.expiredIgnores.length > 0) {
    out.push('**Expired ignore entries** (their findings count again):', '')
    for (const e of report.expiredIgnores) {
      const what = [e.ruleId, e.file].filter((s) => s !== undefined).map(md).join(' in ')
      out.push(`- ${md(e.fingerprint)}${what ? ` (${what})` : ''}, expired ${md(e.expires)}: ${md(clip(e.reason))}`)
    }
    out.push('')
  }
  if (report.summary.ignored > 0) out.push(`_${ignoredText(report.summary.ignored)}_`, '')
  return out.join('\n').replace(/\n+$/, '') + '\n'
}

function rule(r: LintResult, options: FormatOptions): string {
  const docs = options.rules.get(r.ruleId)?.docs
  return docs !== undefined && /^https?:\/\/[^\s<>]+$/.test(docs) ? `[${md(r.ruleId)}](<${docs}>)` : md(r.ruleId)
}

function clip(s: string): string {
  return s.length > MAX_MESSAGE ? s.slice(0, MAX_MESSAGE) + '…' : s
}

/**
 * Inline Markdown from untrusted text. Every ASCII punctuation mark with a meaning in GitHub Markdown is
 * backslash-escaped (`|` in particular, which would end the table cell; `<` and `&`, which would start HTML or an
 * entity; `$`, which starts maths). Line breaks become `<br>` so a finding keeps to one row. A zero-width space after
 * `@` and `#` keeps GitHub from turning a name into a mention or a number into an issue link (it finds those in the
 * rendered text, where backslashes are gone).
 */
export function md(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd')
    .replace(/\t/g, ' ')
    .replace(/[\\`*_{}[\]<>()#+!|~&$]/g, '\\$&')
    .replace(/@(?=[\p{L}\p{N}])/gu, '@\u200b')
    .replace(/#(?=[\p{N}])/gu, '#\u200b')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>')
}

/**
 * A diff message as Markdown: its `code` spans stay code (their text cannot be read as Markdown there, but a `|`
 * would still end a table cell, so it is escaped, and line breaks become spaces); the rest is escaped as `md` does.
 */
export function mdMessage(s: string): string {
  return s
    .split(/(`[^`\r\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? '`' + part.slice(1, -1).replace(/\|/g, '\\|').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ') + '`' : md(part)))
    .join('')
}
