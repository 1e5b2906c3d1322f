import {Flags} from '@oclif/core'
import {DiffBase, diffFlags} from '../cli/diff.js'
import {inputArg} from '../cli/input.js'
import {DIFF_FORMATS} from '../lib/diff/command.js'
import {ApixError} from '../lib/errors.js'

export default class Diff extends DiffBase {
  static override summary = 'Breaking changes between two versions of an API.'
  static override description = 'Each side is a file or folder, git:REF:path (read from git, the work tree untouched), - for stdin, or an https URL with --allow-remote-refs.'
  static override examples = [
    '<%= config.bin %> diff old/openapi.yaml openapi.yaml',
    '<%= config.bin %> diff git:origin/main:openapi.yaml openapi.yaml --format markdown',
    '<%= config.bin %> diff base.json head.json --fail-on warning --severity-override response-body-enum-value-added=warning',
  ]
  static override args = {
    base: inputArg('The old version.'),
    revision: inputArg('The new version.'),
  }
  static override flags = {
    ...diffFlags,
    'fail-on': Flags.string({description: 'Exit 1 when a change is at or above this severity (error = breaking).', options: ['error', 'warning', 'info'], default: 'error'}),
    format: Flags.string({char: 'f', description: 'Output format.', options: [...DIFF_FORMATS], helpGroup: 'GLOBAL'}),
    'list-checks': Flags.boolean({description: 'List the checks with their id, severity and description.'}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(Diff)
    if (flags['list-checks']) return this.emit((await import('../lib/diff/list.js')).listChecks(), flags.output)
    if (!args.base || !args.revision) throw new ApixError('apix diff needs the base and the revision', {hint: 'apix diff OLD NEW (see apix diff --help)'})
    await this.runDiff(args.base, args.revision, flags, {failOn: flags['fail-on'] as 'error', color: this.useColor(Boolean(flags.output))})
  }
}
