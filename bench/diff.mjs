#!/usr/bin/env node
// npm run bench:diff (also run by npm run bench): apix diff against Redocly CLI's `diff`, Atlassian's openapi-diff and
// Optic on the Stripe version pair of ../shared/evolution, same machine, same run, side by side (wall time and peak RSS
// of the whole process). Not a test: figures vary with the machine; the ratios are what we track.
// BENCH_RUNS (default 3) sets the runs per cell; BENCH_SKIP=optic,openapi-diff leaves slow tools out.
import {bench, benchInterleaved, bin, hasTime, root, runs, sharedOrExit, skip} from './measure.mjs'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

const pairDir = sharedOrExit('evolution/01-stripe-2020-08-27-api-version', 'bench')
const tmp = mkdtempSync(path.join(tmpdir(), 'apix-bench-'))
const env = {...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', OPTIC_TELEMETRY_LEVEL: 'off', SCARF_ANALYTICS: 'false', NODE_OPTIONS: '--max-old-space-size=8192'}


const base = path.join(pairDir, 'old.spec3.json')
const revision = path.join(pairDir, 'new.spec3.json')
const tools = [
  ['apix', process.execPath, [path.join(root, 'bin/run.js'), 'diff', base, revision, '--format', 'json']],
  ['apix (text)', process.execPath, [path.join(root, 'bin/run.js'), 'diff', base, revision]],
  ['redocly', bin('redocly'), ['diff', base, revision, '--format', 'json']],
  ['openapi-diff', bin('openapi-diff'), [base, revision]],
  ['optic', bin('optic'), ['diff', base, revision, '--check']],
]

console.log(`apix diff bench on the Stripe pair (3 MB each): median of ${runs} run(s) per tool, apix and Redocly taking turns${hasTime ? ', peak RSS = max over runs' : ''}`)
// The slow peers take minutes a run: one run each, on their own, unless BENCH_SLOW_RUNS asks for more. The others take
// turns run by run, so that the machine's drift falls on all of them (see benchInterleaved).
const slow = new Set(['optic', 'openapi-diff'])
const slowRuns = Math.min(runs, Number(process.env.BENCH_SLOW_RUNS ?? 1))
const chosen = tools.filter(([name]) => !skip.has(name))
const results = {}
const turns = chosen.filter(([name]) => !slow.has(name))
benchInterleaved(runs, turns.map(([, cmd, args]) => ({cmd, args, options: {cwd: tmp, env}}))).forEach((r, i) => (results[turns[i][0]] = r))
for (const [name, cmd, args] of chosen.filter(([name]) => slow.has(name))) results[name] = bench(slowRuns, cmd, args, {cwd: tmp, env})
for (const [name] of chosen) {
  const r = results[name]
  console.log(`${name.padEnd(14)} ${r.wall.toFixed(2).padStart(7)} s ${r.rss.toFixed(0).padStart(6)} MB  (exit ${r.status}, ${r.runs} run(s))`)
}
const peers = Object.entries(results).filter(([n]) => !n.startsWith('apix'))
if (results.apix && peers.length > 0) {
  const [fastest, f] = peers.sort((x, y) => x[1].wall - y[1].wall)[0]
  console.log(`apix / fastest peer (${fastest}): ${(results.apix.wall / f.wall).toFixed(2)} x time, ${(results.apix.rss / f.rss).toFixed(2)} x RSS (target: at most 0.5 x time)`)
}
rmSync(tmp, {recursive: true, force: true})
