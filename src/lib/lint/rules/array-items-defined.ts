import {child} from '../../spec/model.js'
import {schemaLabel, schemaNodes, typesOf} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'array-items-defined',
  category: 'style',
  // In 2.0 and 3.0 `items` is a MUST, reported by array-items in the spec preset.
  versions: ['3.1'],
  description: 'A schema (or 2.0 parameter/header) of type array should say what its items are with `items` (2.0 and 3.0 require it; 3.1 allows `prefixItems`).',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.0.3#properties',
  check(ctx) {
    for (const s of schemaNodes(ctx.index)) {
      if (!typesOf(s.value)?.includes('array') || s.value['items'] !== undefined || s.value['prefixItems'] !== undefined) continue
      ctx.report({message: `Array ${schemaLabel(s.loc)} has no \`items\`; describe its items with an \`items\` schema.`, at: child(s.loc, 'type')})
    }
  },
}
export default rule
