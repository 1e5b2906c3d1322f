import {child} from '../../spec/model.js'
import {FORMAT_TYPES} from '../formats.js'
import {schemaLabel, schemaNodesWith, typesOf} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'format-type-match',
  category: 'style',
  description: 'A known `format` should suit the schema\'s `type` (e.g. not `int32` on a string or `date-time` on an integer); a mismatch is ignored by validators and confuses code generators.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#data-types',
  check(ctx) {
    for (const s of schemaNodesWith(ctx.index, 'format')) {
      const format = s.value['format']
      const types = typesOf(s.value)?.filter((t) => t !== 'null')
      if (typeof format !== 'string' || !types || types.length === 0) continue
      const allowed = Object.hasOwn(FORMAT_TYPES, format) ? FORMAT_TYPES[format] : undefined
      if (!allowed || types.some((t) => allowed.includes(t))) continue
      ctx.report({
        message: `Format "${format}" does not apply to type ${types.join('/')} in ${schemaLabel(s.loc)} (it is for ${allowed.join('/')}); fix the type or the format.`,
        at: child(s.loc, 'format'),
      })
    }
  },
}
export default rule
