import {child} from '../../spec/model.js'
import {schemaLabel, schemasWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'oas30-nullable-needs-type',
  category: 'style',
  description:
    'In OpenAPI 3.0 `nullable: true` only adds null to the types named by `type` in the same schema; without `type` (e.g. beside allOf/oneOf) it has no effect in 3.0.3-conformant tools.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.0.3#fixed-fields-19',
  versions: ['3.0'],
  check(ctx) {
    for (const s of schemasWith(ctx.index, 'nullable')) {
      if (s.value['nullable'] !== true || s.value['type'] !== undefined) continue
      ctx.report({
        message: `Schema ${schemaLabel(s.loc)} has \`nullable: true\` but no \`type\`, so null is not allowed; add the \`type\` (e.g. \`type: object\` beside allOf).`,
        at: child(s.loc, 'nullable'),
      })
    }
  },
}
export default rule
