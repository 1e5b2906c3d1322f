import {Flags} from '@oclif/core'
import {DiffBase, diffFlags} from '../cli/diff.js'
import {requiredInputArg} from '../cli/input.js'
import {CHANGELOG_FORMATS} from '../lib/diff/command.js'

export default class Changelog extends DiffBase {
  static override summary = 'A human changelog between two versions of an API: breaking, deprecated, added, changed.'
  static override examples = ['<%= config.bin %> changelog git:v1.2.0:openapi.yaml openapi.yaml --format markdown >> CHANGELOG.md']
  static override args = {
    base: requiredInputArg('The old version (file, folder, git:REF:path, - or URL).'),
    revision: requiredInputArg('The new version.'),
  }
  static override flags = {
    ...diffFlags,
    'fail-on': Flags.string({description: 'Exit 1 when a change is at or above this severity (default: never).', options: ['error', 'warning', 'info']}),
    format: Flags.string({char: 'f', description: 'Output format.', options: [...CHANGELOG_FORMATS], helpGroup: 'GLOBAL'}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(Changelog)
    await this.runDiff(args.base, args.revision, flags, {failOn: (flags['fail-on'] ?? 'never') as 'error' | 'never', color: false, changelog: true})
  }
}
