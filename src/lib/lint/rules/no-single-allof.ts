import {child} from '../../spec/model.js'
import {schemaLabel, schemasWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'no-single-allof',
  category: 'style',
  description:
    'An `allOf` with a single member and nothing beside it is the member itself: use the member (or its `$ref`) directly. ' +
    'A lone member next to other keywords (the 3.0 way to add a description to a `$ref`) is not reported.',
  defaultSeverity: 'hint',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-core#name-allof',
  check(ctx) {
    for (const s of schemasWith(ctx.index, 'allOf')) {
      const list = s.value['allOf']
      if (!Array.isArray(list) || list.length !== 1) continue
      if (Object.keys(s.value).some((k) => k !== 'allOf' && !k.startsWith('x-'))) continue
      ctx.report({message: `Schema ${schemaLabel(s.loc)} wraps a single schema in allOf; use that schema directly.`, at: child(s.loc, 'allOf')})
    }
  },
}
export default rule
