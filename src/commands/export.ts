import {Flags} from '@oclif/core'
import {ApixCommand} from '../cli/base.js'
import {inputArg, loadOptions, readStdin, specFlags} from '../cli/input.js'
import {exportCommand} from '../lib/gateway/export-command.js'

export default class Export extends ApixCommand {
  static override summary = 'Print the document API Gateway imports: the spec with every x-amazon-apigateway-* extension the config implies.'
  static override examples = [
    '<%= config.bin %> export --stage prod > deploy.json',
    '<%= config.bin %> export openapi.yaml --stage dev --oas 2.0 --format yaml',
    '<%= config.bin %> export --from-aws --api-id a1b2c3 --stage prod --extensions integrations,authorizers',
  ]
  static override args = {spec: inputArg('The spec (default: api.spec from the config), or - for stdin.')}
  static override flags = {
    ...specFlags,
    stage: Flags.string({description: 'The stage whose settings apply (required with --from-aws).'}),
    oas: Flags.string({description: 'OpenAPI version of the output (2.0: REST APIs only).', options: ['3.0', '2.0'], default: '3.0'}),
    format: Flags.string({char: 'f', description: 'Output format.', options: ['json', 'yaml'], helpGroup: 'GLOBAL'}),
    extensions: Flags.string({description: 'x-amazon-apigateway-* extensions to keep, as GetExport names them: integrations, authorizers, apigateway, postman (default: all; with --from-aws: integrations,authorizers).', multiple: true}),
    'from-aws': Flags.boolean({description: 'Export the deployed stage from API Gateway (GetExport / ExportApi) instead of building it locally.'}),
    'api-id': Flags.string({description: 'The API id for --from-aws (default: api.id from the config).'}),
    region: Flags.string({description: 'AWS region for --from-aws (default: AWS_REGION or the profile\'s).'}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(Export)
    const outcome = await exportCommand({
      input: args.spec,
      cwd: process.cwd(),
      configFile: flags.config,
      stage: flags.stage,
      oas: flags.oas as '3.0' | '2.0',
      format: this.formatFrom(flags, 'json') as 'json' | 'yaml',
      extensions: flags.extensions,
      load: loadOptions(flags),
      stdinText: args.spec === '-' ? await readStdin(flags) : undefined,
      fromAws: flags['from-aws'] ? {apiId: flags['api-id'], region: flags.region} : undefined,
    })
    await this.finish(outcome, flags.output)
  }
}
