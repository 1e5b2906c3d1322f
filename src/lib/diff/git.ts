import {execFile, spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import path from 'node:path'
import {ApixError} from '../errors.js'
import type {SpecFs} from '../spec/loader.js'

/**
 * Reads files of one git revision without touching the work tree: `git ls-tree` lists the tree once (with sizes, so
 * the loader's size limit applies before a blob is read) and one `git cat-file --batch` process serves every blob.
 * Paths are the work tree's absolute paths, so `$ref`s and the root folder work as they do on disk. Symbolic links in
 * the tree are not followed.
 */
export class GitRevisionFs implements SpecFs {
  private batch: ChildProcessWithoutNullStreams | undefined
  private queue: Promise<unknown> = Promise.resolve()
  private buffered = Buffer.alloc(0)
  private waiting: (() => void) | undefined

  private constructor(
    readonly top: string,
    readonly ref: string,
    private readonly blobs: Map<string, {sha: string; size: number}>,
    private readonly dirs: Map<string, Set<string>>,
  ) {}

  /** Opens `ref` of the repository holding `cwd`; exit-2 errors name the ref when it is not there. */
  static async open(ref: string, cwd: string): Promise<GitRevisionFs> {
    if (ref === '' || ref.startsWith('-')) throw new ApixError(`"${ref}" is not a git revision`, {hint: 'write git:REF:path, e.g. git:origin/main:openapi.yaml'})
    let top: string
    try {
      top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim()
    } catch {
      throw new ApixError('not inside a git repository', {location: {file: cwd}, hint: 'run apix diff from the repository, or compare files'})
    }
    try {
      await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd)
    } catch {
      throw new ApixError(`unknown git revision "${ref}"`, {hint: 'check the branch, tag or commit (fetch it first in a shallow CI clone)'})
    }
    const listing = await git(['ls-tree', '-r', '-z', '--long', '--full-tree', '--end-of-options', ref], cwd, 256 * 1024 * 1024)
    const blobs = new Map<string, {sha: string; size: number}>()
    const dirs = new Map<string, Set<string>>()
    for (const entry of listing.split('\0')) {
      if (entry === '') continue
      const tab = entry.indexOf('\t')
      const [mode, type, sha, size] = entry.slice(0, tab).split(/\s+/)
      if (type !== 'blob' || mode === '120000' || sha === undefined) continue
      const file = path.join(top, entry.slice(tab + 1))
      blobs.set(file, {sha, size: Number(size)})
      for (let child = file, dir = path.dirname(file); child !== top && dir.length >= top.length; child = dir, dir = path.dirname(dir)) {
        let names = dirs.get(dir)
        if (!names) dirs.set(dir, (names = new Set()))
        if (names.has(path.basename(child))) break
        names.add(path.basename(child))
      }
    }
    return new GitRevisionFs(top, ref, blobs, dirs)
  }

  async realpath(file: string): Promise<string> {
    const p = path.resolve(file)
    if (this.blobs.has(p) || this.dirs.has(p) || p === this.top) return p
    throw Object.assign(new Error(`${p} is not in ${this.ref}`), {code: 'ENOENT'})
  }

  async stat(file: string): Promise<{size: number; isDirectory(): boolean}> {
    const p = await this.realpath(file)
    const blob = this.blobs.get(p)
    return {size: blob?.size ?? 0, isDirectory: () => blob === undefined}
  }

  async readdir(dir: string): Promise<string[]> {
    return [...(this.dirs.get(path.resolve(dir)) ?? [])].sort()
  }

  readFile(file: string): Promise<string> {
    const blob = this.blobs.get(path.resolve(file))
    if (!blob) return Promise.reject(Object.assign(new Error(`${file} is not in ${this.ref}`), {code: 'ENOENT'}))
    // One request at a time on the batch process: its answers come back in order.
    const next = this.queue.then(() => this.read(blob.sha, blob.size))
    this.queue = next.catch(() => undefined)
    return next
  }

  close(): void {
    this.batch?.stdin.end()
    this.batch = undefined
  }

  private async read(sha: string, size: number): Promise<string> {
    if (!this.batch) {
      this.batch = spawn('git', ['cat-file', '--batch'], {cwd: this.top, stdio: ['pipe', 'pipe', 'pipe']})
      this.batch.stdout.on('data', (chunk: Buffer) => {
        this.buffered = Buffer.concat([this.buffered, chunk])
        this.waiting?.()
      })
      this.batch.on('close', () => this.waiting?.())
    }
    this.batch.stdin.write(sha + '\n')
    // Header "<sha> blob <size>\n", then the content and a newline.
    for (;;) {
      const nl = this.buffered.indexOf(10)
      if (nl >= 0 && this.buffered.length >= nl + 1 + size + 1) {
        const text = this.buffered.subarray(nl + 1, nl + 1 + size).toString('utf8')
        this.buffered = this.buffered.subarray(nl + 1 + size + 1)
        return text
      }
      if (!this.batch || this.batch.exitCode !== null) throw new Error('git cat-file ended early')
      await new Promise<void>((resolve) => (this.waiting = resolve))
      this.waiting = undefined
    }
  }
}

function git(args: string[], cwd: string, maxBuffer = 16 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, {cwd, maxBuffer, encoding: 'utf8'}, (error, stdout) => (error ? reject(error) : resolve(stdout)))
  })
}

/** `git:REF:path` -> its parts; the path is from the repository's top unless it starts with `./` or `../`. */
export function parseGitSide(input: string): {ref: string; file: string} | undefined {
  const m = /^git:(.+?):(.*)$/.exec(input)
  if (!m) return undefined
  return {ref: m[1]!, file: m[2]!}
}
