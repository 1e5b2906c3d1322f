import {hash} from 'node:crypto'
import path from 'node:path'
import type {ApixConfig, RuleSetting} from '../config/config.js'
import type {LoadedSpec, NodeLocation} from '../spec/loader.js'
import type {SpecIndex} from '../spec/model.js'
import {buildIndex} from '../spec/walk.js'
import {globMatcher} from './glob.js'
import {presetRules} from './presets/index.js'
import {allRules, requireRule} from './registry.js'
import type {LintReport, LintResult, Report, Rule, Severity, SeveritySetting} from './types.js'
import {applyIgnores, type IgnoreFile} from './ignore.js'

export interface LintOptions {
  config: ApixConfig
  /** Preset chosen on the command line; replaces the config's `extends`. */
  ruleset?: string | undefined
  /** Entries of `.apix-ignore.yaml`, already read. */
  ignores?: IgnoreFile | undefined
  /** Today's date (for ignore expiry); tests pin it. */
  today?: Date
  /** Only these rules (tests and `--rule`). */
  only?: string[] | undefined
  /**
   * The document API Gateway imports, built from this spec and the config (apix export's document): gateway rules
   * check it instead of the spec, and their findings are moved back to where the spec writes the node (`relocate`).
   */
  gateway?: {spec: LoadedSpec; relocate(at: NodeLocation): NodeLocation} | undefined
}

interface Setting {
  severity: SeveritySetting
  options: Record<string, unknown>
}

function toSetting(s: RuleSetting): Setting {
  if (typeof s === 'string') return {severity: normalize(s), options: {}}
  const {severity, ...options} = s
  return {severity: severity === undefined ? 'error' : normalize(severity), options}
}

function normalize(s: string): SeveritySetting {
  return s === 'warn' ? 'warning' : (s as SeveritySetting)
}

/** The rule settings in force before per-file overrides: preset(s), then the config's own `rules`. */
export function resolveRuleSettings(config: ApixConfig, ruleset: string | undefined): Map<string, Setting> {
  const out = new Map<string, Setting>()
  const presets = ruleset ? [ruleset] : config.lint.extends.length > 0 ? config.lint.extends : ['recommended']
  for (const name of presets) for (const [id, severity] of presetRules(name)) out.set(id, {severity, options: {}})
  for (const [id, s] of Object.entries(config.lint.rules)) {
    requireRule(id, configWhere(config, `/lint/rules/${id}`))
    const setting = toSetting(s)
    const prev = out.get(id)
    // `rules: {id: {option: x}}` without a severity keeps the preset's severity.
    if (typeof s !== 'string' && s.severity === undefined && prev) setting.severity = prev.severity
    out.set(id, setting)
  }
  for (const o of config.lint.overrides) for (const id of Object.keys(o.rules)) requireRule(id, configWhere(config, '/lint/overrides'))
  return out
}

function configWhere(config: ApixConfig, pointer: string) {
  if (!config.file) return undefined
  return {file: config.file.displayPath, ...config.file.locate(pointer)}
}

/** A finding's fingerprint (for ignores and baselines). crypto.hash, one call, is ~3 x faster than a Hash object. */
export function fingerprint(ruleId: string, relFile: string, pointer: string): string {
  return hash('sha256', `${ruleId}\0${relFile}\0${pointer}`, 'hex').slice(0, 20)
}

const relatives = new Map<string, string>()

/** `file` relative to `dir` with forward slashes, cached: thousands of findings share a few files. */
function relativeTo(dir: string, file: string): string {
  const key = dir + '\0' + file
  let rel = relatives.get(key)
  if (rel === undefined) relatives.set(key, (rel = path.relative(dir, file).split(path.sep).join('/')))
  return rel
}

/** Lints a loaded document. Pure apart from reading the clock for ignore expiry. */
export function lintSpec(spec: LoadedSpec, options: LintOptions, prebuilt?: SpecIndex): LintReport {
  const settings = resolveRuleSettings(options.config, options.ruleset)
  const overrides = options.config.lint.overrides.map((o) => ({
    match: o.files.map((f) => {
      const hash = f.indexOf('#')
      return {glob: globMatcher(hash === -1 ? f : f.slice(0, hash)), pointer: hash === -1 ? '' : f.slice(hash + 1)}
    }),
    rules: new Map(Object.entries(o.rules).map(([id, s]) => [id, toSetting(s)])),
  }))
  const toRun = new Set<string>()
  for (const [id, s] of settings) if (s.severity !== 'off') toRun.add(id)
  for (const o of overrides) for (const [id, s] of o.rules) if (s.severity !== 'off') toRun.add(id)
  if (options.only) {
    for (const id of options.only) requireRule(id)
    toRun.clear()
    for (const id of options.only) toRun.add(id)
  }

  // --ruleset replaces the config's `extends`; rules that read the preset (the API type of gateway rules) see that.
  const config = options.ruleset ? {...options.config, lint: {...options.config.lint, extends: [options.ruleset]}} : options.config
  const index = prebuilt ?? buildIndex(spec)
  const gateway = options.gateway
  let gatewayIndex: SpecIndex | undefined
  const configDir = options.config.dir
  const raw: Array<Report & {rule: Rule; severity: Severity}> = []
  for (const rule of allRules()) {
    if (!toRun.has(rule.id)) continue
    const target = gateway && rule.category === 'gateway' && !rule.checksSpec ? gateway.spec : spec
    if (rule.versions && !rule.versions.includes(target.version)) continue
    const base = settings.get(rule.id)
    const reports: Report[] = []
    const onGateway = target !== spec
    if (onGateway) gatewayIndex ??= buildIndex(target)
    rule.check({
      spec: target,
      index: onGateway ? gatewayIndex! : index,
      version: target.version,
      options: base?.options ?? {},
      config,
      report: (r) => reports.push(onGateway ? {...r, at: gateway!.relocate(r.at)} : r),
    })
    for (const r of reports) {
      let s: Setting | undefined = base
      const rel = relativeTo(configDir, r.at.file.id)
      for (const o of overrides) {
        const os = o.rules.get(rule.id)
        if (os && o.match.some((m) => m.glob(rel) && (m.pointer === '' || r.at.pointer === m.pointer || r.at.pointer.startsWith(m.pointer + '/')))) s = os
      }
      // A rule named in `only` runs even where the presets leave it off, at its own default severity.
      let severity = s?.severity ?? 'off'
      if (severity === 'off' && options.only?.includes(rule.id)) severity = rule.defaultSeverity
      if (severity === 'off') continue
      raw.push({...r, rule, severity})
    }
  }

  // Positions, one scan per file for all its findings.
  const byFile = new Map<string, Set<string>>()
  for (const r of raw) {
    let set = byFile.get(r.at.file.id)
    if (!set) byFile.set(r.at.file.id, (set = new Set()))
    set.add(r.at.pointer)
  }
  for (const [id, pointers] of byFile) spec.files.get(id)?.locateAll(pointers)

  const seen = new Set<string>()
  const results: Array<LintResult & {fingerprint: string}> = []
  for (const r of raw) {
    const pos = r.offset === undefined ? r.at.file.locate(r.at.pointer) : r.at.file.positionOf(r.offset)
    const relToRoot = path.isAbsolute(r.at.file.id) ? relativeTo(spec.rootDir, r.at.file.id) : r.at.file.id
    const result = {
      ruleId: r.rule.id,
      severity: r.severity,
      message: r.message,
      file: r.at.file.displayPath,
      line: pos.line,
      column: pos.column,
      pointer: r.at.pointer,
      fingerprint: fingerprint(r.rule.id, relToRoot, r.at.pointer),
    }
    // The position too: a finding placed by offset shares its pointer with another occurrence (a repeated key).
    const key = `${result.ruleId}\0${result.file}\0${result.pointer}\0${result.line}:${result.column}\0${result.message}`
    if (seen.has(key)) continue
    seen.add(key)
    results.push(result)
  }
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)))

  const {kept, ignored, expired} = applyIgnores(results, options.ignores, options.today ?? new Date())
  const summary = {error: 0, warning: 0, info: 0, hint: 0, ignored, files: spec.files.size}
  for (const r of kept) summary[r.severity]++
  return {
    results: kept.map(({fingerprint: _f, ...r}) => r),
    fingerprints: kept.map((r) => r.fingerprint),
    summary,
    expiredIgnores: expired,
  }
}

export const SEVERITY_RANK: Record<Severity, number> = {error: 3, warning: 2, info: 1, hint: 0}

export function failsAt(results: readonly {severity: Severity}[], failOn: Severity): boolean {
  return results.some((r) => SEVERITY_RANK[r.severity] >= SEVERITY_RANK[failOn])
}

export function assertRuleset(name: string | undefined): void {
  if (name !== undefined) presetRules(name)
}

