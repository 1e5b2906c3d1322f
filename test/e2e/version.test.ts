import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {apix, BIN, REPO} from '../helpers/cli.js'
import {runProcess} from '../helpers/process.js'

const dir = mkdtempSync(path.join(tmpdir(), 'apix-version-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

// A module hook that refuses to load oclif (the package, or bin/run.js's bundle of it, dist/cli/main.js): what runs
// under it provably does without oclif.
writeFileSync(
  path.join(dir, 'hooks.mjs'),
  "export async function resolve(specifier, context, next) {\n  if (specifier === '@oclif/core' || specifier.endsWith('/cli/main.js')) throw new Error('oclif was loaded')\n  return next(specifier, context)\n}\n",
)
writeFileSync(path.join(dir, 'register.mjs'), "import {register} from 'node:module'\nregister('./hooks.mjs', import.meta.url)\n")
const withoutOclif = (args: string[]) => runProcess(process.execPath, ['--import', path.join(dir, 'register.mjs'), BIN, ...args], {cwd: REPO})

describe('apix --version', () => {
  it("answers without loading oclif, with exactly the line oclif's own --version prints", async () => {
    const fast = await withoutOclif(['--version'])
    expect(fast.stderr).toBe('')
    expect(fast.code).toBe(0)
    // The hook does refuse oclif: any other command fails under it.
    expect((await withoutOclif(['lint', '--help'])).stderr).toMatch(/oclif was loaded/)
    const script = `const {execute} = await import('@oclif/core'); await execute({dir: ${JSON.stringify(new URL(`file://${BIN}`).href)}, args: ['--version']})`
    const oclif = await runProcess(process.execPath, ['--input-type=module', '-e', script], {cwd: REPO})
    expect(oclif.code).toBe(0)
    expect(fast.stdout).toBe(oclif.stdout)
    expect(fast.stdout).toMatch(/^apix\/\d+\.\d+\.\d+ \S+-\S+ node-v\d+/)
  })

  it('exits 0 without a stack trace when the reader closes the pipe at once', async () => {
    // `true` exits without reading: the write meets a closed pipe (EPIPE), which must not surface as an error.
    for (let i = 0; i < 3; i++) {
      const r = await runProcess('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" --version | true`], {cwd: REPO})
      expect(r.stderr).toBe('')
    }
    expect((await apix(['--version'])).code).toBe(0)
  })
})
