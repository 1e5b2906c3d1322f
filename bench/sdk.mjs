#!/usr/bin/env node
// npm run bench:sdk (also run by npm run bench): apix sdk gen against openapi-typescript's CLI alone (types only) and
// Hey API's openapi-ts (default plugins: types, SDK, bundled fetch client) on Stripe (13, 20) and GitHub (19, 13 MB) of
// ../shared/specs, same machine, same run: wall time and peak RSS of each generator, then of `tsc --noEmit` on each
// output (TypeScript 7; strict, skipLibCheck, moduleResolution bundler). Not a test: figures vary with the machine; the
// ratios are what we track. Targets (issue 5): generation within 1.1 x openapi-typescript's time, tsc within 1.2 x.
// BENCH_RUNS (default 3) sets the runs per cell; Hey API takes 10-30 s a spec and gets BENCH_SLOW_RUNS (default 1).
// tsc takes 0.4-1.5 s a run and varies by 20 % from run to run on a small machine: its cells get BENCH_TSC_RUNS
// (default 21, at least BENCH_RUNS), so that its median is not one noisy run.
// BENCH_SKIP=hey-api leaves a tool out; BENCH_TSC=path/to/tsc type-checks with another compiler (e.g.
// node_modules/typescript/bin/tsc, TypeScript 5.9). Arguments pick specs by prefix: node bench/sdk.mjs 13 19.
import {spawnSync} from 'node:child_process'
import {bench, benchInterleaved, bin, hasTime, root, runs, sharedOrExit, skip} from './measure.mjs'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

const shared = sharedOrExit('specs', 'bench')
const slowRuns = Math.min(runs, Number(process.env.BENCH_SLOW_RUNS ?? 1))
const tscRuns = Math.max(runs, Number(process.env.BENCH_TSC_RUNS ?? 21))
const only = process.argv.slice(2)
const tsc = path.resolve(root, process.env.BENCH_TSC ?? 'node_modules/typescript-7/bin/tsc')
const tmp = mkdtempSync(path.join(tmpdir(), 'apix-bench-sdk-'))
const env = {...process.env, NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=8192'}


// name, runs, generate (spec, dir) -> [cmd, args], what tsc reads (relative to dir).
const tools = [
  ['apix', runs, (spec, dir) => [process.execPath, [path.join(root, 'bin/run.js'), 'sdk', 'gen', spec, '--out', path.join(dir, 'out')]], 'out/src'],
  ['openapi-typescript', runs, (spec, dir) => [bin('openapi-typescript'), [spec, '-o', path.join(dir, 'out.ts')]], 'out.ts'],
  // The default client plugin (@hey-api/client-fetch) is bundled into the output (out/client, out/core): no package to install.
  ['hey-api', slowRuns, (spec, dir) => [bin('openapi-ts'), ['-i', spec, '-o', path.join(dir, 'out')]], 'out'],
].filter(([name]) => !skip.has(name))

const specs = ['13-stripe-spec3.oas30.json', '20-stripe-2025-10-15-apisguru.oas30.json', '19-github-api.github.com-octokit-23.0.2.oas30.json'].filter(
  (s) => only.length === 0 || only.some((o) => s.startsWith(o)),
)

const tscVersion = spawnSync(process.execPath, [tsc, '--version'], {encoding: 'utf8'}).stdout.trim()
console.log(`apix sdk gen bench: median of ${runs} run(s) per cell (tsc: ${tscRuns}), the tools taking turns (hey-api: ${slowRuns}, on its own), tsc ${tscVersion.replace(/^Version /, "") || "?"} for type-checks${hasTime ? ', peak RSS = max over runs' : ' (RSS unavailable: /usr/bin/time missing)'}`)
console.log(['spec', 'tool', 'generate s / MB', 'tsc s / MB', 'tsc result'].join(' | '))
const summary = []
try {
  for (const spec of specs) {
    const file = path.join(shared, spec)
    const short = spec.split('.')[0]
    const jobs = tools.map(([name, n, make, include]) => {
      const dir = path.join(tmp, short, name)
      const [cmd, args] = make(file, dir)
      const before = () => (rmSync(dir, {recursive: true, force: true}), mkdirSync(dir, {recursive: true}))
      return {name, n, include, dir, cmd, args, before, options: {cwd: dir, env, stdout: 'pipe'}}
    })
    // Generators with the full run count take turns (the machine's drift falls on all of them); a slow one (Hey API)
    // then runs its own count.
    const gens = new Map()
    const turns = jobs.filter((j) => j.n === runs)
    benchInterleaved(runs, turns).forEach((r, i) => gens.set(turns[i].name, r))
    for (const j of jobs.filter((j) => j.n !== runs)) gens.set(j.name, bench(j.n, j.cmd, j.args, j.options, j.before))
    // tsc on every output that was generated, again taking turns.
    const built = jobs.filter((j) => gens.get(j.name).status === 0)
    for (const j of built) {
      writeFileSync(
        path.join(j.dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], strict: true, skipLibCheck: true, noEmit: true},
          include: [j.include],
        }),
      )
    }
    const checks = new Map()
    benchInterleaved(tscRuns, built.map((j) => ({cmd: process.execPath, args: [tsc, '-p', 'tsconfig.json'], options: {cwd: j.dir, env, stdout: 'pipe'}}))).forEach((r, i) => checks.set(built[i].name, r))
    const cells = {}
    for (const {name} of jobs) {
      const gen = gens.get(name)
      const check = checks.get(name)
      cells[name] = {gen, check}
      const errors = check ? (check.stdout.match(/error TS\d+/g) ?? []).length : 0
      const result = !check ? 'not run (generation failed)' : check.status === 0 ? 'ok' : `exit ${check.status}, ${errors} error(s)`
      const genCell = `${gen.wall.toFixed(2)} / ${gen.rss.toFixed(0)}${gen.status === 0 ? '' : ` (exit ${gen.status}: ${gen.stderr.split('\n').find((l) => l.trim() && !l.startsWith('__RSS__')) ?? ''})`}`
      console.log([short, name, genCell, check ? `${check.wall.toFixed(2)} / ${check.rss.toFixed(0)}` : '-', result].join(' | '))
    }
    const a = cells['apix']
    const o = cells['openapi-typescript']
    if (a && o && a.gen.status === 0 && o.gen.status === 0) {
      const genRatio = a.gen.wall / o.gen.wall
      const tscRatio = a.check && o.check ? a.check.wall / o.check.wall : NaN
      summary.push(`${short}: generate ${genRatio.toFixed(2)} x (target 1.1: ${genRatio <= 1.1 ? 'met' : 'missed'}), tsc ${tscRatio.toFixed(2)} x (target 1.2: ${tscRatio <= 1.2 ? 'met' : 'missed'})`)
    }
  }
  if (summary.length > 0) console.log(`apix / openapi-typescript:\n  ${summary.join('\n  ')}`)
} finally {
  rmSync(tmp, {recursive: true, force: true})
}
