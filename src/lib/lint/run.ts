import {availableParallelism} from 'node:os'
import {loadConfig, type ApixConfig} from '../config/config.js'
import {hasGatewayModel} from '../config/gateway.js'
import {ApixError} from '../errors.js'
import {builtWorker} from '../worker-file.js'
import {loadSpec, type LoadedSpec, type LoadOptions} from '../spec/loader.js'
import {lintSpec, type LintOptions} from './engine.js'
import {IGNORE_FILE, loadIgnoreFile, type IgnoreFile} from './ignore.js'
import type {LintReport} from './types.js'

export interface LintRunOptions {
  cwd: string
  configFile?: string | undefined
  ruleset?: string | undefined
  /** `.apix-ignore.yaml` by default; `false` to apply none (baseline generation). */
  ignoreFile?: string | false | undefined
  load: Pick<LoadOptions, 'root' | 'allowRemoteRefs' | 'limits'>
  /** Text for the input `-`. */
  stdinText?: string | undefined
  today?: Date | undefined
  /** Lint in worker threads when there are at least this many documents (default 4; 0 = never). */
  workerThreshold?: number
}

export interface LintRun {
  report: LintReport
  /** Documents that could not be read, each an input error (exit 2). */
  failures: Array<{input: string; error: ApixError}>
  inputs: string[]
  /** Worker threads the documents were spread over (0: linted in this thread). */
  workers: number
}

/** The documents named by the inputs: files, folders, `-`, or globs (expanded and sorted, so output order is stable). */
export async function expandInputs(inputs: string[], cwd: string): Promise<string[]> {
  const out: string[] = []
  const {glob, isDynamicPattern} = await import('tinyglobby')
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input) || !isDynamicPattern(input)) {
      out.push(input)
      continue
    }
    const matches = await glob(input, {cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**']})
    if (matches.length === 0) throw new ApixError(`no file matches the pattern`, {location: {file: input}, hint: 'quote the pattern and check it'})
    out.push(...matches.sort())
  }
  return [...new Set(out)]
}

/** Loads and lints one document. Load errors are returned, not thrown, so a batch goes on. */
export async function lintOne(input: string, config: ApixConfig, ignores: IgnoreFile | undefined, options: LintRunOptions): Promise<LintReport | ApixError> {
  try {
    const spec = await loadSpec(input, {
      ...options.load,
      cwd: options.cwd,
      ...(input === '-' ? {text: options.stdinText ?? ''} : {}),
    })
    const gateway = await gatewayTarget(spec, config, options)
    return lintSpec(spec, {config, ruleset: options.ruleset, ignores, gateway, ...(options.today ? {today: options.today} : {})})
  } catch (error) {
    if (error instanceof ApixError) return error
    throw error
  }
}

/**
 * When the config declares an API Gateway model, gateway rules check the document apix export builds from the spec
 * and the config (what API Gateway actually imports), not the bare spec; findings go back to the spec's own lines.
 */
async function gatewayTarget(spec: LoadedSpec, config: ApixConfig, options: LintRunOptions): Promise<LintOptions['gateway']> {
  if (!hasGatewayModel(config) || (spec.version === '2.0' && config.api.type === 'http')) return undefined
  const {buildGatewayDocument} = await import('../gateway/document.js')
  const built = buildGatewayDocument(spec, config)
  const text = JSON.stringify(built.document)
  const target = await loadSpec('<gateway document>', {cwd: options.cwd, text, limits: {maxFileSize: Math.max(64 * 1024 * 1024, text.length + 1)}})
  return {spec: target, relocate: (at) => built.origin(at.pointer)}
}

export async function readIgnores(options: LintRunOptions): Promise<IgnoreFile | undefined> {
  if (options.ignoreFile === false) return undefined
  return loadIgnoreFile(options.ignoreFile ?? IGNORE_FILE, options.cwd, options.ignoreFile !== undefined)
}

/** Lints every document the inputs name and merges the reports in input order. */
export async function runLint(inputs: string[], options: LintRunOptions): Promise<LintRun> {
  const config = await loadConfig({cwd: options.cwd, ...(options.configFile ? {file: options.configFile} : {})})
  const ignores = await readIgnores(options)
  const files = await expandInputs(inputs, options.cwd)
  const threshold = options.workerThreshold ?? 4
  const pooled = threshold > 0 && files.length >= threshold ? await lintInWorkers(files, options) : undefined
  const outcomes = pooled?.outcomes ?? []
  if (!pooled) for (const f of files) outcomes.push(await lintOne(f, config, ignores, options))
  return {...merge(files, outcomes), workers: pooled?.workers ?? 0}
}

function merge(inputs: string[], outcomes: Array<LintReport | ApixError>): Omit<LintRun, 'workers'> {
  const report: LintReport = {results: [], fingerprints: [], summary: {error: 0, warning: 0, info: 0, hint: 0, ignored: 0, files: 0}, expiredIgnores: []}
  const failures: LintRun['failures'] = []
  const expired = new Set<string>()
  outcomes.forEach((o, i) => {
    if (o instanceof ApixError) {
      failures.push({input: inputs[i]!, error: o})
      return
    }
    report.results.push(...o.results)
    report.fingerprints.push(...o.fingerprints)
    for (const k of ['error', 'warning', 'info', 'hint', 'ignored', 'files'] as const) report.summary[k] += o.summary[k]
    for (const e of o.expiredIgnores) {
      if (!expired.has(e.fingerprint)) {
        expired.add(e.fingerprint)
        report.expiredIgnores.push(e)
      }
    }
  })
  return {report, failures, inputs}
}

/**
 * Spreads documents over worker threads (one per core, at most one per document). Each worker loads the config and
 * ignores itself, so nothing but paths and plain results cross threads.
 */
async function lintInWorkers(files: string[], options: LintRunOptions): Promise<{outcomes: Array<LintReport | ApixError>; workers: number} | undefined> {
  // From the TypeScript sources (tests) there is no worker module: lint in-process.
  const workerFile = builtWorker(import.meta.url, 'lint/worker.js')
  if (!workerFile) return undefined
  const {Worker} = await import('node:worker_threads')
  const size = Math.min(availableParallelism(), files.length)
  const results: Array<LintReport | ApixError> = new Array(files.length)
  let next = 0
  const serializable = {...options, today: options.today?.toISOString()}
  const workers: Array<InstanceType<typeof Worker>> = []
  try {
    await Promise.all(
      Array.from({length: size}, () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(workerFile, {workerData: serializable})
          workers.push(worker)
          let done = false
          const feed = () => {
            if (next >= files.length) {
              done = true
              void worker.terminate().then(() => resolve())
              return
            }
            const i = next++
            worker.postMessage({i, input: files[i]})
          }
          worker.on('message', (m: {i: number; report?: LintReport; error?: {message: string; exitCode: number; hint?: string; location?: ApixError['location']}; bug?: string}) => {
            if (m.bug) return reject(new Error(m.bug))
            results[m.i] = m.report ?? new ApixError(m.error!.message, {exitCode: m.error!.exitCode, ...(m.error!.hint ? {hint: m.error!.hint} : {}), ...(m.error!.location ? {location: m.error!.location} : {})})
            feed()
          })
          worker.on('error', reject)
          // A worker that dies without a word (out of memory, killed) must not leave the run waiting for it.
          worker.on('exit', (code) => {
            if (!done) reject(new Error(`a lint worker exited with code ${code} before finishing`))
          })
          feed()
        }),
      ),
    )
  } finally {
    // On success they have ended; on the first failure the others are stopped, or the process would never exit.
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return {outcomes: results, workers: size}
}
