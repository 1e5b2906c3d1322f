import {createHash} from 'node:crypto'
import path from 'node:path'
import {applyIgnores, type IgnoreFile} from '../lint/ignore.js'
import type {LoadedSpec} from '../spec/loader.js'
import type {SourceFile} from '../spec/source-file.js'
import {diffModels, type DiffOptions, type RawChange} from './engine.js'
import {buildModel} from './model.js'
import {checkIndex} from './registry.js'
import {byText, CHANGE_SEVERITIES, type Change, type ChangeLocation, type ChangeSeverity, type DiffReport, type Where} from './types.js'

export interface DiffSpecsOptions extends DiffOptions {
  /** `id -> severity` (or `off`), from `--severity-override` and the config. */
  severityOverrides?: ReadonlyMap<string, ChangeSeverity | 'off'>
  ignores?: IgnoreFile | undefined
  /** Compute each change's fingerprint for the report (default true; always done when `ignores` are given). */
  fingerprints?: boolean
}

/** Diffs two loaded documents into the report every format renders. */
export function diffSpecs(base: LoadedSpec, revision: LoadedSpec, options: DiffSpecsOptions = {}): DiffReport {
  const raw = sameDocuments(base, revision) ? [] : diffModels(buildModel(base), buildModel(revision), options)
  const checks = checkIndex()
  // Positions: one scan per file for every pointer the changes name (a scan per change took seconds on Stripe).
  const byFile = new Map<SourceFile, Set<string>>()
  for (const r of raw) {
    for (const w of [r.base, r.revision]) {
      if (!w) continue
      let set = byFile.get(w.file)
      if (!set) byFile.set(w.file, (set = new Set()))
      set.add(w.pointer)
    }
  }
  for (const [file, pointers] of byFile) file.locateAll(pointers)
  // Fingerprints cost a hash per change: made only when an ignore file or the output (SARIF) needs them.
  const wantPrints = options.fingerprints ?? true
  const entries: Array<Change & {fingerprint: string}> = []
  let ignored = 0
  for (const r of raw) {
    const def = checks.get(r.id)!
    const severity = options.severityOverrides?.get(r.id) ?? def.severity
    if (severity === 'off') continue
    const op = r.operation
    if (op && (op.ignore.has(r.id) || op.ignore.has('*'))) {
      ignored++
      continue
    }
    entries.push({
      id: r.id,
      severity,
      message: r.message,
      operation: op ? op.label : null,
      direction: def.direction,
      base: locate(r.base),
      revision: locate(r.revision),
      fingerprint: wantPrints || options.ignores ? fingerprint(r, base, revision) : '',
    })
  }
  const today = new Date(`${options.today ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`)
  const kept = applyIgnores(entries, options.ignores, today)
  ignored += kept.ignored
  const order = (s: ChangeSeverity) => CHANGE_SEVERITIES.indexOf(s)
  const sorted = kept.kept.sort((x, y) => order(x.severity) - order(y.severity) || byText(x.operation ?? '', y.operation ?? '') || byText(x.id, y.id) || byText(x.message, y.message))
  const summary = {error: 0, warning: 0, info: 0, ignored}
  for (const c of sorted) summary[c.severity]++
  return {
    changes: sorted,
    summary,
    fingerprints: wantPrints ? sorted.map((c) => c.fingerprint) : [],
    expiredIgnores: kept.expired,
    base: {file: base.root.displayPath, version: base.versionString},
    revision: {file: revision.root.displayPath, version: revision.versionString},
  }
}

function locate(w: Where | undefined): ChangeLocation | null {
  if (!w) return null
  return {file: w.file.displayPath, line: w.file.locate(w.pointer).line, pointer: w.pointer}
}

/**
 * A hash of what the change is, not where it is printed: check id, operation key (path parameter names dropped), the
 * two pointers (files relative to the entry file's folder), and the message. Lines moving leave it as it is.
 */
function fingerprint(r: RawChange, base: LoadedSpec, revision: LoadedSpec): string {
  const rel = (w: Where | undefined, spec: LoadedSpec) => (w ? `${relativeId(spec, w.file)}#${w.pointer}` : '')
  return createHash('sha256').update([r.id, r.operation?.key ?? '', rel(r.base, base), rel(r.revision, revision), r.message].join('\0')).digest('hex').slice(0, 20)
}

const relativeIds = new WeakMap<SourceFile, string>()
function relativeId(spec: LoadedSpec, file: SourceFile): string {
  let id = relativeIds.get(file)
  if (id === undefined) relativeIds.set(file, (id = path.relative(path.dirname(spec.root.id), file.id)))
  return id
}

/** Same files with the same text: nothing can differ (the fast path for a spec diffed against itself). */
function sameDocuments(a: LoadedSpec, b: LoadedSpec): boolean {
  if (a.files.size !== b.files.size || a.root.text !== b.root.text) return false
  const rel = (spec: LoadedSpec) => new Map([...spec.files.values()].map((f) => [path.relative(path.dirname(spec.root.id), f.id), f.text]))
  const ra = rel(a)
  for (const [k, text] of rel(b)) if (ra.get(k) !== text) return false
  return true
}
