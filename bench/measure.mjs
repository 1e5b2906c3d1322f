// What every bench shares: where things are, BENCH_RUNS and BENCH_SKIP, one timed run of a child process (wall seconds
// and peak RSS via GNU time's %M, the largest process of its tree), and the median of several.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const hasTime = existsSync('/usr/bin/time')

/** One run of `cmd args` in `cwd` with `env`: wall seconds, peak RSS in MB (NaN without /usr/bin/time), status, output. */
export function measure(cmd, args, {cwd, env, stdout = 'ignore'}) {
  const opts = {env, cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', stdout, 'pipe'], timeout: 900_000}
  const start = process.hrtime.bigint()
  const r = hasTime ? spawnSync('/usr/bin/time', ['-f', '__RSS__ %M', cmd, ...args], opts) : spawnSync(cmd, args, opts)
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  const m = /__RSS__ (\d+)/.exec(r.stderr ?? '')
  return {wall, rss: m ? Number(m[1]) / 1024 : NaN, status: r.status ?? r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? ''}
}

export function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
}

/** `n` runs (`before` each, e.g. emptying an output folder): median wall, max RSS, the first run's status and output. */
export function bench(n, cmd, args, options, before = () => {}) {
  return benchInterleaved(n, [{cmd, args, options, before}])[0]
}

/**
 * `n` rounds of every job in turn (A B C, A B C, ...; a job's `before` runs before each of its runs), each summarised
 * as bench() does. Interleaving spreads the machine's drift (another process, CPU frequency) over all the tools
 * compared, where n runs of one tool and then n of the next put each tool in a different stretch of it.
 */
export function benchInterleaved(n, jobs) {
  const samples = jobs.map(() => [])
  for (let r = 0; r < n; r++) jobs.forEach((j, i) => (j.before?.(), samples[i].push(measure(j.cmd, j.args, j.options))))
  return samples.map((s) => ({wall: median(s.map((x) => x.wall)), rss: Math.max(...s.map((x) => x.rss)), status: s[0].status, stdout: s[0].stdout, stderr: s[0].stderr, runs: n}))
}

/** The repository root, and a tool installed in its node_modules/.bin. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const bin = (name) => path.join(root, 'node_modules/.bin', name)
/** BENCH_RUNS (default 3): runs per cell. BENCH_SKIP=a,b: tools left out. */
export const runs = Number(process.env.BENCH_RUNS ?? 3)
export const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean))

/** `../shared/<relative>` from the repository, or an exit (0: a bench without the corpus has nothing to measure). */
export function sharedOrExit(relative, label) {
  const dir = path.resolve(root, '../shared', relative)
  if (!existsSync(dir)) {
    console.log(`${label}: ../shared/${relative} not found; nothing to measure`)
    process.exit(0)
  }
  return dir
}
