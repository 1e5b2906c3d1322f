import {ApixError} from '../errors.js'
import type {LintReport} from '../lint/types.js'
import {FORMATS, type FormatName, type FormatOptions, type LintFormatter} from './types.js'

/** Each formatter is imported on first use, so start-up pays only for the one asked for. */
const LOADERS: Record<FormatName, () => Promise<{default: LintFormatter}>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  yaml: () => import('./yaml.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  markdown: () => import('./markdown.js'),
}

export async function formatLint(name: FormatName, report: LintReport, options: FormatOptions): Promise<string> {
  // The name may come from a config file or an untyped caller; `Object.hasOwn` keeps `toString` and kin out.
  if (!Object.hasOwn(LOADERS, name)) throw new ApixError(`unknown output format "${String(name)}"`, {hint: `use one of ${FORMATS.join(', ')}`})
  const {default: format} = await LOADERS[name]()
  return format(report, options)
}
