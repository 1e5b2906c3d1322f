import {Command, Errors, Flags} from '@oclif/core'
import {randomBytes} from 'node:crypto'
import {rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {ApixError} from '../lib/errors.js'

/**
 * What every apix command shares: --format/--json, --output, --config, --verbose, and the exit-code contract
 * (0 ok, 1 findings/refused/failed, 2 usage or input error, 3 a bug).
 */
export abstract class ApixCommand extends Command {
  static override enableJsonFlag = true

  static override baseFlags = {
    config: Flags.string({description: 'Config file (default: apix.config.yaml, .yml or .json in the current folder).', helpGroup: 'GLOBAL'}),
    format: Flags.string({char: 'f', description: 'Output format (each command lists its own).', helpGroup: 'GLOBAL'}),
    output: Flags.string({char: 'o', description: 'Write the output to this file instead of stdout.', helpGroup: 'GLOBAL'}),
    verbose: Flags.boolean({description: 'Show stack traces of errors.', helpGroup: 'GLOBAL'}),
  }

  /** --json is exactly --format json. */
  protected formatFrom(flags: {format?: string | undefined}, fallback: string): string {
    return this.jsonEnabled() ? 'json' : (flags.format ?? fallback)
  }

  /** Colour for human formats: only on a terminal, never with NO_COLOR, always with FORCE_COLOR. */
  protected useColor(toFile: boolean): boolean {
    if (process.env['FORCE_COLOR'] !== undefined && process.env['FORCE_COLOR'] !== '0') return true
    if (process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '') return false
    return !toFile && Boolean(process.stdout.isTTY)
  }

  /** Writes the command's output to stdout, or to --output atomically (a temp file renamed over the target). */
  protected async emit(text: string, output: string | undefined): Promise<void> {
    if (!output) {
      process.stdout.write(text)
      return
    }
    const target = path.resolve(output)
    const tmp = `${target}.${randomBytes(4).toString('hex')}.tmp`
    try {
      await writeFile(tmp, text)
      await rename(tmp, target)
    } catch (error) {
      throw new ApixError(`cannot write the output: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {location: {file: output}, hint: 'check the folder exists and is writable'})
    }
  }

  /** A command's outcome: its warnings on stderr, its output on stdout or in --output, its exit code. */
  protected async finish(outcome: {stderr: string[]; output: string; exitCode: number}, output: string | undefined): Promise<void> {
    for (const line of outcome.stderr) process.stderr.write(line + '\n')
    await this.emit(outcome.output, output)
    process.exitCode = outcome.exitCode
  }

  protected get verbose(): boolean {
    return this.argv.includes('--verbose') || Boolean(process.env['DEBUG'])
  }

  override async catch(error: Error & {oclif?: {exit?: number}; code?: string}): Promise<void> {
    if (error instanceof Errors.ExitError) throw error
    if (error.oclif?.exit !== undefined) {
      // oclif's parse errors (unknown flag, bad option value): one line and a pointer to --help, not the whole help.
      process.stderr.write(`apix: ${error.message.replace(/\s*See more help with --help\s*$/, '').trim().replace(/\s*\n\s*/g, ': ')} (see apix ${this.id ?? ''} --help)\n`.replace('apix  --help', 'apix --help'))
      process.exitCode = error.oclif.exit
      // The arguments were parsed, and rejected: without this oclif adds an "Unparsed command" warning when
      // NODE_ENV is development or test, a second line on a usage error.
      this.parsed = true
      return
    }
    const json = this.argv.includes('--json') || this.argv.some((a, i) => a === '--format=json' || (a === '--format' && this.argv[i + 1] === 'json'))
    if (error instanceof ApixError) {
      process.stderr.write(`apix: ${error.toLine()}\n`)
      if (this.verbose && error.cause instanceof Error) process.stderr.write(`${error.cause.stack ?? ''}\n`)
      if (json) process.stdout.write(JSON.stringify({error: {message: error.message, hint: error.hint ?? null, location: error.location ?? null, exitCode: error.exitCode}}, null, 2) + '\n')
      process.exitCode = error.exitCode
      return
    }
    process.stderr.write(`apix: unexpected error: ${error.message}\n`)
    process.stderr.write(this.verbose ? `${error.stack ?? ''}\n` : 'This is a bug in apix: please report it with the command you ran (add --verbose for the stack trace).\n')
    if (json) process.stdout.write(JSON.stringify({error: {message: error.message, exitCode: 3}}, null, 2) + '\n')
    process.exitCode = 3
  }
}
