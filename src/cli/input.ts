import {Args, Flags} from '@oclif/core'
import {ApixError} from '../lib/errors.js'
import {DEFAULT_LIMITS, type SpecLimits} from '../lib/spec/limits.js'

/**
 * A command's document argument. oclif fills a missing argument from piped stdin: `cat spec.yaml | apix lint` would
 * look for a file named after the document's text, so stdin is read only when the argument is `-`.
 */
export function inputArg(description: string) {
  return Args.string({description, ignoreStdin: true})
}

/** inputArg that must be given. */
export function requiredInputArg(description: string) {
  return Args.string({description, required: true, ignoreStdin: true})
}

/** Flags of every command that reads a spec. */
export const specFlags = {
  'allow-remote-refs': Flags.boolean({description: 'Follow $refs to http(s) URLs (off: specs are untrusted input).'}),
  'max-file-size': Flags.integer({description: `Largest file read, in MB (default ${DEFAULT_LIMITS.maxFileSize / 1024 / 1024}).`, min: 1}),
  root: Flags.string({description: 'Folder no local $ref may leave (default: the current folder, or the spec\'s folder when the spec is outside it).'}),
}

export function loadOptions(flags: {'allow-remote-refs'?: boolean; 'max-file-size'?: number | undefined; root?: string | undefined}) {
  const limits: Partial<SpecLimits> = flags['max-file-size'] ? {maxFileSize: flags['max-file-size'] * 1024 * 1024} : {}
  return {allowRemoteRefs: Boolean(flags['allow-remote-refs']), limits, ...(flags.root ? {root: flags.root} : {})}
}

/** Reads all of stdin (for the input `-`), refusing more than --max-file-size and a terminal with nothing piped. */
export async function readStdin(flags: {'max-file-size'?: number | undefined} = {}): Promise<string> {
  const max = loadOptions(flags).limits.maxFileSize ?? DEFAULT_LIMITS.maxFileSize
  if (process.stdin.isTTY) throw new ApixError('`-` reads the spec from stdin, but nothing is piped in', {hint: 'pipe a file in, or name the file'})
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    if (size > max) throw new ApixError(`stdin is over the ${max}-byte limit`, {location: {file: '<stdin>'}, hint: 'raise it with --max-file-size'})
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}
