import {child} from '../../spec/model.js'
import {schemaLabel} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'oas31-exclusive-bounds-numeric',
  category: 'spec',
  description: 'In OpenAPI 3.1 (JSON Schema 2020-12) `exclusiveMinimum`/`exclusiveMaximum` are numbers, not the booleans of 3.0; a boolean makes the schema invalid.',
  defaultSeverity: 'error',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-validation#name-exclusivemaximum',
  versions: ['3.1'],
  check(ctx) {
    for (const s of ctx.index.schemas) {
      for (const [k, plain] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
        const v = s.value[k]
        if (typeof v !== 'boolean') continue
        const bound = s.value[plain]
        const fix = v && typeof bound === 'number' ? `write \`${k}: ${bound}\` and drop \`${plain}\`` : `remove \`${k}: ${v}\``
        ctx.report({message: `Schema ${schemaLabel(s.loc)} has boolean \`${k}\` (OpenAPI 3.0 style); ${fix}.`, at: child(s.loc, k)})
      }
    }
  },
}
export default rule
