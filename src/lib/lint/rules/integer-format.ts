import {child} from '../../spec/model.js'
import {schemaLabel, schemaNodes, typesOf} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'integer-format',
  category: 'style',
  description: 'Integers should state their size with `format: int32` or `int64`, so code generators pick the right type and clients know the range.',
  defaultSeverity: 'hint',
  docs: 'https://spec.openapis.org/oas/v3.1.0#data-types',
  check(ctx) {
    for (const s of schemaNodes(ctx.index)) {
      if (!typesOf(s.value)?.includes('integer') || s.value['format'] !== undefined) continue
      ctx.report({message: `Integer ${schemaLabel(s.loc)} has no \`format\`; add \`format: int32\` or \`format: int64\`.`, at: child(s.loc, 'type')})
    }
  },
}
export default rule
