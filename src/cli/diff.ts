import {Flags} from '@oclif/core'
import {diffCommand, type DiffCommandOptions} from '../lib/diff/command.js'
import {ApixCommand} from './base.js'
import {loadOptions, readStdin, specFlags} from './input.js'

/** Flags `apix diff` and `apix changelog` share. */
export const diffFlags = {
  ...specFlags,
  'ignore-file': Flags.string({description: 'Ignore file (default: .apix-ignore.yaml in the current folder).'}),
  'severity-override': Flags.string({description: 'Change a check\'s severity: id=error|warning|info|off (repeatable).', multiple: true}),
}

type DiffFlags = {config?: string | undefined; output?: string | undefined; format?: string | undefined; 'ignore-file'?: string | undefined; 'severity-override'?: string[] | undefined; 'allow-remote-refs'?: boolean; 'max-file-size'?: number | undefined; root?: string | undefined}

/** The two commands' common base: flags into `diffCommand`, its outcome onto stdout/stderr and the exit code. */
export abstract class DiffBase extends ApixCommand {
  protected async runDiff(base: string, revision: string, flags: DiffFlags, extra: Pick<DiffCommandOptions, 'failOn' | 'color'> & {changelog?: boolean}): Promise<void> {
    const outcome = await diffCommand({
      base,
      revision,
      cwd: process.cwd(),
      configFile: flags.config,
      ignoreFile: flags['ignore-file'],
      severityOverrides: flags['severity-override'] ?? [],
      load: loadOptions(flags),
      format: this.formatFrom(flags, 'text'),
      toolVersion: this.config.version,
      stdinText: base === '-' || revision === '-' ? await readStdin(flags) : undefined,
      ...extra,
    })
    for (const line of outcome.stderr) process.stderr.write(line + '\n')
    await this.emit(outcome.output, flags.output)
    process.exitCode = outcome.exitCode
  }
}
