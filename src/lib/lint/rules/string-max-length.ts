import {child} from '../../spec/model.js'
import {schemaLabel, schemaNodes, typesOf} from '../schema-kit.js'
import type {Rule} from '../types.js'

/** Formats whose values are bounded by their grammar, or (binary) are files rather than text. */
const BOUNDED = new Set(['date', 'date-time', 'time', 'uuid', 'binary', 'byte', 'int64', 'int32', 'decimal', 'ipv4', 'ipv6', 'duration'])

const rule: Rule = {
  id: 'string-max-length',
  category: 'style',
  description:
    'Strings that clients send (request bodies and parameters) should have a `maxLength`, so servers and gateways can reject oversized input early. ' +
    'Strings with enum, const, pattern or a bounded format (date-time, uuid, binary...) are exempt. A component schema counts as sent when it is first used in a request.',
  defaultSeverity: 'hint',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-validation#name-maxlength',
  check(ctx) {
    for (const s of schemaNodes(ctx.index)) {
      if (s.direction !== 'request' || !typesOf(s.value)?.includes('string')) continue
      const v = s.value
      if (v['maxLength'] !== undefined || v['enum'] !== undefined || v['const'] !== undefined || v['pattern'] !== undefined) continue
      if (typeof v['format'] === 'string' && BOUNDED.has(v['format'])) continue
      if (v['readOnly'] === true) continue
      ctx.report({message: `String ${schemaLabel(s.loc)} is sent by clients but has no \`maxLength\`; add one.`, at: child(s.loc, 'type')})
    }
  },
}
export default rule
