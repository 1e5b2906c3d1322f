import {describe, expect, it} from 'vitest'
import {apix, BIN, REPO} from '../helpers/cli.js'
import {runProcess} from '../helpers/process.js'

describe('apix --version', () => {
  it("answers without oclif, with exactly the line oclif's own --version prints", async () => {
    const fast = await apix(['--version'])
    expect(fast.code).toBe(0)
    expect(fast.stderr).toBe('')
    const script = `const {execute} = await import('@oclif/core'); await execute({dir: ${JSON.stringify(new URL(`file://${BIN}`).href)}, args: ['--version']})`
    const oclif = await runProcess(process.execPath, ['--input-type=module', '-e', script], {cwd: REPO})
    expect(oclif.code).toBe(0)
    expect(fast.stdout).toBe(oclif.stdout)
    expect(fast.stdout).toMatch(/^apix\/\d+\.\d+\.\d+ \S+-\S+ node-v\d+/)
  })
})
