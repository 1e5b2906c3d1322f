import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {freePort} from './net.js'

/** Whether moto (the AWS control-plane emulator) is installed for the machine's python3. */
export const HAS_MOTO = spawnSync('python3', ['-c', 'import moto.server'], {stdio: 'ignore'}).status === 0

export interface Moto {
  endpoint: string
  stop(): Promise<void>
}


/** Starts `python3 -m moto.server` on a free loopback port and waits (at most 20 s) until it answers. */
export async function startMoto(): Promise<Moto> {
  const port = await freePort()
  const child: ChildProcess = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {stdio: 'ignore'})
  const endpoint = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`${endpoint}/moto-api/`, {signal: AbortSignal.timeout(500)})
      if (r.status < 500) return {endpoint, stop}
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 100))
  }
  await stop()
  throw new Error('moto did not start')
}

/** Credentials and region moto accepts, for SDK clients in tests. */
export const MOTO_ENV = {AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1'}
