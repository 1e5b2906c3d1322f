import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {REPO, SHARED} from '../helpers/cli.js'

// The large specs (09, 12-14, 19, 20) take a minute more: `npm run typecheck:corpus` runs every spec.
const CI_SPECS = ['01', '02', '03', '04', '05', '06', '07', '08', '10', '11', '15', '16', '17', '18']

describe.skipIf(!existsSync(path.join(SHARED, 'specs')))('generated SDKs type-check: TypeScript with tsc --strict, Python with pyright in strict mode', () => {
  it(`for specs ${CI_SPECS.join(', ')} of ../shared/specs`, () => {
    const r = spawnSync(process.execPath, [path.join(REPO, 'scripts/typecheck-corpus.mjs'), ...CI_SPECS], {encoding: 'utf8', timeout: 300_000})
    const lines = r.stdout.trim().split('\n').filter((l) => /^\d\d-/.test(l))
    expect(lines).toHaveLength(CI_SPECS.length)
    expect(lines.filter((l) => !/: ok \(/.test(l)), r.stdout).toEqual([])
    expect(r.status).toBe(0)
  }, 300_000)
})
