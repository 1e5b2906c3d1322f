import {Config} from '@oclif/core'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {ApixCommand} from '../../src/cli/base.js'
import {ApixError} from '../../src/lib/errors.js'
import {REPO} from '../helpers/cli.js'

/** A command whose run() throws what the test gives it: the exit-code contract lives in ApixCommand.catch. */
function commandThrowing(error: Error, argv: string[] = []) {
  class Throws extends ApixCommand {
    async run(): Promise<void> {
      throw error
    }
  }
  return async () => {
    const config = await Config.load(REPO)
    const cmd = new Throws(argv, config)
    let stderr = ''
    let stdout = ''
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true))
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true))
    try {
      await (cmd as unknown as {_run(): Promise<unknown>})._run()
    } finally {
      err.mockRestore()
      out.mockRestore()
    }
    const code = process.exitCode
    process.exitCode = 0
    return {stderr, stdout, code}
  }
}

describe('exit codes', () => {
  afterEach(() => {
    process.exitCode = 0
  })

  it('an unexpected error is exit 3, "please report", no stack unless --verbose', async () => {
    const quiet = await commandThrowing(new TypeError('boom'))()
    expect(quiet.code).toBe(3)
    expect(quiet.stderr).toMatch(/^apix: unexpected error: boom\nThis is a bug in apix: please report it/)
    expect(quiet.stderr).not.toMatch(/\n\s+at /)
    const loud = await commandThrowing(new TypeError('boom'), ['--verbose'])()
    expect(loud.code).toBe(3)
    expect(loud.stderr).toMatch(/\n\s+at /)
  })

  it('an input error is exit 2 with one line; under --json its JSON goes to stdout', async () => {
    const r = await commandThrowing(new ApixError('bad thing', {location: {file: 'a.yaml', line: 3, column: 4}, hint: 'fix it'}), ['--json'])()
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('apix: a.yaml:3:4: bad thing (fix it)\n')
    expect(JSON.parse(r.stdout)).toEqual({error: {message: 'bad thing', hint: 'fix it', location: {file: 'a.yaml', line: 3, column: 4}, exitCode: 2}})
  })
})
