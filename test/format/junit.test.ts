import {describe, expect, it} from 'vitest'
import junit from '../../src/lib/format/junit.js'
import {FAILURES, NASTY, emptyReport, sampleOptions, sampleReport} from './report.js'
import {childrenNamed, parseXml, type XmlElement} from './xml.js'

function suites(xml: string): XmlElement[] {
  const root = parseXml(xml)
  expect(root.name).toBe('testsuites')
  return childrenNamed(root, 'testsuite')
}

describe('junit', () => {
  it('is well-formed XML with a suite per file and a case per finding', () => {
    const xml = junit(sampleReport(), sampleOptions())
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true)
    const root = parseXml(xml)
    expect(root.attrs).toMatchObject({name: 'apix lint', tests: '6', failures: '3', errors: '0'})
    const all = suites(xml)
    expect(all.map((s) => s.attrs['name'])).toEqual(['api/openapi.yaml', 'clean.yaml', 'api/schemas/Pet.yaml'])
    for (const s of all) {
      const cases = childrenNamed(s, 'testcase')
      expect(s.attrs['tests']).toBe(String(cases.length))
      expect(s.attrs['failures']).toBe(String(cases.filter((c) => childrenNamed(c, 'failure').length > 0).length))
    }
    const names = all.flatMap((s) => childrenNamed(s, 'testcase').map((c) => `${c.attrs['classname']} / ${c.attrs['name']}`))
    expect(names).toEqual([
      'api/openapi.yaml / info-contact at 2:1',
      'api/openapi.yaml / operation-id-unique at 14:7',
      'api/openapi.yaml / tag-description at 30:5',
      'clean.yaml / apix lint',
      'api/schemas/Pet.yaml / schema-example at 3:3',
      'api/schemas/Pet.yaml / no-unresolved-refs at 9:11',
    ])
  })

  it('fails at error and warning, passes at info and hint with the text in system-out', () => {
    const cases = suites(junit(sampleReport(), sampleOptions())).flatMap((s) => childrenNamed(s, 'testcase'))
    const kinds = cases.map((c) => c.children.map((e) => `${e.name}${e.attrs['type'] ? ':' + e.attrs['type'] : ''}`).join())
    expect(kinds).toEqual(['failure:warning', 'failure:error', 'system-out', '', 'system-out', 'failure:error'])
    expect(childrenNamed(cases[2]!, 'system-out')[0]!.text).toBe('api/openapi.yaml:30:5 hint Tag "pets" has no description. (tag-description) at /tags/0')
  })

  it('carries a hostile message intact in attribute and text', () => {
    const cases = suites(junit(sampleReport(), sampleOptions())).flatMap((s) => childrenNamed(s, 'testcase'))
    const failure = childrenNamed(cases[1]!, 'failure')[0]!
    expect(failure.attrs['message']).toBe(NASTY)
    expect(failure.text).toBe(`api/openapi.yaml:14:7 error ${NASTY} (operation-id-unique) at /paths/~1pets|{id}/get/operationId`)
    // Characters XML cannot hold at all are replaced; the carriage return survives as a reference.
    const bell = childrenNamed(cases[5]!, 'failure')[0]!
    expect(bell.attrs['message']).toBe('Bell \ufffd and escape \ufffd[31mred\ufffd[0m\r\nend')
    const info = childrenNamed(cases[4]!, 'system-out')[0]!
    expect(info.text).toContain('`x` ]]> $y$')
  })

  it('stays well-formed with lone surrogates, U+FFFF and quotes in file names', () => {
    const report = emptyReport()
    report.results = [{ruleId: 'r"<>', severity: 'error', message: 'a\ud800b\udc00c\uffffd\u0000e', file: 'we"ird<&>\'.yaml', line: 1, column: 1, pointer: ''}]
    const suite = suites(junit(report, sampleOptions({files: []})))[0]!
    expect(suite.attrs['name']).toBe('we"ird<&>\'.yaml')
    expect(childrenNamed(childrenNamed(suite, 'testcase')[0]!, 'failure')[0]!.attrs['message']).toBe('a\ufffdb\ufffdc\ufffdd\ufffde')
  })

  it('shows each clean file as a passing case, and an empty run as an empty suite list', () => {
    const xml = junit(emptyReport(), sampleOptions({files: ['./a.yaml', '-']}))
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="apix lint" tests="2" failures="0" errors="0" time="0">',
        '  <testsuite name="a.yaml" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="a.yaml" name="apix lint" file="a.yaml" time="0"/>',
        '  </testsuite>',
        '  <testsuite name="&lt;stdin&gt;" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="&lt;stdin&gt;" name="apix lint" file="&lt;stdin&gt;" time="0"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    )
    parseXml(xml)
    const none = junit(emptyReport(), sampleOptions({files: []}))
    expect(suites(none)).toEqual([])
  })

  it('matches an absolute input to the relative path its findings carry', () => {
    const report = sampleReport()
    const names = suites(junit(report, sampleOptions({files: ['/home/ci/repo/api/openapi.yaml']}))).map((s) => s.attrs['name'])
    expect(names).toEqual(['api/openapi.yaml', 'api/schemas/Pet.yaml'])
  })
})

describe('the XML check itself', () => {
  it('refuses documents that are not well-formed', () => {
    for (const bad of ['<a><b></a>', '<a>x & y</a>', '<a x="<"/>', '<a/><b/>', '<a>\u0001</a>', '<a x=1/>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a>]]></a>', '<a>', '<a x="&#0;"/>']) {
      expect(() => parseXml(bad), bad).toThrow()
    }
    expect(parseXml('<?xml version="1.0"?>\n<a x="1&#10;2">t&lt;<b/></a>\n')).toEqual({
      name: 'a',
      attrs: {x: '1\n2'},
      children: [{name: 'b', attrs: {}, children: [], text: ''}],
      text: 't<',
    })
  })

  it('reports each input that could not be linted as a suite with an erroring case', () => {
    const xml = junit(emptyReport(), sampleOptions({failures: FAILURES}))
    const root = parseXml(xml)
    expect([root.attrs['tests'], root.attrs['errors']]).toEqual(['4', '2'])
    const broken = suites(xml).find((s) => s.attrs['name'] === 'broken.yaml')!
    expect(broken.attrs['errors']).toBe('1')
    const error = childrenNamed(childrenNamed(broken, 'testcase')[0]!, 'error')[0]!
    expect(error.attrs['message']).toBe('invalid YAML: duplicated mapping key (fix the syntax error)')
    expect(suites(xml).map((s) => s.attrs['name'])).toContain('missing, & <odd>.yaml')
  })
})
