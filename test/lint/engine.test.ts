import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadConfig} from '../../src/lib/config/config.js'
import {ApixError} from '../../src/lib/errors.js'
import {fingerprint, lintSpec} from '../../src/lib/lint/engine.js'
import {baselineText, loadIgnoreFile} from '../../src/lib/lint/ignore.js'
import {loadSpec} from '../../src/lib/spec/loader.js'
import {writeTree} from '../helpers/rule.js'

const dup = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get: {operationId: same, responses: {'200': {description: ok}}}
  /b:
    get: {operationId: same, responses: {'200': {description: ok}}}
`

async function lintDir(dir: string, today = new Date('2026-06-01')) {
  const config = await loadConfig({cwd: dir})
  const ignores = await loadIgnoreFile('.apix-ignore.yaml', dir, false)
  const spec = await loadSpec('openapi.yaml', {cwd: dir})
  return lintSpec(spec, {config, ignores, today, only: ['operation-id-unique']})
}

describe('fingerprint', () => {
  it('is the first 20 hex digits of SHA-256 over rule id, file and pointer: baselines written before stay valid', () => {
    // Pinned: a change of algorithm would orphan every .apix-ignore.yaml entry.
    expect(fingerprint('operation-operationid', 'openapi.yaml', '/paths/~1pets/get')).toBe(createHash('sha256').update('operation-operationid\0openapi.yaml\0/paths/~1pets/get').digest('hex').slice(0, 20))
    expect(fingerprint('a', 'b', '/c')).toBe('d26c17681c15048a17e5')
  })
})

describe('config', () => {
  it('an unknown rule id is a usage error naming the config line and the closest ids', async () => {
    const dir = writeTree({'openapi.yaml': dup, 'apix.config.yaml': 'lint:\n  rules:\n    operation-id-uniq: off\n'})
    const config = await loadConfig({cwd: dir})
    const spec = await loadSpec('openapi.yaml', {cwd: dir})
    const error = (() => {
      try {
        lintSpec(spec, {config})
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ApixError)
    expect((error as ApixError).toLine()).toMatch(/^apix\.config\.yaml:3:5: unknown rule `operation-id-uniq` \(did you mean operation-id-unique/)
  })

  it('a malformed lint section names the key and line', async () => {
    const dir = writeTree({'apix.config.yaml': 'lint:\n  extends: [recommended]\n  rulez: {}\n'})
    await expect(loadConfig({cwd: dir})).rejects.toThrow(/unknown key `lint.rulez`/)
    const error = await loadConfig({cwd: dir}).catch((e: unknown) => e)
    expect((error as ApixError).toLine()).toMatch(/^apix\.config\.yaml:3:3:/)
  })

  it('rule severities and per-file/per-pointer overrides apply', async () => {
    const dir = writeTree({
      'openapi.yaml': dup,
      'apix.config.yaml': `lint:
  extends: spec
  rules:
    operation-id-unique: warning
  overrides:
    - files: ['openapi.yaml#/paths/~1b']
      rules: {operation-id-unique: info}
`,
    })
    const config = await loadConfig({cwd: dir})
    const report = lintSpec(await loadSpec('openapi.yaml', {cwd: dir}), {config})
    const r = report.results.filter((x) => x.ruleId === 'operation-id-unique')
    expect(r.map((x) => [x.pointer, x.severity])).toEqual([['/paths/~1b/get/operationId', 'info']])
  })

  it('--config names a file elsewhere; no upward search', async () => {
    const dir = writeTree({'apix.config.yaml': 'lint: {extends: all}\n', 'sub/x.txt': ''})
    expect((await loadConfig({cwd: path.join(dir, 'sub')})).file).toBeUndefined()
    expect((await loadConfig({cwd: path.join(dir, 'sub'), file: '../apix.config.yaml'})).lint.extends).toEqual(['all'])
  })
})

describe('ignore file', () => {
  it('an entry survives an edit above its finding; expired entries are reported and stop ignoring', async () => {
    const dir = writeTree({'openapi.yaml': dup})
    const first = await lintDir(dir)
    expect(first.results).toHaveLength(1)
    const line = first.results[0]!.line
    writeFileSync(path.join(dir, '.apix-ignore.yaml'), baselineText(first.results.map((r, i) => ({...r, fingerprint: first.fingerprints[i]!})), 'known duplicate'))

    // Ten lines added above the finding move it down; the fingerprint (rule, file, pointer) does not move.
    const text = readFileSync(path.join(dir, 'openapi.yaml'), 'utf8').replace('paths:\n', 'x-notes:\n' + '  - note\n'.repeat(10) + 'paths:\n')
    writeFileSync(path.join(dir, 'openapi.yaml'), text)
    const second = await lintDir(dir)
    expect(second.results).toHaveLength(0)
    expect(second.summary.ignored).toBe(1)

    const withExpiry = readFileSync(path.join(dir, '.apix-ignore.yaml'), 'utf8').replace('reason:', 'expires: 2026-01-31\n    reason:')
    writeFileSync(path.join(dir, '.apix-ignore.yaml'), withExpiry)
    const third = await lintDir(dir)
    expect(third.results).toHaveLength(1)
    expect(third.results[0]!.line).toBe(line + 11)
    expect(third.expiredIgnores).toMatchObject([{ruleId: 'operation-id-unique', expires: '2026-01-31'}])
  })

  it('a malformed entry is a usage error naming it', async () => {
    const dir = writeTree({'.apix-ignore.yaml': 'ignore:\n  - fingerprint: abc\n'})
    await expect(loadIgnoreFile('.apix-ignore.yaml', dir, false)).rejects.toThrow(/entry has no reason/)
  })
})
