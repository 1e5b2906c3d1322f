import {casingOption} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'component-schema-name-casing',
  category: 'style',
  description:
    'Names of component schemas (2.0 `definitions`) should follow one casing, PascalCase by default, since code generators turn them into type names. ' +
    'Options: `casing` (pascal, camel, snake, kebab, macro) or `pattern` (a regular expression the names must match).',
  defaultSeverity: 'info',
  docs: 'https://spec.openapis.org/oas/v3.1.0#components-object',
  check(ctx) {
    const rule = casingOption(ctx.options, 'pascal')
    const group = ctx.index.components.get(ctx.version === '2.0' ? 'definitions' : 'schemas')
    if (!group) return
    for (const [name, c] of group) {
      if (!rule.test(name)) ctx.report({message: `Schema name "${name}" is not ${rule.name}; rename it (and its $refs).`, at: c.loc})
    }
  },
}
export default rule
