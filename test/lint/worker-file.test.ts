import {existsSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {builtWorker} from '../../src/lib/worker-file.js'

const dist = path.resolve(__dirname, '../../dist')

describe('builtWorker', () => {
  it.skipIf(!existsSync(path.join(dist, 'lib/lint/worker.js')))('finds dist/lib/<worker> from dist/lib, a bundled command (nested too) or a chunk', () => {
    const want = pathToFileURL(path.join(dist, 'lib/lint/worker.js')).href
    for (const from of ['lib/lint/run.js', 'commands/lint.js', 'commands/sdk/gen.js', 'chunks/chunk-X.js']) {
      expect(builtWorker(pathToFileURL(path.join(dist, from)).href, 'lint/worker.js')?.href).toBe(want)
    }
    expect(builtWorker(pathToFileURL(path.join(dist, 'chunks/chunk-X.js')).href, 'lint/no-such-worker.js')).toBeUndefined()
  })

  it('finds nothing from the TypeScript sources, even under a folder named dist', () => {
    expect(builtWorker(import.meta.url, 'lint/worker.js')).toBeUndefined()
    expect(builtWorker('file:///home/me/dist/apix/src/lib/lint/run.ts', 'lint/worker.js')).toBeUndefined()
  })
})
