import type {LintResult, LintSummary} from '../lint/types.js'
import type {FormatOptions, LintFailure} from './types.js'

/** What several formats say about a report: counts in words, findings grouped by file. */

export function problemCount(summary: LintSummary): number {
  return summary.error + summary.warning + summary.info + summary.hint
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** `3 problems (1 error, 2 warnings, 0 infos, 0 hints)` */
export function countsText(summary: LintSummary): string {
  const parts = [plural(summary.error, 'error'), plural(summary.warning, 'warning'), plural(summary.info, 'info'), plural(summary.hint, 'hint')]
  return `${plural(problemCount(summary), 'problem')} (${parts.join(', ')})`
}

/** The summary line: `✔ No problems found`, the counts, and first how many files could not be linted, if any. */
export function summaryText(summary: LintSummary, options: FormatOptions): string {
  const total = problemCount(summary)
  const failed = options.failures?.length ?? 0
  const counts = total === 0 ? (failed === 0 ? '✔ No problems found' : 'no problems in the others') : countsText(summary)
  if (failed === 0) return total === 0 ? counts : `✖ ${counts}`
  if (options.files.length === 0) return `✖ ${plural(failed, 'file')} could not be linted`
  return `✖ ${failed} of ${plural(options.files.length + failed, 'file')} could not be linted; ${counts}`
}

/** A failure as one line: `file:line:column: message`. */
export function failureText(f: LintFailure): string {
  return `${f.file}${f.line === undefined ? '' : `:${f.line}${f.column === undefined ? '' : `:${f.column}`}`}: ${f.message}`
}

export function ignoredText(ignored: number): string {
  return `${plural(ignored, 'finding')} ignored by .apix-ignore.yaml entries`
}

/** Findings by file, files in the order they first appear (the engine sorts by file, then position). */
export function groupByFile<T extends {file: string}>(results: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const r of results) {
    const group = groups.get(r.file)
    if (group) group.push(r)
    else groups.set(r.file, [r])
  }
  return groups
}

/**
 * The files to show, findings or not: the linted inputs (which the command passes as typed, e.g. `./api.yaml`,
 * `-`, or an absolute path) matched to the display paths findings carry, then any other file a finding is in (a file
 * reached through `$ref`).
 */
export function reportFiles(results: readonly LintResult[], inputs: readonly string[]): string[] {
  const withFindings = [...groupByFile(results).keys()]
  const out: string[] = []
  const seen = new Set<string>()
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f)
      out.push(f)
    }
  }
  for (const input of inputs) add(matchInput(input, withFindings))
  for (const f of withFindings) add(f)
  return out
}

function matchInput(input: string, displayPaths: readonly string[]): string {
  if (input === '-') return '<stdin>'
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return input
  const normal = input.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  for (const d of displayPaths) {
    const dn = d.replace(/\\/g, '/')
    if (dn === normal) return d
    // An absolute input shows as a path relative to the working folder.
    if ((normal.startsWith('/') || /^[a-z]:\//i.test(normal)) && !dn.startsWith('../') && normal.endsWith('/' + dn)) return d
  }
  return normal
}

/**
 * Text from a spec (messages, file names, pointers) may hold terminal escape sequences or other control characters;
 * show them as `\u001b` so they neither move the cursor nor recolour the terminal. Line breaks and tabs become spaces
 * (one finding, one line).
 */
export function printable(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
