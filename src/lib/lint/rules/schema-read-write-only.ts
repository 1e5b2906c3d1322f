import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'schema-read-write-only',
  category: 'spec',
  description: 'A 3.0 schema MUST NOT be marked both `readOnly: true` and `writeOnly: true`.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.0.3#schema-object',
  versions: ['3.0'],
  check(ctx) {
    for (const s of ctx.index.schemas) {
      if (s.value['readOnly'] === true && s.value['writeOnly'] === true) {
        ctx.report({message: 'A property cannot be both readOnly and writeOnly.', at: child(s.loc, 'writeOnly')})
      }
    }
  },
}
export default rule
