import {child} from '../../spec/model.js'
import {schemaLabel, typesOf} from '../schema-kit.js'
import type {Rule} from '../types.js'

const SHAPERS = ['properties', 'additionalProperties', 'patternProperties', 'allOf', 'anyOf', 'oneOf', '$ref', 'unevaluatedProperties', 'propertyNames', 'discriminator', 'enum', 'const', 'not', 'if']

const rule: Rule = {
  id: 'object-properties-defined',
  category: 'style',
  description: 'A schema of type object should describe its content with `properties` or `additionalProperties` (or a combination); a bare `type: object` tells clients nothing.',
  defaultSeverity: 'hint',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-core#name-properties',
  check(ctx) {
    for (const s of ctx.index.schemas) {
      if (!typesOf(s.value)?.includes('object') || SHAPERS.some((k) => s.value[k] !== undefined)) continue
      ctx.report({message: `Object ${schemaLabel(s.loc)} has neither \`properties\` nor \`additionalProperties\`; describe what it holds.`, at: child(s.loc, 'type')})
    }
  },
}
export default rule
