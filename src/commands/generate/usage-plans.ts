import {Flags} from '@oclif/core'
import {ApixCommand} from '../../cli/base.js'
import {inputArg, loadOptions, readStdin, specFlags} from '../../cli/input.js'
import {USAGE_PLANS_FORMATS, usagePlansCommand} from '../../lib/gateway/usage-plans.js'

export default class GenerateUsagePlans extends ApixCommand {
  static override summary = 'The usage plans, per-method throttles and API keys deploy creates, or a CloudFormation template of them.'
  static override description = 'Reads usagePlans from apix.config.yaml and the operations that require an API key from the spec. Key values are never printed. A plan naming an unknown stage or operation, or a quota AWS refuses, is a finding: exit 1.'
  static override examples = [
    '<%= config.bin %> generate usage-plans',
    '<%= config.bin %> generate usage-plans openapi.yaml --format json',
    '<%= config.bin %> generate usage-plans --format cloudformation --output usage-plans.yaml',
  ]
  static override args = {spec: inputArg('The OpenAPI document, or - for stdin (default: api.spec from the config).')}
  static override flags = {
    ...specFlags,
    format: Flags.string({char: 'f', description: 'Output format.', options: [...USAGE_PLANS_FORMATS], helpGroup: 'GLOBAL'}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(GenerateUsagePlans)
    const outcome = await usagePlansCommand({
      spec: args.spec,
      cwd: process.cwd(),
      configFile: flags.config,
      format: this.formatFrom(flags, 'yaml'),
      load: loadOptions(flags),
      stdinText: args.spec === '-' ? await readStdin(flags) : undefined,
    })
    await this.finish(outcome, flags.output)
  }
}
