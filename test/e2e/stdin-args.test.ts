import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {apix, REPO} from '../helpers/cli.js'

const dir = mkdtempSync(path.join(tmpdir(), 'apix-stdin-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const petstore = readFileSync(path.join(REPO, 'examples/petstore/openapi.yaml'), 'utf8')

// oclif takes a missing argument from piped stdin unless told not to: `cat spec.yaml | apix lint` would then name a
// "file" called after the document's text. Stdin is read only when asked for, with `-`.
describe('piped stdin', () => {
  it('is not taken as a missing argument', async () => {
    const r = await apix(['lint'], {cwd: dir, input: petstore})
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/no spec to lint/)
    expect(r.stderr).not.toMatch(/openapi: 3/)
    const sdk = await apix(['sdk', 'gen', '--out', path.join(dir, 'sdk')], {cwd: dir, input: petstore})
    expect(sdk.code).toBe(2)
    expect(sdk.stderr).toMatch(/Missing 1 required arg/)
  })

  it('is read for -', async () => {
    const r = await apix(['lint', '-', '--format', 'json'], {cwd: dir, input: petstore})
    expect(r.code, r.stderr).toBe(0)
    expect((JSON.parse(r.stdout) as {summary: {files: number}}).summary.files).toBe(1)
  })
})
