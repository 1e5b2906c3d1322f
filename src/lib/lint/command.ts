import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {loadConfig} from '../config/config.js'
import {ApixError, formatLocation} from '../errors.js'
import {formatLint} from '../format/index.js'
import type {FormatName, RuleInfo} from '../format/types.js'
import {failsAt} from './engine.js'
import {IGNORE_FILE, baselineText} from './ignore.js'
import {presetRules} from './presets/index.js'
import {allRules} from './registry.js'
import {runLint, type LintRunOptions} from './run.js'
import type {Severity} from './types.js'

export interface LintCommandOptions extends LintRunOptions {
  inputs: string[]
  generateBaseline: boolean
  listRules: boolean
  failOn: Severity
  format: string
  color: boolean
  toolVersion: string
  /** Adds diagnostics (worker threads used) to stderr. */
  verbose?: boolean
}

export interface CommandOutcome {
  /** What goes to stdout (or --output). */
  output: string
  /** One-line messages for stderr. */
  stderr: string[]
  exitCode: number
}

export function ruleInfos(): Map<string, RuleInfo> {
  return new Map(allRules().map((r) => [r.id, {id: r.id, description: r.description, docs: r.docs, defaultSeverity: r.defaultSeverity}]))
}

/** `apix lint` as a function: everything but printing. */
export async function lintCommand(options: LintCommandOptions): Promise<CommandOutcome> {
  if (options.listRules) return {output: listRules(options.ruleset), stderr: [], exitCode: 0}
  let inputs = options.inputs
  if (inputs.length === 0) {
    const config = await loadConfig({cwd: options.cwd, ...(options.configFile ? {file: options.configFile} : {})})
    if (!config.api.spec) throw new ApixError('no spec to lint', {hint: 'name a file, or set api.spec in apix.config.yaml'})
    inputs = [path.resolve(config.dir, config.api.spec)]
  }
  const run = await runLint(inputs, {...options, ...(options.generateBaseline ? {ignoreFile: false} : {})})
  const stderr = run.failures.map((f) => `apix: ${f.error.toLine()}`)
  if (options.verbose) stderr.push(`apix: linted ${run.inputs.length} document(s) ${run.workers > 0 ? `on ${run.workers} worker thread(s)` : 'in the main thread'}`)
  if (options.generateBaseline) {
    const target = path.resolve(options.cwd, options.ignoreFile || IGNORE_FILE)
    const withPrints = run.report.results.map((r, i) => ({...r, fingerprint: run.report.fingerprints[i]!}))
    await writeFile(target, baselineText(withPrints, 'accepted when the baseline was generated'))
    stderr.push(`apix: wrote ${withPrints.length} finding(s) to ${path.relative(options.cwd, target) || target}`)
    return {output: '', stderr, exitCode: run.failures.length > 0 ? 2 : 0}
  }
  // stylish and github show expired entries themselves; other formats get them on stderr too.
  for (const e of options.format === 'stylish' || options.format === 'github' ? [] : run.report.expiredIgnores) {
    stderr.push(`apix: ignore entry ${e.fingerprint}${e.ruleId ? ` (${e.ruleId}${e.file ? ` in ${formatLocation({file: e.file})}` : ''})` : ''} expired on ${e.expires}: its finding counts again`)
  }
  const output = await formatLint(options.format as FormatName, run.report, {
    color: options.color,
    toolVersion: options.toolVersion,
    rules: ruleInfos(),
    files: run.inputs.filter((input) => !run.failures.some((f) => f.input === input)),
    failures: run.failures.map(({input, error}) => {
      const at = error.location
      return {file: at?.file ?? input, line: at?.line, column: at?.column, message: error.withHint()}
    }),
  })
  const exitCode = run.failures.length > 0 ? 2 : failsAt(run.report.results, options.failOn) ? 1 : 0
  return {output, stderr, exitCode}
}

function listRules(ruleset: string | undefined): string {
  const preset = presetRules(ruleset ?? 'recommended')
  const rows = allRules().map((r) => `${r.id.padEnd(40)} ${r.category.padEnd(8)} ${String(preset.get(r.id) ?? 'off').padEnd(8)} ${r.description}`)
  return [`${'rule'.padEnd(40)} ${'category'.padEnd(8)} ${(ruleset ?? 'recommended').padEnd(8)} description`, ...rows].join('\n') + '\n'
}
