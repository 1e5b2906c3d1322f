import {structure} from '../struct/walker.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'ref-location',
  category: 'spec',
  description:
    'A `$ref` may stand only where the specification allows a Reference Object (or, in 3.1 schemas and path items, the `$ref` field): not in place of an Operation, an Info object or a plain string. The target is still checked by `struct`.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.0.3#reference-object',
  check(ctx) {
    for (const p of structure(ctx.index).misplacedRefs) ctx.report(p)
  },
}
export default rule
