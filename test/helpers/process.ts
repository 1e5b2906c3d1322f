import {spawn} from 'node:child_process'

export interface ProcessResult {
  /** null when the process ended on a signal (SIGKILL at the timeout among them). */
  code: number | null
  stdout: string
  stderr: string
}

export interface ProcessOptions {
  cwd?: string
  /** The whole environment of the child; the test runner's own when left out. */
  env?: NodeJS.ProcessEnv
  /** SIGKILL after this long, so that a hung child fails its test instead of the run. */
  timeoutMs?: number
  /** Written to the child's stdin, then closed; without it the child gets no stdin. */
  stdin?: string
}

/** Runs `cmd args` as a real child process and collects what it prints; rejects only when it cannot be spawned. */
export function runProcess(cmd: string, args: string[], options: ProcessOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      ...(options.cwd === undefined ? {} : {cwd: options.cwd}),
      ...(options.env === undefined ? {} : {env: options.env}),
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    // Both are pipes (stdio above); the types cannot tell once stdin's entry is chosen at run time.
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({code, stdout, stderr})
    })
    if (options.stdin !== undefined) child.stdin?.end(options.stdin)
  })
}
