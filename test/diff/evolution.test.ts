import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {diffSpecs} from '../../src/lib/diff/diff.js'
import {loadSpec} from '../../src/lib/spec/loader.js'
import {REPO, SHARED} from '../helpers/cli.js'

/**
 * Real version pairs from ../shared/evolution. Each fixture lists the breaking changes verified by reading the two
 * files (check id, one operation it is reported on, and the pointers on both sides, with why). apix must report each
 * of them at `error`, and every `error` it reports must be one of them: no breaking change nobody could justify.
 */
interface Expected {
  pair: string
  base: string
  revision: string
  errors: Array<{id: string; operation: string | null; basePointer: string | null; revisionPointer: string | null; why: string}>
}

const fixtures = path.join(REPO, 'test/fixtures/evolution')
const key = (id: string, base: string | null, revision: string | null) => `${id} ${base ?? '-'} ${revision ?? '-'}`

describe.skipIf(!existsSync(path.join(SHARED, 'evolution')))('apix diff on real version pairs', () => {
  for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.json')).sort()) {
    const expected = JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as Expected
    it(`${expected.pair}: every verified breaking change at error, and no other error`, async () => {
      const dir = path.join(SHARED, 'evolution', expected.pair)
      const [a, b] = await Promise.all([loadSpec(path.join(dir, expected.base), {cwd: dir}), loadSpec(path.join(dir, expected.revision), {cwd: dir})])
      const report = diffSpecs(a, b, {today: '2026-01-01'})
      const errors = report.changes.filter((c) => c.severity === 'error')
      const found = new Set(errors.map((c) => `${key(c.id, c.base?.pointer ?? null, c.revision?.pointer ?? null)} @ ${c.operation}`))
      const missing = expected.errors.filter((e) => !found.has(`${key(e.id, e.basePointer, e.revisionPointer)} @ ${e.operation}`))
      expect(missing, 'verified breaking changes apix no longer reports').toEqual([])
      const justified = new Set(expected.errors.map((e) => key(e.id, e.basePointer, e.revisionPointer)))
      const unjustified = [...new Set(errors.filter((c) => !justified.has(key(c.id, c.base?.pointer ?? null, c.revision?.pointer ?? null))).map((c) => `${c.id}: ${c.operation}: ${c.message}`))]
      expect(unjustified, 'errors no one verified').toEqual([])
    }, 60_000)
  }
})
