import {Flags} from '@oclif/core'
import {ApixCommand} from '../cli/base.js'
import {inputArg, loadOptions, readStdin, specFlags} from '../cli/input.js'
import {PRESET_NAMES} from '../lib/lint/presets/index.js'
import {FORMATS} from '../lib/format/types.js'
import {lintCommand} from '../lib/lint/command.js'

export default class Lint extends ApixCommand {
  static override summary = 'Validate OpenAPI documents: structure, style and what API Gateway rejects on import.'
  static override examples = [
    '<%= config.bin %> lint openapi.yaml',
    "<%= config.bin %> lint 'apis/**/openapi.yaml' --format sarif --output apix.sarif",
    '<%= config.bin %> lint openapi.yaml --ruleset gateway-rest --fail-on warning',
    'cat openapi.json | <%= config.bin %> lint -',
  ]
  static override strict = false
  static override args = {spec: inputArg('Spec files, folders, globs or - for stdin (default: api.spec from the config).')}
  static override flags = {
    ...specFlags,
    'fail-on': Flags.string({description: 'Exit 1 when a finding is at or above this severity.', options: ['error', 'warning', 'info', 'hint'], default: 'error'}),
    format: Flags.string({char: 'f', description: 'Output format.', options: [...FORMATS], helpGroup: 'GLOBAL'}),
    'generate-baseline': Flags.boolean({description: 'Write every current finding to the ignore file, to accept them.'}),
    'ignore-file': Flags.string({description: 'Ignore file (default: .apix-ignore.yaml in the current folder).'}),
    'list-rules': Flags.boolean({description: 'List the rules with their id, category and severity in the chosen ruleset.'}),
    ruleset: Flags.string({char: 'r', description: 'Preset to lint with (replaces the config\'s lint.extends).', options: [...PRESET_NAMES]}),
  }

  async run(): Promise<void> {
    const {argv, flags} = await this.parse(Lint)
    const format = this.formatFrom(flags, 'stylish')
    const inputs = argv as string[]
    const outcome = await lintCommand({
      inputs,
      cwd: process.cwd(),
      configFile: flags.config,
      ruleset: flags.ruleset,
      ignoreFile: flags['ignore-file'],
      generateBaseline: flags['generate-baseline'],
      listRules: flags['list-rules'],
      failOn: flags['fail-on'] as 'error',
      load: loadOptions(flags),
      format,
      color: this.useColor(Boolean(flags.output)),
      toolVersion: this.config.version,
      verbose: flags.verbose,
      stdinText: inputs.includes('-') ? await readStdin(flags) : undefined,
    })
    await this.finish(outcome, flags['generate-baseline'] ? undefined : flags.output)
  }
}
