import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {PRESET_NAMES, presetRules} from '../../src/lib/lint/presets/index.js'
import {allRules} from '../../src/lib/lint/registry.js'
import {REPO} from '../helpers/cli.js'

describe('rule registry', () => {
  const rules = allRules()

  it('every rule has a unique kebab-case id matching its file, a description, docs and its own test file', () => {
    const ids = new Set<string>()
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(ids.has(r.id), r.id).toBe(false)
      ids.add(r.id)
      expect(existsSync(path.join(REPO, 'src/lib/lint/rules', `${r.id}.ts`)), `${r.id}: file name`).toBe(true)
      expect(existsSync(path.join(REPO, 'test/lint/rules', `${r.id}.test.ts`)), `${r.id}: test file`).toBe(true)
      expect(r.description.length, r.id).toBeGreaterThan(20)
      expect(r.docs, r.id).toMatch(/^https:\/\//)
    }
  })

  it('has at least 60 OpenAPI style and correctness rules and 25 API Gateway rules citing AWS docs', () => {
    expect(rules.filter((r) => r.category !== 'gateway').length).toBeGreaterThanOrEqual(60)
    const gateway = rules.filter((r) => r.category === 'gateway')
    expect(gateway.length).toBeGreaterThanOrEqual(25)
    for (const r of gateway) expect(r.docs, r.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//)
  })

  it('presets name only registered rules; spec holds only spec rules; all is every rule at its default', () => {
    const ids = new Set(rules.map((r) => r.id))
    for (const name of PRESET_NAMES) for (const id of presetRules(name).keys()) expect(ids.has(id), `${name}: ${id}`).toBe(true)
    for (const id of presetRules('spec').keys()) expect(rules.find((r) => r.id === id)!.category, id).toBe('spec')
    for (const r of rules.filter((x) => x.category === 'spec')) expect(presetRules('spec').get(r.id), r.id).toBe('error')
    expect([...presetRules('all')]).toEqual(rules.map((r) => [r.id, r.defaultSeverity]))
  })

  it('the generated registry index and rules table are current', () => {
    execFileSync(process.execPath, [path.join(REPO, 'scripts/gen-registry.mjs'), '--check'])
    execFileSync(process.execPath, [path.join(REPO, 'scripts/gen-docs.mjs'), '--check'])
  })
})
