import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {apix, REPO} from '../../helpers/cli.js'

const dir = path.join(REPO, 'test/fixtures/changelog')
const golden = (name: string) => readFileSync(path.join(dir, name), 'utf8')

describe('apix changelog (golden files in test/fixtures/changelog)', () => {
  it('prints breaking, deprecated, added and changed sections as Markdown', async () => {
    const r = await apix(['changelog', 'base.yaml', 'revision.yaml', '--format', 'markdown'], {cwd: dir})
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(golden('expected.md'))
  })

  it('and as plain text', async () => {
    const r = await apix(['changelog', 'base.yaml', 'revision.yaml'], {cwd: dir})
    expect(r.stdout).toBe(golden('expected.txt'))
  })

  it('says so when nothing changed', async () => {
    const r = await apix(['changelog', 'base.yaml', 'base.yaml'], {cwd: dir})
    expect(r.stdout).toBe('API changes: base.yaml → base.yaml\n==================================\n\nNo changes.\n')
  })
})
