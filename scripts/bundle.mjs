#!/usr/bin/env node
// Bundles each compiled command (dist/commands/**) with the library code it imports into one module, in place.
// Why: Node resolves, reads and links ~150 ES modules for `apix lint` (one per rule), which cost ~70 ms of every run
// on Node 20, where the module compile cache does not exist. Packages in node_modules stay external, and dynamic
// imports (output formats, js-yaml) become lazy chunks. dist/lib stays as tsc wrote it, for the lint worker threads.
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
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
})
