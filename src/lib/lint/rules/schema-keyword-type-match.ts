import {child} from '../../spec/model.js'
import {schemaLabel, schemaNodes, typesOf} from '../schema-kit.js'
import type {Rule} from '../types.js'

/** Keywords that only constrain values of one type. */
const APPLIES_TO: Record<string, string> = {
  minLength: 'string', maxLength: 'string', pattern: 'string',
  minimum: 'number', maximum: 'number', exclusiveMinimum: 'number', exclusiveMaximum: 'number', multipleOf: 'number',
  items: 'array', minItems: 'array', maxItems: 'array', uniqueItems: 'array', prefixItems: 'array', contains: 'array',
  properties: 'object', additionalProperties: 'object', patternProperties: 'object', minProperties: 'object', maxProperties: 'object', required: 'object',
}

const rule: Rule = {
  id: 'schema-keyword-type-match',
  category: 'style',
  description:
    'Keywords should suit the schema\'s `type`: `maxLength` on a number, `minimum` on a string or `properties` on an array are silently ignored by validators, ' +
    'so the intended constraint is not enforced.',
  defaultSeverity: 'warning',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-validation#name-validation-keywords-for-any',
  check(ctx) {
    for (const s of schemaNodes(ctx.index)) {
      const types = typesOf(s.value)
      if (!types || types.includes('file')) continue
      for (const k of Object.keys(s.value)) {
        const t = Object.hasOwn(APPLIES_TO, k) ? APPLIES_TO[k] : undefined
        if (t === undefined) continue
        // 2.0 parameters and headers have a boolean `required` of their own.
        if (k === 'required' && !Array.isArray(s.value[k])) continue
        if (types.includes(t) || (t === 'number' && types.includes('integer'))) continue
        ctx.report({message: `\`${k}\` applies to ${t}s, but ${schemaLabel(s.loc)} is of type ${types.join('/')}; remove it or fix the type.`, at: child(s.loc, k)})
      }
    }
  },
}
export default rule
