#!/usr/bin/env node
// npm run bench: apix lint against Redocly CLI and Spectral on the large specs of ../shared/specs, same machine,
// same run, side by side (wall time and peak RSS of the whole process), plus start-up (`apix --version` vs `node -e 0`).
// Not a test: figures vary with the machine; the ratios are what we track.
import {benchInterleaved, bin, hasTime, measure as measureOnce, median, root, runs, sharedOrExit, skip} from './measure.mjs'
import {mkdtempSync, writeFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

const shared = sharedOrExit('specs', 'bench')
const only = process.argv.slice(2)
const tmp = mkdtempSync(path.join(tmpdir(), 'apix-bench-'))
const spectralRuleset = path.join(tmp, '.spectral.yaml')
writeFileSync(spectralRuleset, 'extends: ["spectral:oas"]\n')
const env = {...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', SCARF_ANALYTICS: 'false'}

const measure = (cmd, args) => measureOnce(cmd, args, {cwd: tmp, env})

const specs = ['12-openai.oas31.yaml', '13-stripe-spec3.oas30.json', '14-github-api.github.com.oas30.json', '19-github-api.github.com-octokit-23.0.2.oas30.json'].filter(
  (s) => only.length === 0 || only.some((o) => s.startsWith(o)),
)
const tools = [
  ['apix', (spec) => [process.execPath, [path.join(root, 'bin/run.js'), 'lint', spec, '--format', 'json']]],
  ['redocly', (spec) => [bin('redocly'), ['lint', spec, '--format', 'json']]],
  ['spectral', (spec) => [bin('spectral'), ['lint', spec, '--ruleset', spectralRuleset, '--format', 'json', '--quiet']]],
]

console.log(`apix lint bench: median of ${runs} run(s) per cell, the tools taking turns, peak RSS = max over runs${hasTime ? '' : ' (unavailable: /usr/bin/time missing)'}`)
console.log(['spec', ...tools.filter(([t]) => !skip.has(t)).map(([t]) => `${t} s / MB`), 'apix/redocly time', 'apix/redocly RSS'].join(' | '))
for (const spec of specs) {
  const file = path.join(shared, spec)
  const names = tools.filter(([name]) => !skip.has(name)).map(([name]) => name)
  const jobs = tools.filter(([name]) => !skip.has(name)).map(([, make]) => {
    const [cmd, args] = make(file)
    return {cmd, args, options: {cwd: tmp, env}}
  })
  const results = benchInterleaved(runs, jobs)
  const cells = Object.fromEntries(names.map((name, i) => [name, results[i]]))
  const a = cells.apix
  const r = cells.redocly
  const ratio = (x, y) => (x && y ? (x / y).toFixed(2) : 'n/a')
  console.log(
    [spec.split('.')[0], ...Object.values(cells).map((c) => `${c.wall.toFixed(2)} / ${c.rss.toFixed(0)} (exit ${c.status})`), ratio(a?.wall, r?.wall), ratio(a?.rss, r?.rss)].join(' | '),
  )
}

// Start-up: many short runs.
const startupRuns = 10
const nodeStart = median(Array.from({length: startupRuns}, () => measure(process.execPath, ['-e', '0']).wall))
const apixVersion = median(Array.from({length: startupRuns}, () => measure(process.execPath, [path.join(root, 'bin/run.js'), '--version']).wall))
const apixHelp = median(Array.from({length: startupRuns}, () => measure(process.execPath, [path.join(root, 'bin/run.js'), 'lint', '--help']).wall))
console.log(`start-up: node -e 0 ${(nodeStart * 1000).toFixed(0)} ms | apix --version ${(apixVersion * 1000).toFixed(0)} ms (${(apixVersion / nodeStart).toFixed(2)} x) | apix lint --help ${(apixHelp * 1000).toFixed(0)} ms`)
rmSync(tmp, {recursive: true, force: true})
