import {byText, type Change, type DiffReport} from './types.js'

export type ChangelogSection = 'breaking' | 'deprecated' | 'added' | 'changed'
export const SECTIONS: ReadonlyArray<{key: ChangelogSection; title: string}> = [
  {key: 'breaking', title: 'Breaking changes'},
  {key: 'deprecated', title: 'Deprecated'},
  {key: 'added', title: 'Added'},
  {key: 'changed', title: 'Changed'},
]

/** Which section a change belongs in: breaking first, then by what the check id says happened. */
export function sectionOf(c: Change): ChangelogSection {
  if (c.severity === 'error') return 'breaking'
  if (/(^|-)(deprecated|sunset)(-|$)/.test(c.id) && !/removed/.test(c.id)) return 'deprecated'
  if (/(^|-)added(-|$)/.test(c.id)) return 'added'
  return 'changed'
}

export interface ChangelogEntry {
  operation: string | null
  message: string
  id: string
  severity: Change['severity']
}

/** The changelog: sections in a fixed order, entries grouped by operation within each (document-level first). */
export function buildChangelog(report: DiffReport): Map<ChangelogSection, Map<string, ChangelogEntry[]>> {
  const out = new Map<ChangelogSection, Map<string, ChangelogEntry[]>>()
  for (const s of SECTIONS) out.set(s.key, new Map())
  const sorted = [...report.changes].sort((a, b) => byText(a.operation ?? '', b.operation ?? '') || byText(a.message, b.message))
  for (const c of sorted) {
    const section = out.get(sectionOf(c))!
    const key = c.operation ?? ''
    let list = section.get(key)
    if (!list) section.set(key, (list = []))
    list.push({operation: c.operation, message: c.message, id: c.id, severity: c.severity})
  }
  return out
}
