import {child, isObject} from '../../spec/model.js'
import {casingOption, schemaLabel} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'property-name-casing',
  category: 'style',
  description:
    'Schema property names should follow one casing, camelCase by default. Options: `casing` (camel, snake, pascal, kebab, macro) or `pattern` (a regular expression the names must match).',
  defaultSeverity: 'hint',
  docs: 'https://spec.openapis.org/oas/v3.1.0#schema-object',
  check(ctx) {
    const rule = casingOption(ctx.options, 'camel')
    for (const s of ctx.index.schemas) {
      const props = s.value['properties']
      if (!isObject(props)) continue
      for (const name of Object.keys(props)) {
        if (!rule.test(name)) ctx.report({message: `Property "${name}" of ${schemaLabel(s.loc)} is not ${rule.name}; rename it.`, at: child(s.loc, 'properties', name)})
      }
    }
  },
}
export default rule
