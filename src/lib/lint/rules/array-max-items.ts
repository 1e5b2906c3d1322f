import {child} from '../../spec/model.js'
import {schemaLabel, schemaNodes, typesOf} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'array-max-items',
  category: 'style',
  description:
    'Arrays that clients send (request bodies and parameters) should have a `maxItems`, so servers and gateways can reject oversized input early. ' +
    'A component schema counts as sent when it is first used in a request.',
  defaultSeverity: 'hint',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-validation#name-maxitems',
  check(ctx) {
    for (const s of schemaNodes(ctx.index)) {
      if (s.direction !== 'request' || !typesOf(s.value)?.includes('array')) continue
      if (s.value['maxItems'] !== undefined || s.value['readOnly'] === true) continue
      ctx.report({message: `Array ${schemaLabel(s.loc)} is sent by clients but has no \`maxItems\`; add one.`, at: child(s.loc, 'type')})
    }
  },
}
export default rule
