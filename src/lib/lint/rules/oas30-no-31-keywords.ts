import {child} from '../../spec/model.js'
import {schemaLabel} from '../schema-kit.js'
import type {Rule} from '../types.js'

/** JSON Schema keywords OpenAPI 3.0 and 2.0 schemas do not have, with what to write instead. */
const KEYWORDS: Record<string, string> = {
  const: 'use `enum` with one value',
  examples: 'use `example` (one value)',
  $defs: 'move the schemas to components/schemas',
  prefixItems: 'describe the items with one `items` schema',
  if: 'use oneOf/anyOf',
  then: 'use oneOf/anyOf',
  else: 'use oneOf/anyOf',
  unevaluatedProperties: 'use `additionalProperties`',
  unevaluatedItems: 'remove it',
  dependentSchemas: 'remove it or describe the rule in `description`',
  dependentRequired: 'remove it or describe the rule in `description`',
  contains: 'remove it or describe the rule in `description`',
  minContains: 'remove it',
  maxContains: 'remove it',
  propertyNames: 'remove it or describe the rule in `description`',
  $id: 'remove it',
  $anchor: 'remove it',
  $dynamicRef: 'use `$ref`',
  $dynamicAnchor: 'remove it',
  $schema: 'remove it',
  contentMediaType: 'remove it',
  contentEncoding: 'use `format: byte` or `format: binary`',
}

const rule: Rule = {
  id: 'oas30-no-31-keywords',
  category: 'spec',
  description:
    'OpenAPI 3.0 and 2.0 schemas are a subset of JSON Schema draft 4/5: 3.1-only keywords (type lists, `type: null`, `const`, `examples`, `$defs`, `prefixItems`, ' +
    '`if`/`then`/`else`, `unevaluatedProperties`, numeric `exclusiveMinimum`...) are ignored or rejected by 3.0 tools.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.0.3#schema-object',
  versions: ['2.0', '3.0'],
  check(ctx) {
    for (const s of ctx.index.schemas) {
      const report = (k: string, why: string) => ctx.report({message: `Schema ${schemaLabel(s.loc)} uses \`${k}\`, which OpenAPI ${ctx.version} does not support; ${why}.`, at: child(s.loc, k)})
      const type = s.value['type']
      if (Array.isArray(type)) report('type', ctx.version === '3.0' ? 'give one type (and `nullable: true` for null)' : 'give one type')
      else if (type === 'null') report('type', ctx.version === '3.0' ? 'use `nullable: true` on the schema that may be null' : 'remove it')
      for (const k of ['exclusiveMinimum', 'exclusiveMaximum']) {
        if (typeof s.value[k] === 'number') report(k, `write \`${k === 'exclusiveMinimum' ? 'minimum' : 'maximum'}: ${String(s.value[k])}\` with \`${k}: true\``)
      }
      for (const k of Object.keys(s.value)) {
        const why = Object.hasOwn(KEYWORDS, k) ? KEYWORDS[k] : undefined
        if (why) report(k, why)
      }
    }
  },
}
export default rule
