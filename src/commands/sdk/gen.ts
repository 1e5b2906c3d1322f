import {Flags} from '@oclif/core'
import {ApixCommand} from '../../cli/base.js'
import {loadOptions, readStdin, requiredInputArg, specFlags} from '../../cli/input.js'
import {SDK_LANGUAGES} from '../../lib/sdk/model.js'

export default class SdkGen extends ApixCommand {
  static override summary = 'Generate a typed client SDK from the spec.'
  static override description =
    'Renders templates/<lang>/*.hbs with a model of the API (operations, parameters, bodies, responses, security) and, for TypeScript, adds openapi-typescript\'s types; --lang python writes a standard-library Python package. Names from the spec that are not valid identifiers are renamed, with a warning. --check exits 1 when the folder is not what the spec generates.'
  static override examples = [
    '<%= config.bin %> sdk gen openapi.yaml --out sdk',
    '<%= config.bin %> sdk gen openapi.yaml --out sdk --name @acme/pets-client',
    '<%= config.bin %> sdk gen openapi.yaml --out sdk --templates my-templates',
    '<%= config.bin %> sdk gen openapi.yaml --out sdk-py --lang python',
    '<%= config.bin %> sdk gen openapi.yaml --out sdk --check',
  ]
  static override args = {spec: requiredInputArg('The OpenAPI (3.x) or Swagger 2.0 document, or - for stdin.')}
  static override flags = {
    ...specFlags,
    check: Flags.boolean({description: 'Write nothing; exit 1 naming the files that are stale.'}),
    lang: Flags.string({description: 'Target language.', options: [...SDK_LANGUAGES], default: 'typescript'}),
    name: Flags.string({description: 'The package name (default: from info.title).'}),
    out: Flags.string({description: 'The folder to write the SDK to.', required: true}),
    templates: Flags.string({description: 'A folder of .hbs templates that replace the built-in ones of the same name.'}),
  }

  async run(): Promise<{written: string[]; removed: string[]; stale: string[]}> {
    const {args, flags} = await this.parse(SdkGen)
    const {sdkGenCommand} = await import('../../lib/sdk/generate.js')
    const outcome = await sdkGenCommand({
      spec: args.spec,
      out: flags.out,
      cwd: process.cwd(),
      name: flags.name,
      lang: flags.lang,
      templates: flags.templates,
      check: flags.check,
      load: loadOptions(flags),
      stdinText: args.spec === '-' ? await readStdin(flags) : undefined,
    })
    for (const line of outcome.stderr) process.stderr.write(line + '\n')
    if (!this.jsonEnabled() && !flags.check) process.stdout.write(`apix: wrote ${outcome.written.length} file(s) to ${flags.out}${outcome.removed.length > 0 ? `, removed ${outcome.removed.length}` : ''}\n`)
    process.exitCode = outcome.exitCode
    return {written: outcome.written, removed: outcome.removed, stale: outcome.stale}
  }
}
