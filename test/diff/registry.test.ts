import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {FAMILIES} from '../../src/lib/diff/checks/index.js'
import {allChecks} from '../../src/lib/diff/registry.js'
import {REPO} from '../helpers/cli.js'

describe('diff check registry', () => {
  it('lists every family file of src/lib/diff/checks, each with a fixture test file of its own', () => {
    const files = readdirSync(path.join(REPO, 'src/lib/diff/checks')).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''))
    expect(FAMILIES.map((f) => f.name).sort()).toEqual(files.sort())
    for (const f of files) expect(existsSync(path.join(REPO, 'test/diff/checks', `${f}.test.ts`)), f).toBe(true)
  })

  it('has at least 250 checks with stable kebab-case ids, a severity, a description and no duplicates', () => {
    const checks = allChecks()
    expect(checks.length).toBeGreaterThanOrEqual(250)
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length)
    for (const c of checks) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(['error', 'warning', 'info']).toContain(c.severity)
      expect(c.description.length).toBeGreaterThan(10)
    }
  })
})
