import {loadConfig} from '../config/config.js'
import {ApixError, formatLocation} from '../errors.js'
import {formatLint} from '../format/index.js'
import type {RuleInfo} from '../format/types.js'
import {loadIgnoreFile, IGNORE_FILE} from '../lint/ignore.js'
import type {LintReport} from '../lint/types.js'
import type {LoadOptions} from '../spec/loader.js'
import {diffSpecs} from './diff.js'
import {checkIndex} from './registry.js'
import {loadSide} from './sides.js'
import {CHANGE_SEVERITIES, type ChangeSeverity, type DiffReport} from './types.js'

export const DIFF_FORMATS = ['text', 'json', 'yaml', 'markdown', 'github', 'junit', 'sarif'] as const
export const CHANGELOG_FORMATS = ['text', 'markdown', 'json', 'yaml'] as const

export interface DiffCommandOptions {
  base: string
  revision: string
  cwd: string
  configFile?: string | undefined
  ignoreFile?: string | undefined
  /** `id=severity` pairs from --severity-override. */
  severityOverrides: string[]
  /** `never` (changelog's default): exit 0 whatever changed. */
  failOn: ChangeSeverity | 'never'
  load: LoadOptions
  format: string
  color: boolean
  toolVersion: string
  stdinText?: string | undefined
  /** `apix changelog`: the changelog renderer instead of the findings formats. */
  changelog?: boolean
  /** `YYYY-MM-DD` to judge sunset dates and ignore expiries against (tests pin it). */
  today?: string | undefined
}

export interface CommandOutcome {
  output: string
  stderr: string[]
  exitCode: number
}

/** `apix diff` and `apix changelog` as a function: everything but printing. */
export async function diffCommand(options: DiffCommandOptions): Promise<CommandOutcome> {
  const config = await loadConfig({cwd: options.cwd, ...(options.configFile ? {file: options.configFile} : {})})
  const checks = checkIndex()
  const overrides = new Map<string, ChangeSeverity | 'off'>()
  for (const [id, sev] of Object.entries(config.diff.severity)) overrides.set(requireCheck(id, checks), sev)
  for (const pair of options.severityOverrides) {
    const m = /^([^=]+)=(error|warning|info|off)$/.exec(pair.trim())
    if (!m) throw new ApixError(`--severity-override "${pair}" is not id=severity`, {hint: 'e.g. --severity-override response-body-enum-value-added=warning (severity: error, warning, info or off)'})
    overrides.set(requireCheck(m[1]!, checks), m[2] as ChangeSeverity | 'off')
  }
  const ignores = await loadIgnoreFile(options.ignoreFile ?? IGNORE_FILE, options.cwd, options.ignoreFile !== undefined)
  const side = {cwd: options.cwd, load: options.load, stdinText: options.stdinText}
  if (options.base === '-' && options.revision === '-') throw new ApixError('only one side can be read from stdin', {hint: 'name a file for the other side'})
  const [base, revision] = await Promise.all([loadSide(options.base, side), loadSide(options.revision, side)])
  const report = diffSpecs(base, revision, {
    severityOverrides: overrides,
    ignores,
    fingerprints: options.format === 'sarif',
    ...(config.diff.deprecationDays !== undefined ? {deprecationDays: config.diff.deprecationDays} : {}),
    ...(options.today ? {today: options.today} : {}),
  })
  const stderr: string[] = []
  for (const e of options.format === 'text' ? [] : report.expiredIgnores) {
    stderr.push(`apix: ignore entry ${e.fingerprint}${e.ruleId ? ` (${e.ruleId}${e.file ? ` in ${formatLocation({file: e.file})}` : ''})` : ''} expired on ${e.expires}: its change counts again`)
  }
  const output = await render(report, options)
  const rank = (s: ChangeSeverity) => CHANGE_SEVERITIES.indexOf(s)
  const failOn = options.failOn
  const fails = failOn !== 'never' && report.changes.some((c) => rank(c.severity) <= rank(failOn))
  return {output, stderr, exitCode: fails ? 1 : 0}
}

async function render(report: DiffReport, options: DiffCommandOptions): Promise<string> {
  const formats: readonly string[] = options.changelog ? CHANGELOG_FORMATS : DIFF_FORMATS
  if (!formats.includes(options.format)) throw new ApixError(`unknown output format "${options.format}"`, {hint: `use one of ${formats.join(', ')}`})
  switch (options.format) {
    case 'json':
      return JSON.stringify((await import('../format/diff-output.js')).diffOutput(report), null, 2) + '\n'
    case 'yaml': {
      const {dump} = await import('js-yaml')
      return dump((await import('../format/diff-output.js')).diffOutput(report), {noRefs: true, skipInvalid: true})
    }
    case 'text':
      if (options.changelog) return (await import('../format/changelog.js')).default(report, 'text')
      return (await import('../format/diff-text.js')).default(report, options.color)
    case 'markdown':
      if (options.changelog) return (await import('../format/changelog.js')).default(report, 'markdown')
      return (await import('../format/diff-markdown.js')).default(report)
    default:
      return formatLint(options.format as 'github', asLintReport(report), {color: options.color, toolVersion: options.toolVersion, rules: checkInfos(), files: [report.revision.file]})
  }
}

/** Changes as findings at their revision location (the base one for removals), for the GitHub, JUnit and SARIF formats. */
function asLintReport(report: DiffReport): LintReport {
  const results = report.changes.map((c) => {
    const at = c.revision ?? c.base
    return {ruleId: c.id, severity: c.severity, message: c.operation ? `${c.operation}: ${c.message}` : c.message, file: at?.file ?? report.revision.file, line: at?.line ?? 1, column: 1, pointer: at?.pointer ?? ''}
  })
  const s = report.summary
  return {results, summary: {error: s.error, warning: s.warning, info: s.info, hint: 0, ignored: s.ignored, files: 1}, expiredIgnores: report.expiredIgnores, fingerprints: report.fingerprints}
}

function checkInfos(): Map<string, RuleInfo> {
  return new Map([...checkIndex().values()].map((c) => [c.id, {id: c.id, description: c.description, docs: '', defaultSeverity: c.severity}]))
}

function requireCheck(id: string, checks: ReadonlyMap<string, unknown>): string {
  if (checks.has(id)) return id
  const near = [...checks.keys()].filter((k) => k.includes(id) || id.includes(k) || k.split('-').filter((w) => id.split('-').includes(w)).length >= Math.max(2, id.split('-').length - 1)).slice(0, 3)
  throw new ApixError(`unknown diff check "${id}"`, {hint: near.length > 0 ? `did you mean ${near.join(', ')}?` : 'list them with apix diff --list-checks'})
}
