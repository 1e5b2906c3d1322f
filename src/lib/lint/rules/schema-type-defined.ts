import {child} from '../../spec/model.js'
import {schemaLabel} from '../schema-kit.js'
import type {Rule} from '../types.js'

/** Keywords that decide (or delegate) what values are allowed, so a missing `type` is deliberate. */
const DECIDERS = ['type', '$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'enum', 'const', 'if', '$dynamicRef']
/** Keywords that only make sense for one type: their presence shows a type was meant. */
const TYPED: Record<string, string> = {
  properties: 'object', additionalProperties: 'object', patternProperties: 'object', minProperties: 'object', maxProperties: 'object',
  items: 'array', minItems: 'array', maxItems: 'array', uniqueItems: 'array', prefixItems: 'array',
  minLength: 'string', maxLength: 'string', pattern: 'string', format: 'string',
  minimum: 'number', maximum: 'number', exclusiveMinimum: 'number', exclusiveMaximum: 'number', multipleOf: 'number',
}

const rule: Rule = {
  id: 'schema-type-defined',
  category: 'style',
  description:
    'A schema that uses type-specific keywords (properties, items, maxLength, minimum, format...) should also state its `type`: without it those keywords do not restrict other types, ' +
    'and code generators fall back to "any". Members of allOf/anyOf/oneOf are exempt (their siblings carry the type).',
  defaultSeverity: 'hint',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-validation#name-type',
  check(ctx) {
    for (const s of ctx.index.schemas) {
      if (DECIDERS.some((k) => s.value[k] !== undefined)) continue
      if (s.via && /^(allOf|anyOf|oneOf)\//.test(s.via)) continue
      const hint = Object.keys(s.value).find((k) => Object.hasOwn(TYPED, k))
      if (!hint) continue
      ctx.report({message: `Schema ${schemaLabel(s.loc)} has \`${hint}\` but no \`type\`; add \`type: ${TYPED[hint]}\` (or the type meant).`, at: child(s.loc, hint)})
    }
  },
}
export default rule
