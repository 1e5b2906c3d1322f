import {child} from '../../spec/model.js'
import {schemaLabel, schemasWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'oas31-schema-example-deprecated',
  category: 'style',
  description: 'In OpenAPI 3.1 the Schema Object\'s `example` is deprecated in favour of the JSON Schema `examples` list.',
  defaultSeverity: 'info',
  docs: 'https://spec.openapis.org/oas/v3.1.0#fixed-fields-19',
  versions: ['3.1'],
  check(ctx) {
    for (const s of schemasWith(ctx.index, 'example')) {
      if (!('example' in s.value)) continue
      ctx.report({message: `Schema ${schemaLabel(s.loc)} uses the deprecated \`example\`; write \`examples: [...]\` instead.`, at: child(s.loc, 'example')})
    }
  },
}
export default rule
