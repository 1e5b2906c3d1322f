import {describe, expect, it} from 'vitest'
import stylish from '../../src/lib/format/stylish.js'
import {FAILURES, emptyReport, sampleOptions, sampleReport} from './report.js'

const ESC = '\u001b'
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '')

describe('stylish', () => {
  it('groups by file, aligns the columns, lists expired ignores and ends with the counts', () => {
    expect(stylish(sampleReport(), sampleOptions())).toBe(
      [
        'api/openapi.yaml',
        '   2:1  warning  Info object has no contact; add one.                           info-contact',
        '  14:7  error    Path "/pets|{id}" has <b>HTML</b> & 100% of: a, b second line  operation-id-unique',
        '  30:5  hint     Tag "pets" has no description.                                 tag-description',
        '',
        'api/schemas/Pet.yaml',
        '   3:3  info     Ask @octocat about #12 and `x` ]]> $y$                         schema-example',
        '  9:11  error    Bell \\u0007 and escape \\u001b[31mred\\u001b[0m end              no-unresolved-refs',
        '',
        'Expired ignore entries (their findings count again):',
        '  bbbbbbbbbbbbbbbbbbb1  info-license in api/openapi.yaml  expired 2024-01-31: licence, pending legal',
        '  bbbbbbbbbbbbbbbbbbb2  expired 2024-02-01: old',
        '',
        '✖ 5 problems (2 errors, 1 warning, 1 info, 1 hint)',
        '2 findings ignored by .apix-ignore.yaml entries',
        '',
      ].join('\n'),
    )
  })

  it('says so when there is nothing to report', () => {
    expect(stylish(emptyReport(), sampleOptions())).toBe('✔ No problems found\n')
  })

  it('counts in the singular and still mentions ignored findings on a clean run', () => {
    const report = emptyReport()
    report.summary.ignored = 1
    expect(stylish(report, sampleOptions())).toBe('✔ No problems found\n1 finding ignored by .apix-ignore.yaml entries\n')
    const one = sampleReport()
    one.results = one.results.slice(0, 1)
    one.summary = {error: 0, warning: 1, info: 0, hint: 0, ignored: 0, files: 1}
    one.expiredIgnores = []
    expect(stylish(one, sampleOptions()).split('\n').at(-2)).toBe('✖ 1 problem (0 errors, 1 warning, 0 infos, 0 hints)')
  })

  it('writes no colour codes without colour, even from a message full of escape sequences', () => {
    expect(stylish(sampleReport(), sampleOptions({color: false}))).not.toContain(ESC)
    expect(stylish(emptyReport(), sampleOptions({color: false}))).not.toContain(ESC)
  })

  it('colours with colour on, and the text under the colours is the same', () => {
    const plain = stylish(sampleReport(), sampleOptions({color: false}))
    const coloured = stylish(sampleReport(), sampleOptions({color: true}))
    expect(coloured).toContain(`${ESC}[31merror`)
    expect(coloured).toContain(`${ESC}[33mwarning`)
    expect(stripAnsi(coloured)).toBe(plain)
    expect(stylish(emptyReport(), sampleOptions({color: true}))).toContain(ESC)
  })

  it('lines rule ids up after short messages without padding every row to the longest one', () => {
    const report = sampleReport()
    report.results[1]!.message = 'm'.repeat(200)
    const lines = stylish(report, sampleOptions()).split('\n')
    expect(lines[1]).toBe(`   2:1  warning  Info object has no contact; add one.${' '.repeat(80 - 36)}  info-contact`)
    expect(lines[2]).toBe(`  14:7  error    ${'m'.repeat(200)}  operation-id-unique`)
    expect(lines[3]!.indexOf('tag-description')).toBe(lines[1]!.indexOf('info-contact'))
  })

  it('keeps one finding on one line and shows invisible controls', () => {
    const report = sampleReport()
    report.results[0]!.message = 'a\u2028b\u202ec\u009bd\te'
    const first = stylish(report, sampleOptions()).split('\n')[1]!
    expect(first).toContain('a b\\u202ec\\u009bd e')
  })

  it('never reads as a clean run when an input could not be linted, and counts what could not', () => {
    expect(stylish(emptyReport(), sampleOptions({failures: FAILURES}))).toBe('✖ 2 of 4 files could not be linted; no problems in the others\n')
    expect(stylish(emptyReport(), sampleOptions({files: [], failures: FAILURES}))).toBe('✖ 2 files could not be linted\n')
    expect(stylish(sampleReport(), sampleOptions({failures: FAILURES}))).toMatch(/\n✖ 2 of 4 files could not be linted; 5 problems \(2 errors, 1 warning, 1 info, 1 hint\)\n/)
  })
})
