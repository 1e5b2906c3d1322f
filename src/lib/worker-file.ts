import {existsSync} from 'node:fs'

/**
 * A worker thread's module as the build leaves it in dist/lib (tsc output, kept for workers: see scripts/bundle.mjs),
 * found from the calling module's URL wherever that module is: dist/lib itself, a bundled command in dist/commands, or
 * a chunk in dist/chunks. Undefined from the TypeScript sources (tests), where no worker exists as JavaScript: callers
 * then do the work in-process.
 */
export function builtWorker(from: string, relative: string): URL | undefined {
  const dir = new URL('.', from).href
  const at = dir.lastIndexOf('/dist/')
  if (at === -1) return undefined
  const url = new URL(`lib/${relative}`, dir.slice(0, at + '/dist/'.length))
  return existsSync(url) ? url : undefined
}
