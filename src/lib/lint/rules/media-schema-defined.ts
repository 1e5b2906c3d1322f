import {schemaLabel} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'media-schema-defined',
  category: 'style',
  description: 'Each media type of a request or response body should have a `schema`: without one, clients, validators and gateways cannot know the body\'s shape.',
  defaultSeverity: 'info',
  docs: 'https://spec.openapis.org/oas/v3.1.0#media-type-object',
  versions: ['3.0', '3.1'],
  check(ctx) {
    for (const mt of ctx.index.mediaTypes) {
      if (mt.value['schema'] !== undefined) continue
      ctx.report({message: `${schemaLabel(mt.loc)} has no \`schema\`; describe the body with one.`, at: mt.loc})
    }
  },
}
export default rule
