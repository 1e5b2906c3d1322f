import {child} from '../../spec/model.js'
import {allowsNull, matchesType, schemaLabel, schemaNodesWith, typesOf} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'enum-type-match',
  category: 'style',
  description: 'Every `enum` value (and `const`) must be of the schema\'s `type`; a value of another type can never be valid, so it is a typo or a stale entry.',
  defaultSeverity: 'error',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-validation#name-enum',
  check(ctx) {
    for (const s of schemaNodesWith(ctx.index, 'enum', 'const')) {
      // Most schemas have neither keyword: leave them before building anything.
      if (s.value['enum'] === undefined && !('const' in s.value)) continue
      const types = typesOf(s.value)
      if (!types || types.includes('file')) continue
      const nullOk = allowsNull(s.value)
      const fits = (v: unknown) => (v === null && nullOk) || types.some((t) => matchesType(v, t))
      const values = s.value['enum']
      if (Array.isArray(values)) {
        values.forEach((v, i) => {
          if (!fits(v)) ctx.report({message: `Enum value ${JSON.stringify(v)} of ${schemaLabel(s.loc)} is not of type ${types.join(' or ')}; fix the value or the type.`, at: child(s.loc, 'enum', i)})
        })
      }
      if ('const' in s.value && !fits(s.value['const'])) {
        ctx.report({message: `\`const\` ${JSON.stringify(s.value['const'])} of ${schemaLabel(s.loc)} is not of type ${types.join(' or ')}; fix the value or the type.`, at: child(s.loc, 'const')})
      }
    }
  },
}
export default rule
