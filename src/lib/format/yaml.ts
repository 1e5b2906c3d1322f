import {dump} from 'js-yaml'
import type {LintReport} from '../lint/types.js'
import {lintOutput} from './json.js'
import type {FormatOptions} from './types.js'

/** The JSON contract as YAML. */
export default function yaml(report: LintReport, options: FormatOptions): string {
  // An expired entry's unknown rule or file is `undefined`, which JSON drops; `skipInvalid` makes YAML drop it too.
  return dump(lintOutput(report, options.failures), {noRefs: true, skipInvalid: true})
}
