#!/usr/bin/env node
// Bundles each compiled command (dist/commands/**) with the library code it imports into one module, in place, and
// bin/run.js's entry (dist/cli/main.js) with @oclif/core.
// Why: Node resolves, reads and links ~150 ES modules for `apix lint` (one per rule), which cost ~70 ms of every run
// on Node 20, where the module compile cache does not exist; @oclif/core is another ~160 CommonJS files (~120 ms to
// require, ~70 ms as one file). It goes into a chunk shared by the entry and the commands, so there is one copy of
// its Command class. Other packages in node_modules stay external, and dynamic imports (output formats, js-yaml)
// become lazy chunks. dist/lib stays as tsc wrote it, for the worker threads.
import {build} from 'esbuild'
import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const commands = path.join(root, 'dist/commands')
const entries = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) {
      walk(file)
    } else if (name.endsWith('.js')) entries.push(file)
  }
}
walk(commands)
entries.push(path.join(root, 'dist/cli/main.js'))

// @oclif/core and what it requires are bundled; every other package stays in node_modules. TypeScript, ts-node and
// tsx are what oclif would load to run a plugin's TypeScript sources in development, which a built apix never does.
const oclifOnly = {
  name: 'bundle-oclif-only',
  setup(b) {
    b.onResolve({filter: /^[^./]/}, (args) => {
      if (/^(?:typescript|ts-node|tsx)(?:\/|$)/.test(args.path)) return {external: true}
      const fromPackage = args.importer.split(path.sep).includes('node_modules')
      return fromPackage || args.path === '@oclif/core' || args.path.startsWith('@oclif/core/') ? undefined : {external: true}
    })
  },
}
await build({
  entryPoints: entries,
  // Chunks go to dist/chunks: oclif takes every file under dist/commands for a command.
  outdir: path.join(root, 'dist'),
  outbase: path.join(root, 'dist'),
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [oclifOnly],
  // oclif is CommonJS: its require() calls (node: modules, JSON) need a require in an ES module.
  banner: {js: "import {createRequire as __apixCreateRequire} from 'node:module';\nconst require = __apixCreateRequire(import.meta.url);"},
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
})
