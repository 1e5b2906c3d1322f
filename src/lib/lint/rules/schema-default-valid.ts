import {child} from '../../spec/model.js'
import {testValue} from '../example-validator.js'
import {schemaLabel, schemaNodes} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'schema-default-valid',
  category: 'spec',
  description: 'A `default` must be valid against the schema it belongs to (its type, enum, bounds, pattern...), including 2.0 parameter and header defaults.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#properties',
  check(ctx) {
    for (const s of schemaNodes(ctx.index)) {
      if (!('default' in s.value)) continue
      testValue(ctx, s.value, s.loc, s.value['default'], child(s.loc, 'default'), true, 'any', false, `The default of ${schemaLabel(s.loc)}`)
    }
  },
}
export default rule
