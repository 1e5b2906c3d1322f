#!/usr/bin/env node
// npm run typecheck:corpus: generates the TypeScript and the Python SDK of every spec in ../shared/specs and
// type-checks them: `tsc --strict --noEmit` (TypeScript 7's native compiler), and pyright in strict mode (one run over
// every Python package at the end: it starts in ~2 s). Prints one line per spec and exits 1 if any fails.
// `node scripts/typecheck-corpus.mjs 01 07` limits the run to specs whose name starts with those prefixes.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const specs = path.resolve(root, '../shared/specs')
if (!existsSync(specs)) {
  console.log('typecheck:corpus: ../shared/specs not found; nothing to check')
  process.exit(0)
}
const only = process.argv.slice(2)
const out = path.join(root, '.apix-tmp/sdk-out/corpus')
mkdirSync(out, {recursive: true})
/** Folders hold multi-file specs: their entry file. */
const ENTRIES = {'03-oai-petstore-separate.swagger2': 'spec/swagger.yaml', '09-digitalocean.oas30.multifile': 'specification/DigitalOcean-public.v2.yaml'}
const results = []
const python = []
for (const name of readdirSync(specs).sort()) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue
  const entry = path.join(specs, name, ENTRIES[name] ?? '')
  const dir = path.join(out, name.split('.')[0])
  const pyDir = path.join(out, 'python', name.split('.')[0])
  rmSync(dir, {recursive: true, force: true})
  rmSync(pyDir, {recursive: true, force: true})
  const t0 = Date.now()
  const gen = generate(entry, dir, 'typescript')
  const t1 = Date.now()
  const pyGen = generate(entry, pyDir, 'python')
  if (gen.status !== 0 || pyGen.status !== 0) {
    const failing = gen.status !== 0 ? gen : pyGen
    results.push({name, problems: [`${gen.status !== 0 ? 'TypeScript' : 'Python'} generation failed (exit ${failing.status}): ${failing.stderr.trim().split('\n').pop()}`]})
    continue
  }
  const t2 = Date.now()
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript-7/bin/tsc'), '--strict', '--noEmit', '-p', dir], {encoding: 'utf8', maxBuffer: 1 << 28})
  const t3 = Date.now()
  const errors = (tsc.stdout.match(/error TS\d+/g) ?? []).length
  const problems = tsc.status === 0 ? [] : [`${errors} type error(s)`, ...tsc.stdout.split('\n').slice(0, 5).map((l) => '    ' + l)]
  results.push({name, problems, times: `generate ${((t1 - t0) / 1000).toFixed(1)} s, tsc ${((t3 - t2) / 1000).toFixed(1)} s`})
  python.push({name, dir: pyDir})
}
// pyright, strict, over every Python package: errors are attributed to the package whose folder holds the file.
if (python.length > 0) {
  const config = path.join(out, 'python', 'pyrightconfig.json')
  writeFileSync(config, JSON.stringify({typeCheckingMode: 'strict', pythonVersion: '3.9', include: python.map((p) => path.basename(p.dir))}))
  const t0 = Date.now()
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/pyright/index.js'), '--outputjson', '-p', config], {encoding: 'utf8', maxBuffer: 1 << 28})
  const seconds = ((Date.now() - t0) / 1000).toFixed(1)
  let diagnostics
  try {
    const report = JSON.parse(run.stdout)
    // Each package has __init__.py, client.py, errors.py, errors.pyi, models.py, models.pyi and runtime.py: fewer files
    // read means the config missed some.
    if (report.summary.filesAnalyzed >= 7 * python.length) diagnostics = report.generalDiagnostics.filter((d) => d.severity === 'error')
  } catch {
    diagnostics = undefined
  }
  for (const p of python) {
    const r = results.find((x) => x.name === p.name)
    if (!diagnostics) {
      r.problems.push(`pyright did not run over the packages (exit ${run.status}): ${(run.stderr || run.stdout).trim().split('\n').pop()}`)
      continue
    }
    const mine = diagnostics.filter((d) => d.file.startsWith(p.dir + path.sep))
    if (mine.length > 0) r.problems.push(`${mine.length} pyright error(s)`, ...mine.slice(0, 5).map((d) => `    ${path.relative(p.dir, d.file)}:${d.range.start.line + 1}: ${d.message.split('\n')[0]}`))
  }
  console.log(`pyright --strict over ${python.length} Python package(s): ${seconds} s`)
}
for (const r of results) {
  console.log(`${r.name}: ${r.problems.length === 0 ? 'ok' : r.problems[0]}${r.times ? ` (${r.times}; Python: pyright strict)` : ''}`)
  for (const line of r.problems.slice(1)) console.log(line)
}
process.exit(results.some((r) => r.problems.length > 0) ? 1 : 0)

function generate(entry, dir, lang) {
  return spawnSync(process.execPath, [path.join(root, 'bin/run.js'), 'sdk', 'gen', entry, '--out', dir, '--root', specs, '--lang', lang], {encoding: 'utf8', maxBuffer: 1 << 28})
}
