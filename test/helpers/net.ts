import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import {createServer} from 'node:net'
import path from 'node:path'
import {REPO} from './cli.js'

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export const PRISM = path.join(REPO, 'node_modules/.bin/prism')
export const HAS_PRISM = existsSync(PRISM)

export interface Prism {
  baseUrl: string
  /** What Prism printed so far (for failure messages). */
  log(): string
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>
}

/**
 * Starts `prism mock SPEC` on a free loopback port and waits until it answers `probe` (any status), at most 30 s in
 * 100 ms steps. The test that starts it stops it.
 */
export async function startPrism(spec: string, probe: string): Promise<Prism> {
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  let log = ''
  const child: ChildProcess = spawn(PRISM, ['mock', spec, '-h', '127.0.0.1', '-p', String(port)], {stdio: ['ignore', 'pipe', 'pipe']})
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`prism exited: ${log}`)
    if (await fetch(`${baseUrl}${probe}`).then(() => true, () => false)) return {baseUrl, log: () => log, stop}
    await new Promise((r) => setTimeout(r, 100))
  }
  await stop()
  throw new Error(`prism did not start: ${log}`)
}
