import {spawn} from 'node:child_process'
import path from 'node:path'
import {expect} from 'vitest'
import {fileURLToPath} from 'node:url'

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const BIN = path.join(REPO, 'bin/run.js')
export const SHARED = path.resolve(REPO, '../shared')

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

/** The environment of a user's shell: no colour, no FORCE_COLOR (Node warns when both are set), no test runner's NODE_ENV. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', ...extra}
  if (extra['FORCE_COLOR'] === undefined) delete env['FORCE_COLOR']
  if (extra['NODE_ENV'] === undefined) delete env['NODE_ENV']
  return env
}

/** Runs `bin/run.js` as a real child process (the build must be current: `npm test` builds first). */
export function apix(args: string[], options: {cwd?: string; input?: string; env?: Record<string, string>; timeoutMs?: number} = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const start = Date.now()
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO,
      env: childEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({code, stdout, stderr, ms: Date.now() - start})
    })
    if (options.input !== undefined) child.stdin.end(options.input)
    else child.stdin.end()
  })
}

/** A hostile input ends in exit 2 with one clear line on stderr matching `pattern`, no stack trace, within 5 s. */
export function expectRefused(r: CliResult, pattern: RegExp): void {
  expect(r.code).toBe(2)
  const lines = r.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(pattern)
  expect(r.stderr).not.toMatch(/\n\s+at /)
  expect(r.ms).toBeLessThan(5000)
}
