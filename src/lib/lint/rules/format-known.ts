import {child} from '../../spec/model.js'
import {FORMAT_TYPES} from '../formats.js'
import {schemaLabel, schemaNodesWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'format-known',
  category: 'style',
  description:
    '`format` should be one of the OpenAPI Format Registry or JSON Schema formats (int32, int64, float, double, date-time, uuid, uri, email, byte, binary...); ' +
    'tools treat other formats as plain annotations. Option `formats`: a list of extra format names your tools understand.',
  defaultSeverity: 'info',
  docs: 'https://spec.openapis.org/registry/format/',
  check(ctx) {
    const extra = new Set(Array.isArray(ctx.options['formats']) ? ctx.options['formats'].filter((f): f is string => typeof f === 'string') : [])
    for (const s of schemaNodesWith(ctx.index, 'format')) {
      const format = s.value['format']
      if (typeof format !== 'string' || Object.hasOwn(FORMAT_TYPES, format) || extra.has(format)) continue
      ctx.report({message: `Format "${format}" of ${schemaLabel(s.loc)} is not a registered format; use a known one or list it in this rule's \`formats\` option.`, at: child(s.loc, 'format')})
    }
  },
}
export default rule
