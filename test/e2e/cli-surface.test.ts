import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {REPO} from '../helpers/cli.js'

// The CLI surface (commands, flags, their options and defaults) is a contract with pipelines: a change to it must
// show up as a deliberate diff of test/fixtures/cli-surface.json. Regenerate with UPDATE_SURFACE=1 npm test.
describe('CLI surface', () => {
  it('matches the committed snapshot', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'oclif.manifest.json'), 'utf8')) as {
      commands: Record<string, {flags: Record<string, {type: string; char?: string; options?: string[]; default?: unknown; multiple?: boolean}>; args: Record<string, unknown>}>
    }
    const surface = Object.fromEntries(
      Object.entries(manifest.commands)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, c]) => [
          id,
          {
            args: Object.keys(c.args),
            flags: Object.fromEntries(
              Object.entries(c.flags)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([name, f]) => [name, {type: f.type, ...(f.char ? {char: f.char} : {}), ...(f.options ? {options: f.options} : {}), ...(f.default !== undefined ? {default: f.default} : {})}]),
            ),
          },
        ]),
    )
    const file = path.join(REPO, 'test/fixtures/cli-surface.json')
    const text = JSON.stringify(surface, null, 2) + '\n'
    if (process.env['UPDATE_SURFACE']) writeFileSync(file, text)
    expect(existsSync(file), 'no snapshot: run with UPDATE_SURFACE=1 once and commit it').toBe(true)
    expect(text).toBe(readFileSync(file, 'utf8'))
  })
})
