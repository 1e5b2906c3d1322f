import {child} from '../../spec/model.js'
import {schemaLabel, schemasWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'read-write-only-both',
  category: 'style',
  description: 'A 3.1 schema should not be both `readOnly` and `writeOnly`: JSON Schema allows it, but such a property could be neither sent nor received (in 3.0 it is an error of its own, schema-read-write-only).',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.0.3#fixed-fields-19',
  versions: ['3.1'],
  check(ctx) {
    for (const s of schemasWith(ctx.index, 'readOnly')) {
      if (s.value['readOnly'] !== true || s.value['writeOnly'] !== true) continue
      ctx.report({message: `Schema ${schemaLabel(s.loc)} is both readOnly and writeOnly; keep the one that is meant.`, at: child(s.loc, 'writeOnly')})
    }
  },
}
export default rule
