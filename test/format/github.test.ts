import {describe, expect, it} from 'vitest'
import github from '../../src/lib/format/github.js'
import {FAILURES, NASTY, emptyReport, sampleOptions, sampleReport} from './report.js'

/**
 * Reads a line the way the Actions runner does: `::name props::data`, the header ending at the first `::` after the
 * name, properties split on `,` and `=`, then the escapes undone.
 */
function readCommand(line: string): {command: string; props: Record<string, string>; message: string} | undefined {
  if (!line.startsWith('::')) return undefined
  const end = line.indexOf('::', 2)
  if (end === -1) return undefined
  const header = line.slice(2, end)
  const space = header.indexOf(' ')
  const command = space === -1 ? header : header.slice(0, space)
  const props: Record<string, string> = {}
  if (space !== -1) {
    for (const pair of header.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=')
      props[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
  }
  return {command, props, message: unescapeData(line.slice(end + 2))}
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','))

describe('github', () => {
  it('writes one workflow command per finding, then the counts as plain log text', () => {
    expect(github(sampleReport(), sampleOptions())).toBe(
      [
        '::warning file=api/openapi.yaml,line=2,col=1,title=info-contact::Info object has no contact; add one.',
        '::error file=api/openapi.yaml,line=14,col=7,title=operation-id-unique::Path "/pets|{id}" has <b>HTML</b> & 100%25 of: a, b%0Asecond line',
        '::notice file=api/openapi.yaml,line=30,col=5,title=tag-description::Tag "pets" has no description.',
        '::notice file=api/schemas/Pet.yaml,line=3,col=3,title=schema-example::Ask @octocat about #12 and `x` ]]> $y$',
        '::error file=api/schemas/Pet.yaml,line=9,col=11,title=no-unresolved-refs::Bell \\u0007 and escape \\u001b[31mred\\u001b[0m%0D%0Aend',
        '::warning title=apix%3A expired ignore entry::Ignore entry bbbbbbbbbbbbbbbbbbb1 (info-license in api/openapi.yaml) expired on 2024-01-31, so its finding counts again: licence, pending legal',
        '::warning title=apix%3A expired ignore entry::Ignore entry bbbbbbbbbbbbbbbbbbb2 expired on 2024-02-01, so its finding counts again: old',
        'apix: ✖ 5 problems (2 errors, 1 warning, 1 info, 1 hint)',
        'apix: 2 findings ignored by .apix-ignore.yaml entries',
        '',
      ].join('\n'),
    )
  })

  it('round-trips through the runner: the message comes back whole and the properties stay apart', () => {
    const report = sampleReport()
    report.results[0]!.file = 'dir,with:odd\nname%.yaml'
    report.results[0]!.ruleId = 'rule:with,comma'
    const lines = github(report, sampleOptions()).trimEnd().split('\n')
    const commands = lines.map(readCommand)
    expect(commands.slice(0, 5).every((c) => c !== undefined)).toBe(true)
    expect(commands[0]!.props).toEqual({file: 'dir,with:odd\nname%.yaml', line: '2', col: '1', title: 'rule:with,comma'})
    expect(commands[1]).toEqual({
      command: 'error',
      props: {file: 'api/openapi.yaml', line: '14', col: '7', title: 'operation-id-unique'},
      message: NASTY,
    })
    // A message cannot start a line of its own, so it cannot issue a command.
    report.results[1]!.message = 'x\n::stop-commands::token\r\n::add-mask::secret'
    const out = github(report, sampleOptions())
    expect(out.split('\n').filter((l) => l.startsWith('::stop-commands') || l.startsWith('::add-mask'))).toEqual([])
    expect(out.split('\n').length).toBe(lines.length + 1)
  })

  it('uses warning for warnings and notice for info and hint', () => {
    const commands = github(sampleReport(), sampleOptions())
      .split('\n')
      .slice(0, 5)
      .map((l) => readCommand(l)!.command)
    expect(commands).toEqual(['warning', 'error', 'notice', 'notice', 'error'])
  })

  it('prints only the all-clear for an empty report', () => {
    expect(github(emptyReport(), sampleOptions())).toBe('apix: ✔ No problems found\n')
  })

  it('annotates each input that could not be linted as an error, and never says the run was clean', () => {
    const out = github(emptyReport(), sampleOptions({failures: FAILURES}))
    expect(out.split('\n')).toEqual([
      '::error file=broken.yaml,line=5,col=3,title=apix%3A could not lint::invalid YAML: duplicated mapping key (fix the syntax error)',
      '::error file=missing%2C & <odd>.yaml,title=apix%3A could not lint::Path "/pets|{id}" has <b>HTML</b> & 100%25 of: a, b%0Asecond line',
      'apix: ✖ 2 of 4 files could not be linted; no problems in the others',
      '',
    ])
  })
})
