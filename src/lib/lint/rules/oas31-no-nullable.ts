import {child} from '../../spec/model.js'
import {schemaLabel, schemasWith, typesOf} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'oas31-no-nullable',
  category: 'style',
  description: 'OpenAPI 3.1 schemas are JSON Schema 2020-12, which has no `nullable` keyword: 3.1 tools ignore it, so null values are rejected. Add "null" to `type` instead.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#data-types',
  versions: ['3.1'],
  check(ctx) {
    for (const s of schemasWith(ctx.index, 'nullable')) {
      if (!('nullable' in s.value)) continue
      const types = typesOf(s.value)
      const fix =
        s.value['nullable'] !== true ? 'remove it' : types ? `write \`type: [${[...types.filter((t) => t !== 'null'), "'null'"].join(', ')}]\` instead` : "add `{type: 'null'}` as an anyOf/oneOf branch instead"
      ctx.report({message: `Schema ${schemaLabel(s.loc)} uses \`nullable\`, which OpenAPI 3.1 ignores; ${fix}.`, at: child(s.loc, 'nullable')})
    }
  },
}
export default rule
