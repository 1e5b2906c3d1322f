import path from 'node:path'
import {ApixError} from '../errors.js'
import {loadSpec, type LoadedSpec, type LoadOptions} from '../spec/loader.js'
import {GitRevisionFs, parseGitSide} from './git.js'

export interface SideOptions {
  cwd: string
  load: LoadOptions
  /** What `-` reads (stdin, read by the command). */
  stdinText?: string | undefined
}

/**
 * Loads one side of a diff: a file or folder, `-` (stdin), an https URL (with --allow-remote-refs), or
 * `git:REF:path`, read from the repository without touching the work tree.
 */
export async function loadSide(input: string, options: SideOptions): Promise<LoadedSpec> {
  if (input === '-') {
    if (options.stdinText === undefined) throw new ApixError('`-` reads from stdin, but nothing was read', {hint: 'pipe the document in'})
    return loadSpec('<stdin>', {...options.load, cwd: options.cwd, text: options.stdinText})
  }
  const side = parseGitSide(input)
  if (!side) return loadSpec(input, {...options.load, cwd: options.cwd})
  const fs = await GitRevisionFs.open(side.ref, options.cwd)
  try {
    const relative = /^\.\.?(\/|$)/.test(side.file)
    const entry = relative ? path.resolve(options.cwd, side.file) : path.join(fs.top, side.file)
    const display = (id: string) => (/^https?:/i.test(id) ? id : `git:${side.ref}:${path.relative(fs.top, id)}`)
    return await loadSpec(entry, {
      ...options.load,
      cwd: fs.top,
      fs,
      display,
      root: options.load.root ? path.resolve(options.cwd, options.load.root) : fs.top,
    })
  } catch (error) {
    if (error instanceof ApixError && error.message === 'no such file or folder') {
      throw new ApixError(`no such file or folder in ${side.ref}`, {location: {file: input}, hint: 'paths are from the repository top; start with ./ for one relative to here'})
    }
    throw error
  } finally {
    fs.close()
  }
}
