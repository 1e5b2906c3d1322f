import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import addFormatsModule from 'ajv-formats'
import type {Log} from 'sarif'
import {describe, expect, it} from 'vitest'
import sarif from '../../src/lib/format/sarif.js'
import {FAILURES, NASTY, emptyReport, sampleOptions, sampleReport} from './report.js'

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object
const ajv = new Ajv({allErrors: true})
addFormats(ajv)
const validate = ajv.compile(schema)

function expectValid(text: string): Log {
  const log = JSON.parse(text) as Log
  const ok = validate(log)
  expect(ok ? [] : validate.errors).toEqual([])
  return log
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    expectValid(sarif(sampleReport(), sampleOptions({informationUri: 'https://example.com/apix'})))
    expectValid(sarif(emptyReport(), sampleOptions()))
  })

  it('the schema check can fail', () => {
    const log = JSON.parse(sarif(sampleReport(), sampleOptions())) as {runs: Array<{results: Array<Record<string, unknown>>}>}
    log.runs[0]!.results[0]!['level'] = 'info'
    expect(validate(log)).toBe(false)
    // Formats are checked too: an unencoded `<stdin>` is no URI reference.
    const raw = JSON.parse(sarif(sampleReport(), sampleOptions())) as Log
    raw.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = '<stdin> x'
    expect(validate(raw)).toBe(false)
  })

  it('describes the tool and the rules that fired', () => {
    const log = expectValid(sarif(sampleReport(), sampleOptions({informationUri: 'https://example.com/apix'})))
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const driver = log.runs[0]!.tool.driver
    expect(driver).toMatchObject({name: 'apix', version: '1.2.3', informationUri: 'https://example.com/apix'})
    expect(driver.rules!.map((r) => r.id)).toEqual(['info-contact', 'no-unresolved-refs', 'operation-id-unique', 'schema-example', 'tag-description'])
    expect(driver.rules![0]).toEqual({
      id: 'info-contact',
      shortDescription: {text: 'Info has a contact.'},
      helpUri: 'https://spec.openapis.org/oas/v3.1.0#info-object',
      defaultConfiguration: {level: 'warning'},
    })
    expect(driver.rules![4]!.defaultConfiguration).toEqual({level: 'note'})
    // A rule without metadata still has its descriptor, so ruleIndex stays valid.
    expect(driver.rules![3]).toEqual({id: 'schema-example'})
  })

  it('maps each finding: level, message, location, pointer and fingerprint', () => {
    const report = sampleReport()
    const log = expectValid(sarif(report, sampleOptions()))
    const run = log.runs[0]!
    expect(run.tool.driver.informationUri).toBeUndefined()
    const results = run.results!
    expect(results.map((r) => r.level)).toEqual(['warning', 'error', 'note', 'note', 'error'])
    for (const r of results) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId)
    expect(results[1]).toEqual({
      ruleId: 'operation-id-unique',
      ruleIndex: 2,
      level: 'error',
      message: {text: NASTY},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'api/openapi.yaml', uriBaseId: '%SRCROOT%'},
            region: {startLine: 14, startColumn: 7},
          },
        },
      ],
      partialFingerprints: {'apixFingerprint/v1': 'aaaaaaaaaaaaaaaaaaa2'},
      properties: {pointer: '/paths/~1pets|{id}/get/operationId'},
    })
  })

  it('leaves out the fingerprint when the report has none for a finding', () => {
    const report = sampleReport()
    report.fingerprints = []
    const log = expectValid(sarif(report, sampleOptions()))
    expect(log.runs[0]!.results![0]!.partialFingerprints).toBeUndefined()
  })

  it('writes every kind of file name as a valid URI reference', () => {
    const files = ['dir with space/a#b?.yaml', 'win\\path\\api.yaml', '../up/api.yaml', '<stdin>', 'C:\\specs\\my api.yaml', '/abs/olute.yaml', 'https://example.com/api.yaml', 'ümlaut/%.yaml']
    const report = emptyReport()
    report.results = files.map((file, i) => ({ruleId: 'r', severity: 'error', message: 'm', file, line: i + 1, column: 1, pointer: ''}))
    report.summary.error = files.length
    const log = expectValid(sarif(report, sampleOptions()))
    const locations = log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation)
    expect(locations).toEqual([
      {uri: 'dir%20with%20space/a%23b%3F.yaml', uriBaseId: '%SRCROOT%'},
      {uri: 'win/path/api.yaml', uriBaseId: '%SRCROOT%'},
      {uri: '../up/api.yaml', uriBaseId: '%SRCROOT%'},
      {uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%'},
      {uri: 'file:///C:/specs/my%20api.yaml'},
      {uri: 'file:///abs/olute.yaml'},
      {uri: 'https://example.com/api.yaml'},
      {uri: '%C3%BCmlaut/%25.yaml', uriBaseId: '%SRCROOT%'},
    ])
  })

  it('keeps positions at least 1, as SARIF requires', () => {
    const report = emptyReport()
    report.results = [{ruleId: 'r', severity: 'hint', message: 'm', file: 'a.yaml', line: 0, column: 0, pointer: ''}]
    const log = expectValid(sarif(report, sampleOptions()))
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region).toEqual({startLine: 1, startColumn: 1})
  })

  it('marks a run with inputs that could not be linted as unsuccessful, a notification each, and stays valid', () => {
    const log = expectValid(sarif(emptyReport(), sampleOptions({failures: FAILURES})))
    const [invocation] = log.runs[0]!.invocations!
    expect(invocation!.executionSuccessful).toBe(false)
    expect(invocation!.toolExecutionNotifications!.map((n) => [n.level, n.message.text, n.locations![0]!.physicalLocation!.artifactLocation!.uri, n.locations![0]!.physicalLocation!.region?.startLine])).toEqual([
      ['error', 'invalid YAML: duplicated mapping key (fix the syntax error)', 'broken.yaml', 5],
      ['error', NASTY, 'missing%2C%20%26%20%3Codd%3E.yaml', undefined],
    ])
    expect(expectValid(sarif(emptyReport(), sampleOptions())).runs[0]).not.toHaveProperty('invocations')
  })
})
