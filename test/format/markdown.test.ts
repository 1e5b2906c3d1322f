import {describe, expect, it} from 'vitest'
import markdown from '../../src/lib/format/markdown.js'
import type {LintResult} from '../../src/lib/lint/types.js'
import {FAILURES, emptyReport, sampleOptions, sampleReport} from './report.js'

/** Pipes that GitHub reads as cell borders: those not escaped by a backslash. */
const borders = (row: string) => row.match(/(?<!\\)\|/g)?.length ?? 0

describe('markdown', () => {
  it('prints a heading with the counts and a table per file', () => {
    expect(markdown(sampleReport(), sampleOptions())).toBe(
      [
        '## apix lint: ✖ 5 problems (2 errors, 1 warning, 1 info, 1 hint)',
        '',
        '### api/openapi.yaml',
        '',
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        '| ⚠️ warning | [info-contact](<https://spec.openapis.org/oas/v3.1.0#info-object>) | 2:1 | Info object has no contact; add one. |',
        '| ❌ error | [operation-id-unique](<https://spec.openapis.org/oas/v3.1.0#operation-object>) | 14:7 | Path "/pets\\|\\{id\\}" has \\<b\\>HTML\\</b\\> \\& 100% of: a, b<br>second line |',
        '| 💡 hint | [tag-description](<https://spec.openapis.org/oas/v3.1.0#tag-object>) | 30:5 | Tag "pets" has no description. |',
        '',
        '### api/schemas/Pet.yaml',
        '',
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        '| ℹ️ info | schema-example | 3:3 | Ask @\u200boctocat about \\#\u200b12 and \\`x\\` \\]\\]\\> \\$y\\$ |',
        '| ❌ error | [no-unresolved-refs](<https://spec.openapis.org/oas/v3.1.0#reference-object>) | 9:11 | Bell \ufffd and escape \ufffd\\[31mred\ufffd\\[0m<br>end |',
        '',
        '**Expired ignore entries** (their findings count again):',
        '',
        '- bbbbbbbbbbbbbbbbbbb1 (info-license in api/openapi.yaml), expired 2024-01-31: licence, pending legal',
        '- bbbbbbbbbbbbbbbbbbb2, expired 2024-02-01: old',
        '',
        '_2 findings ignored by .apix-ignore.yaml entries_',
        '',
      ].join('\n'),
    )
  })

  it('keeps every finding to one row of four cells, whatever the message holds', () => {
    const report = sampleReport()
    report.results[0]!.message = '| a || b \\| c \\\\| d\r\ne\u2028f'
    const rows = markdown(report, sampleOptions())
      .split('\n')
      .filter((l) => l.startsWith('| '))
    expect(rows).toHaveLength(2 + 2 + report.results.length)
    for (const row of rows) expect(borders(row), row).toBe(5)
  })

  it('lets no HTML through: the only tags are its own line breaks', () => {
    const report = sampleReport()
    report.results[0]!.message = '<script>alert(1)</script><img src=x onerror=y> &lt; <!-- c -->'
    const out = markdown(report, sampleOptions())
    const tags = out.replace(/\]\(<https:[^>]+>\)/g, '').match(/(?<!\\)<[^>]*>/g)
    expect(new Set(tags)).toEqual(new Set(['<br>']))
    expect(out).toContain('\\&lt;')
  })

  it('says there is nothing to report', () => {
    expect(markdown(emptyReport(), sampleOptions())).toBe('## apix lint: ✔ No problems found\n')
  })

  it('stops before GitHub’s comment limit and says how many findings it left out', () => {
    const report = emptyReport()
    const long = 'x'.repeat(400)
    report.results = Array.from({length: 1000}, (_, i): LintResult => ({ruleId: 'info-contact', severity: 'warning', message: `${i} ${long}`, file: `f${Math.floor(i / 100)}.yaml`, line: i + 1, column: 1, pointer: ''}))
    report.summary.warning = 1000
    const out = markdown(report, sampleOptions())
    expect(out.length).toBeLessThan(65_536)
    const shown = out.split('\n').filter((l) => l.startsWith('| ⚠️')).length
    expect(shown).toBeGreaterThan(50)
    expect(out).toContain(`\n\n_…and ${1000 - shown} more not shown`)
  })

  it('cuts a very long message', () => {
    const report = emptyReport()
    report.results = [{ruleId: 'r', severity: 'error', message: 'y'.repeat(5000), file: 'a.yaml', line: 1, column: 1, pointer: ''}]
    const row = markdown(report, sampleOptions())
      .split('\n')
      .find((l) => l.startsWith('| ❌'))!
    expect(row).toContain(`${'y'.repeat(1000)}… |`)
  })

  it('heads with what could not be linted and lists it, escaped', () => {
    const out = markdown(emptyReport(), sampleOptions({failures: FAILURES}))
    expect(out).toMatch(/^## apix lint: ✖ 2 of 4 files could not be linted; no problems in the others\n\n\*\*Could not lint:\*\*\n\n- broken\.yaml:5:3: /)
    expect(out).not.toContain('<b>')
    expect(out).not.toContain('No problems found')
  })
})
