import {describe, expect, it} from 'vitest'
import json from '../../src/lib/format/json.js'
import {FAILURES, NASTY, emptyReport, sampleOptions, sampleReport} from './report.js'

describe('json', () => {
  it('prints exactly the contract: results, summary and expired ignores, nothing else', () => {
    const out = json(sampleReport(), sampleOptions())
    const parsed = JSON.parse(out) as Record<string, unknown>
    expect(parsed).toStrictEqual({
      results: [
        {ruleId: 'info-contact', severity: 'warning', message: 'Info object has no contact; add one.', file: 'api/openapi.yaml', line: 2, column: 1, pointer: '/info'},
        {ruleId: 'operation-id-unique', severity: 'error', message: NASTY, file: 'api/openapi.yaml', line: 14, column: 7, pointer: '/paths/~1pets|{id}/get/operationId'},
        {ruleId: 'tag-description', severity: 'hint', message: 'Tag "pets" has no description.', file: 'api/openapi.yaml', line: 30, column: 5, pointer: '/tags/0'},
        {ruleId: 'schema-example', severity: 'info', message: 'Ask @octocat about #12 and `x` ]]> $y$', file: 'api/schemas/Pet.yaml', line: 3, column: 3, pointer: '/properties/name'},
        {ruleId: 'no-unresolved-refs', severity: 'error', message: 'Bell \u0007 and escape \u001b[31mred\u001b[0m\r\nend', file: 'api/schemas/Pet.yaml', line: 9, column: 11, pointer: '/properties/owner/$ref'},
      ],
      summary: {error: 2, warning: 1, info: 1, hint: 1, ignored: 2, files: 3},
      expiredIgnores: [
        {fingerprint: 'bbbbbbbbbbbbbbbbbbb1', ruleId: 'info-license', file: 'api/openapi.yaml', expires: '2024-01-31', reason: 'licence, pending legal'},
        {fingerprint: 'bbbbbbbbbbbbbbbbbbb2', expires: '2024-02-01', reason: 'old'},
      ],
    })
    expect(Object.keys(parsed)).toEqual(['results', 'summary', 'expiredIgnores'])
    expect(Object.keys((parsed['results'] as object[])[0]!)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'pointer'])
  })

  it('is pretty-printed with two spaces and ends with a newline', () => {
    const out = json(sampleReport(), sampleOptions())
    expect(out).toBe(JSON.stringify(JSON.parse(out), null, 2) + '\n')
    expect(out.split('\n')[1]).toBe('  "results": [')
    // Control characters from a spec stay escaped, so the output is one JSON text on plain lines.
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
  })

  it('leaves expiredIgnores out when there are none', () => {
    expect(json(emptyReport(), sampleOptions())).toBe(
      '{\n  "results": [],\n  "summary": {\n    "error": 0,\n    "warning": 0,\n    "info": 0,\n    "hint": 0,\n    "ignored": 0,\n    "files": 1\n  }\n}\n',
    )
  })

  it('does not leak fields the report carries in memory', () => {
    const report = sampleReport()
    Object.assign(report.results[0]!, {fingerprint: 'x', rule: {}})
    Object.assign(report.summary, {extra: 1})
    const parsed = JSON.parse(json(report, sampleOptions())) as {results: object[]; summary: object}
    expect(Object.keys(parsed.results[0]!)).not.toContain('fingerprint')
    expect(Object.keys(parsed.summary)).toEqual(['error', 'warning', 'info', 'hint', 'ignored', 'files'])
    expect(JSON.stringify(parsed)).not.toContain('aaaaaaaaaaaaaaaaaaa1')
  })

  it('lists the inputs that could not be linted under failures, with the position when there is one', () => {
    const out = JSON.parse(json(emptyReport(), sampleOptions({failures: FAILURES}))) as {failures: unknown[]}
    expect(out.failures).toEqual([
      {file: 'broken.yaml', line: 5, column: 3, message: 'invalid YAML: duplicated mapping key (fix the syntax error)'},
      {file: 'missing, & <odd>.yaml', message: NASTY},
    ])
    expect(JSON.parse(json(emptyReport(), sampleOptions()))).not.toHaveProperty('failures')
  })
})
