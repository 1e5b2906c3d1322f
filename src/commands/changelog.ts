import {Args, Flags} from '@oclif/core'
import {ApixCommand} from '../cli/base.js'
import {loadOptions, readStdin, specFlags} from '../cli/input.js'
import {CHANGELOG_FORMATS, diffCommand} from '../lib/diff/command.js'

export default class Changelog extends ApixCommand {
  static override summary = 'A human changelog between two versions of an API: breaking, deprecated, added, changed.'
  static override examples = ['<%= config.bin %> changelog git:v1.2.0:openapi.yaml openapi.yaml --format markdown >> CHANGELOG.md']
  static override args = {
    base: Args.string({description: 'The old version (file, folder, git:REF:path, - or URL).', required: true}),
    revision: Args.string({description: 'The new version.', required: true}),
  }
  static override flags = {
    ...specFlags,
    'fail-on': Flags.string({description: 'Exit 1 when a change is at or above this severity (default: never).', options: ['error', 'warning', 'info']}),
    format: Flags.string({char: 'f', description: 'Output format.', options: [...CHANGELOG_FORMATS], helpGroup: 'GLOBAL'}),
    'ignore-file': Flags.string({description: 'Ignore file (default: .apix-ignore.yaml in the current folder).'}),
    'severity-override': Flags.string({description: 'Change a check\'s severity: id=error|warning|info|off (repeatable).', multiple: true}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(Changelog)
    const outcome = await diffCommand({
      base: args.base,
      revision: args.revision,
      cwd: process.cwd(),
      configFile: flags.config,
      ignoreFile: flags['ignore-file'],
      severityOverrides: flags['severity-override'] ?? [],
      failOn: (flags['fail-on'] ?? 'never') as 'error' | 'never',
      load: loadOptions(flags),
      format: this.formatFrom(flags, 'text'),
      color: false,
      toolVersion: this.config.version,
      stdinText: args.base === '-' || args.revision === '-' ? await readStdin() : undefined,
      changelog: true,
    })
    for (const line of outcome.stderr) process.stderr.write(line + '\n')
    await this.emit(outcome.output, flags.output)
    process.exitCode = outcome.exitCode
  }
}
