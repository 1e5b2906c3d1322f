import type {Log, ReportingDescriptor, Result} from 'sarif'
import type {LintReport, Severity} from '../lint/types.js'
import type {FormatOptions} from './types.js'

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

/** SARIF has no level below `note`; info and hint both land there. */
const LEVEL: Record<Severity, Result.level> = {error: 'error', warning: 'warning', info: 'note', hint: 'note'}

/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, GitLab): one run, rule metadata for the rules that fired,
 * locations relative to `%SRCROOT%`, and the JSON pointer of each finding in `properties.pointer`.
 */
export default function sarif(report: LintReport, options: FormatOptions): string {
  const ruleIds = [...new Set(report.results.map((r) => r.ruleId))].sort()
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]))
  const rules = ruleIds.map((id): ReportingDescriptor => {
    const info = options.rules.get(id)
    if (!info) return {id}
    return {
      id,
      shortDescription: {text: info.description},
      ...(/^https?:\/\//.test(info.docs) ? {helpUri: info.docs} : {}),
      defaultConfiguration: {level: LEVEL[info.defaultSeverity]},
    }
  })

  const results = report.results.map((r, i): Result => {
    const fingerprint = report.fingerprints[i]
    return {
      ruleId: r.ruleId,
      ruleIndex: ruleIndex.get(r.ruleId)!,
      level: LEVEL[r.severity],
      message: {text: r.message},
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(r.file),
            region: {startLine: Math.max(1, r.line), startColumn: Math.max(1, r.column)},
          },
        },
      ],
      ...(fingerprint === undefined ? {} : {partialFingerprints: {'apixFingerprint/v1': fingerprint}}),
      properties: {pointer: r.pointer},
    }
  })

  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'apix',
            version: options.toolVersion,
            ...(options.informationUri === undefined ? {} : {informationUri: options.informationUri}),
            rules,
          },
        },
        // Columns count UTF-16 code units: the loader measures them on the JavaScript string of the file.
        columnKind: 'utf16CodeUnits',
        // An input that could not be linted is the tool's failure, not a result: a run that is not successful, with a
        // notification each (code scanning shows them, and does not read the missing results as fixed alerts).
        ...(options.failures?.length
          ? {
              invocations: [
                {
                  executionSuccessful: false,
                  toolExecutionNotifications: options.failures.map((f) => ({
                    level: 'error' as const,
                    message: {text: f.message},
                    locations: [
                      {
                        physicalLocation: {
                          artifactLocation: artifactLocation(f.file),
                          ...(f.line === undefined ? {} : {region: {startLine: Math.max(1, f.line), ...(f.column === undefined ? {} : {startColumn: Math.max(1, f.column)})}}),
                        },
                      },
                    ],
                  })),
                },
              ],
            }
          : {}),
        results,
      },
    ],
  }
  return JSON.stringify(log, null, 2) + '\n'
}

/**
 * A display path as a URI reference: a relative path (the usual case) is relative to `%SRCROOT%`, the checkout root
 * code-scanning tools map it to; a URL stays as it is; an absolute path becomes a `file:` URI. Each segment is
 * percent-encoded, so spaces, `#`, `?` or `<stdin>` stay part of the path.
 */
function artifactLocation(file: string): {uri: string; uriBaseId?: string} {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return {uri: file}
  const slashed = file.replace(/\\/g, '/')
  const encoded = slashed.split('/').map(encodeURIComponent).join('/')
  if (/^[a-z]:\//i.test(slashed)) return {uri: `file:///${slashed.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}`}
  if (slashed.startsWith('/')) return {uri: `file://${encoded}`}
  return {uri: encoded, uriBaseId: '%SRCROOT%'}
}
