import type {FormatOptions, LintFailure, RuleInfo} from '../../src/lib/format/types.js'
import type {LintReport} from '../../src/lib/lint/types.js'

/** A hostile message: every character some output format gives a meaning to. */
export const NASTY = 'Path "/pets|{id}" has <b>HTML</b> & 100% of: a, b\nsecond line'

/**
 * Two files with findings (the entry and a file it pulls in through $ref) at every severity, plus a clean input, an
 * expired ignore entry and ignored findings. Shared by every formatter's test.
 */
export function sampleReport(): LintReport {
  return {
    results: [
      {ruleId: 'info-contact', severity: 'warning', message: 'Info object has no contact; add one.', file: 'api/openapi.yaml', line: 2, column: 1, pointer: '/info'},
      {ruleId: 'operation-id-unique', severity: 'error', message: NASTY, file: 'api/openapi.yaml', line: 14, column: 7, pointer: '/paths/~1pets|{id}/get/operationId'},
      {ruleId: 'tag-description', severity: 'hint', message: 'Tag "pets" has no description.', file: 'api/openapi.yaml', line: 30, column: 5, pointer: '/tags/0'},
      {ruleId: 'schema-example', severity: 'info', message: 'Ask @octocat about #12 and `x` ]]> $y$', file: 'api/schemas/Pet.yaml', line: 3, column: 3, pointer: '/properties/name'},
      {ruleId: 'no-unresolved-refs', severity: 'error', message: 'Bell \u0007 and escape \u001b[31mred\u001b[0m\r\nend', file: 'api/schemas/Pet.yaml', line: 9, column: 11, pointer: '/properties/owner/$ref'},
    ],
    fingerprints: ['aaaaaaaaaaaaaaaaaaa1', 'aaaaaaaaaaaaaaaaaaa2', 'aaaaaaaaaaaaaaaaaaa3', 'aaaaaaaaaaaaaaaaaaa4', 'aaaaaaaaaaaaaaaaaaa5'],
    summary: {error: 2, warning: 1, info: 1, hint: 1, ignored: 2, files: 3},
    expiredIgnores: [
      {fingerprint: 'bbbbbbbbbbbbbbbbbbb1', ruleId: 'info-license', file: 'api/openapi.yaml', expires: '2024-01-31', reason: 'licence, pending legal'},
      {fingerprint: 'bbbbbbbbbbbbbbbbbbb2', ruleId: undefined, file: undefined, expires: '2024-02-01', reason: 'old'},
    ],
  }
}

/** Two inputs that could not be linted: one with a position (a YAML error), one without (a missing file). */
export const FAILURES: readonly LintFailure[] = [
  {file: 'broken.yaml', line: 5, column: 3, message: 'invalid YAML: duplicated mapping key (fix the syntax error)'},
  {file: 'missing, & <odd>.yaml', message: NASTY},
]

export function emptyReport(): LintReport {
  return {results: [], fingerprints: [], summary: {error: 0, warning: 0, info: 0, hint: 0, ignored: 0, files: 1}, expiredIgnores: []}
}

const RULES: RuleInfo[] = [
  {id: 'info-contact', description: 'Info has a contact.', docs: 'https://spec.openapis.org/oas/v3.1.0#info-object', defaultSeverity: 'warning'},
  {id: 'operation-id-unique', description: 'operationIds are unique.', docs: 'https://spec.openapis.org/oas/v3.1.0#operation-object', defaultSeverity: 'error'},
  {id: 'tag-description', description: 'Tags have a description.', docs: 'https://spec.openapis.org/oas/v3.1.0#tag-object', defaultSeverity: 'hint'},
  {id: 'no-unresolved-refs', description: 'Every $ref resolves.', docs: 'https://spec.openapis.org/oas/v3.1.0#reference-object', defaultSeverity: 'error'},
  // schema-example is left out on purpose: a finding whose rule has no metadata must still format.
]

export function sampleOptions(overrides: Partial<FormatOptions> = {}): FormatOptions {
  return {
    color: false,
    toolVersion: '1.2.3',
    rules: new Map(RULES.map((r) => [r.id, r])),
    files: ['./api/openapi.yaml', 'clean.yaml'],
    ...overrides,
  }
}
