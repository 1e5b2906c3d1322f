import {child} from '../../spec/model.js'
import {testValue} from '../example-validator.js'
import {schemaLabel, schemaNodesWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

function wrongType(type: unknown, value: unknown, nullable: boolean): boolean {
  if (typeof type !== 'string' || (value === null && nullable)) return false
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value
  return !(actual === type || (type === 'number' && actual === 'integer'))
}

const rule: Rule = {
  id: 'schema-default-valid',
  category: 'style',
  description: 'A `default` must be valid against the schema it belongs to (its type, enum, bounds, pattern...), including 2.0 parameter and header defaults.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#properties',
  check(ctx) {
    for (const s of schemaNodesWith(ctx.index, 'default')) {
      if (!('default' in s.value)) continue
      // In 2.0 and 3.0 a default of the wrong type is the spec rule default-type's finding; report the rest here.
      if (ctx.version !== '3.1' && wrongType(s.value['type'], s.value['default'], s.value['nullable'] === true)) continue
      testValue(ctx, s.value, s.loc, s.value['default'], child(s.loc, 'default'), true, 'any', false, () => `The default of ${schemaLabel(s.loc)}`)
    }
  },
}
export default rule
