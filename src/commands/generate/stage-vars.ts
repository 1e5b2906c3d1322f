import {Flags} from '@oclif/core'
import {ApixCommand} from '../../cli/base.js'
import {inputArg, loadOptions, readStdin, specFlags} from '../../cli/input.js'
import {STAGE_VARS_FORMATS, stageVarsCommand} from '../../lib/gateway/stage-vars.js'

export default class GenerateStageVars extends ApixCommand {
  static override summary = 'The stage variables the API uses that a stage in apix.config.yaml lacks, as a YAML patch of the config.'
  static override description = 'Scans the spec and the config\'s integrations and authorizers for ${stageVariables.x}, and checks each stage against API Gateway\'s limits. A missing or invalid variable is a finding: exit 1.'
  static override examples = [
    '<%= config.bin %> generate stage-vars',
    '<%= config.bin %> generate stage-vars openapi.yaml --stage prod --format json',
    '<%= config.bin %> generate stage-vars --write',
  ]
  static override args = {spec: inputArg('The OpenAPI document, or - for stdin (default: api.spec from the config).')}
  static override flags = {
    ...specFlags,
    format: Flags.string({char: 'f', description: 'Output format.', options: [...STAGE_VARS_FORMATS], helpGroup: 'GLOBAL'}),
    stage: Flags.string({char: 's', description: 'Check only this stage.'}),
    write: Flags.boolean({description: 'Add the missing variables to the config file with empty values to fill in, keeping its comments and key order.'}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(GenerateStageVars)
    const outcome = await stageVarsCommand({
      spec: args.spec,
      cwd: process.cwd(),
      configFile: flags.config,
      stage: flags.stage,
      write: flags.write,
      format: this.formatFrom(flags, 'yaml'),
      load: loadOptions(flags),
      stdinText: args.spec === '-' ? await readStdin(flags) : undefined,
    })
    await this.finish(outcome, flags.output)
  }
}
