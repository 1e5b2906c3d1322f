import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {emptyConfig, type ApixConfig} from '../../src/lib/config/config.js'
import {lintSpec} from '../../src/lib/lint/engine.js'
import {getRule} from '../../src/lib/lint/registry.js'
import type {LintResult} from '../../src/lib/lint/types.js'
import {loadSpec} from '../../src/lib/spec/loader.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, {recursive: true, force: true})
})

/** Writes `files` (name -> text) into a fresh temp folder and returns it. The first file is the entry. */
export function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'apix-rule-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

/** Lints a document (one YAML/JSON text, or several files, the first being the entry) with only `ruleId` on. */
export async function lintWith(ruleId: string, doc: string | Record<string, string>, config?: (c: ApixConfig) => void): Promise<LintResult[]> {
  const files = typeof doc === 'string' ? {'openapi.yaml': doc} : doc
  const dir = writeTree(files)
  const spec = await loadSpec(Object.keys(files)[0]!, {cwd: dir})
  const cfg = emptyConfig(dir)
  config?.(cfg)
  return lintSpec(spec, {config: cfg, only: [ruleId]}).results
}

export interface RuleCase {
  name: string
  /** The document: one text (openapi.yaml) or files by name, the entry first. */
  doc: string | Record<string, string>
  /** Expected findings: pointer (and optionally file and a message fragment) of each, in order. */
  errors: Array<string | {pointer: string; file?: string; message?: RegExp; line?: number}>
  config?: (c: ApixConfig) => void
}

/** The OpenAPI version of a case's entry document, from its `swagger` or `openapi` field. */
function versionOf(doc: RuleCase['doc']): string | undefined {
  const text = typeof doc === 'string' ? doc : (Object.values(doc)[0] ?? '')
  if (/["']?swagger["']?\s*:\s*["']?2\.0/.test(text)) return '2.0'
  return /["']?openapi["']?\s*:\s*["']?(3\.[01])/.exec(text)?.[1]
}

/**
 * Spectral-style table test: every case runs the rule alone and compares the findings' pointers. `cannotFire` names
 * the versions the rule applies to where nothing can make it fire, each with the reason (checked: they need no
 * invalid case).
 */
export function testRule(ruleId: string, cases: RuleCase[], cannotFire: Partial<Record<'2.0' | '3.0' | '3.1', string>> = {}): void {
  describe(ruleId, () => {
    it('is registered with id, description, docs and a default severity', () => {
      const rule = getRule(ruleId)
      expect(rule, `rule ${ruleId} is not in the registry`).toBeDefined()
      expect(rule!.description.length).toBeGreaterThan(10)
      expect(rule!.docs).toMatch(/^https:\/\//)
    })
    it('has at least one valid and one invalid case', () => {
      expect(cases.some((c) => c.errors.length === 0)).toBe(true)
      expect(cases.some((c) => c.errors.length > 0)).toBe(true)
    })
    it('has a case for every OpenAPI version it applies to (their shapes differ), and one that fires', () => {
      const covered = new Set(cases.map((c) => versionOf(c.doc)))
      const firing = new Set(cases.filter((c) => c.errors.length > 0).map((c) => versionOf(c.doc)))
      for (const v of getRule(ruleId)?.versions ?? ['2.0', '3.0', '3.1']) {
        expect(covered.has(v), `no case is an OpenAPI ${v} document`).toBe(true)
        if (cannotFire[v as keyof typeof cannotFire] === undefined) expect(firing.has(v), `no case of an OpenAPI ${v} document expects a finding`).toBe(true)
      }
    })
    for (const c of cases) {
      it(c.name, async () => {
        const results = await lintWith(ruleId, c.doc, c.config)
        for (const r of results) expect(r.ruleId).toBe(ruleId)
        expect(results.map((r) => r.pointer)).toEqual(c.errors.map((e) => (typeof e === 'string' ? e : e.pointer)))
        c.errors.forEach((e, i) => {
          if (typeof e === 'string') return
          if (e.file) expect(results[i]!.file).toBe(e.file)
          if (e.message) expect(results[i]!.message).toMatch(e.message)
          if (e.line) expect(results[i]!.line).toBe(e.line)
        })
      })
    }
  })
}
