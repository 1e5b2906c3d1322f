import {child} from '../../spec/model.js'
import {testValue} from '../example-validator.js'
import {schemaLabel, schemasWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'schema-example-valid',
  category: 'style',
  description:
    'A schema\'s own `example` (and, in 3.1, each entry of its `examples` list) must be valid against that schema. ' +
    'Neither readOnly nor writeOnly properties are required, since a schema example may stand for a request or a response.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.0.3#fixed-fields-19',
  check(ctx) {
    for (const s of schemasWith(ctx.index, 'example', 'examples')) {
      if ('example' in s.value) testValue(ctx, s.value, s.loc, s.value['example'], child(s.loc, 'example'), true, 'any', false, () => `The example of schema ${schemaLabel(s.loc)}`)
      const examples = s.value['examples']
      if (ctx.version === '3.1' && Array.isArray(examples)) {
        examples.forEach((ex, i) => testValue(ctx, s.value, s.loc, ex, child(s.loc, 'examples', i), true, 'any', false, () => `Example ${i} of schema ${schemaLabel(s.loc)}`))
      }
    }
  },
}
export default rule
