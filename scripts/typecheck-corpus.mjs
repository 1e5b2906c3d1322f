#!/usr/bin/env node
// npm run typecheck:corpus: generates the TypeScript SDK of every spec in ../shared/specs and type-checks it with
// `tsc --strict --noEmit` (TypeScript 7's native compiler). Prints one line per spec and exits 1 if any fails.
// `node scripts/typecheck-corpus.mjs 01 07` limits the run to specs whose name starts with those prefixes.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, rmSync} from 'node:fs'
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
let failed = 0
for (const name of readdirSync(specs).sort()) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue
  const entry = path.join(specs, name, ENTRIES[name] ?? '')
  const dir = path.join(out, name.split('.')[0])
  rmSync(dir, {recursive: true, force: true})
  const t0 = Date.now()
  const gen = spawnSync(process.execPath, [path.join(root, 'bin/run.js'), 'sdk', 'gen', entry, '--out', dir, '--root', specs], {encoding: 'utf8', maxBuffer: 1 << 28})
  const t1 = Date.now()
  if (gen.status !== 0) {
    failed++
    console.log(`${name}: generation failed (exit ${gen.status}): ${gen.stderr.trim().split('\n').pop()}`)
    continue
  }
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript-7/bin/tsc'), '--strict', '--noEmit', '-p', dir], {encoding: 'utf8', maxBuffer: 1 << 28})
  const t2 = Date.now()
  const errors = (tsc.stdout.match(/error TS\d+/g) ?? []).length
  if (tsc.status !== 0) failed++
  console.log(`${name}: ${tsc.status === 0 ? 'ok' : `${errors} type error(s)`} (generate ${((t1 - t0) / 1000).toFixed(1)} s, tsc ${((t2 - t1) / 1000).toFixed(1)} s)`)
  if (tsc.status !== 0) console.log(tsc.stdout.split('\n').slice(0, 5).map((l) => '    ' + l).join('\n'))
}
process.exit(failed > 0 ? 1 : 0)
