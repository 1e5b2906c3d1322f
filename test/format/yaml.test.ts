import {load} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import json from '../../src/lib/format/json.js'
import yaml from '../../src/lib/format/yaml.js'
import {emptyReport, sampleOptions, sampleReport} from './report.js'

describe('yaml', () => {
  it('holds the same data as the JSON output', () => {
    const report = sampleReport()
    expect(load(yaml(report, sampleOptions()))).toStrictEqual(JSON.parse(json(report, sampleOptions())))
  })

  it('keeps the contract order and quotes what YAML would otherwise read as another type', () => {
    const out = yaml(sampleReport(), sampleOptions())
    expect(out.startsWith('results:\n  - ruleId: info-contact\n    severity: warning\n')).toBe(true)
    expect(out).toContain("expires: '2024-01-31'")
    expect(out.endsWith('\n')).toBe(true)
    // No raw control character: YAML escapes them in a double-quoted scalar.
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
  })

  it('prints an empty report', () => {
    expect(yaml(emptyReport(), sampleOptions())).toBe('results: []\nsummary:\n  error: 0\n  warning: 0\n  info: 0\n  hint: 0\n  ignored: 0\n  files: 1\n')
  })

  it('reads back a message that looks like YAML syntax as the same string', () => {
    const report = emptyReport()
    const messages = ['yes', '- item', 'key: value', '#comment', '&anchor *alias', '!!binary x', '---', '... ', '"q" \'s\'', '  lead', 'trail  ', '@at `tick`', '{a: 1}']
    report.results = messages.map((message, i) => ({ruleId: 'r', severity: 'info', message, file: 'f.yaml', line: i + 1, column: 1, pointer: ''}))
    const back = load(yaml(report, sampleOptions())) as {results: Array<{message: string}>}
    expect(back.results.map((r) => r.message)).toEqual(messages)
  })
})
