import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'
import {casingLabel, casingOption, matchesCasing} from '../casing.js'

const rule: Rule = {
  id: 'path-segment-casing',
  category: 'style',
  description:
    'The literal segments of path keys follow one casing (template expressions like `{id}` are skipped; `.` and `:` split a segment into parts checked alone, so `openapi.json` passes). Option `casing`: kebab (default), camel, pascal, snake, macro, train or flat, or a list.',
  defaultSeverity: 'info',
  docs: 'https://spec.openapis.org/oas/v3.1.0#paths-object',
  check(ctx) {
    const casings = casingOption(ctx.options, rule.id, 'casing', ['kebab'])
    const paths = ctx.index.root['paths']
    if (paths === null || typeof paths !== 'object') return
    const root = {file: ctx.spec.root, pointer: ''}
    for (const p of Object.keys(paths)) {
      if (p.startsWith('x-')) continue
      const bad = p
        .split('/')
        .flatMap((segment) => segment.replace(/\{[^}]*\}/g, '.').split(/[.:]/))
        .filter((part) => part !== '' && !matchesCasing(part, casings))
      if (bad.length === 0) continue
      ctx.report({message: `Path "${p}" has ${bad.map((b) => `"${b}"`).join(', ')} not in ${casingLabel(casings)}; rename the segment.`, at: child(root, 'paths', p)})
    }
  },
}
export default rule
