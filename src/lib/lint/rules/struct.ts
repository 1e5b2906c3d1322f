import {structure} from '../struct/walker.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'struct',
  category: 'spec',
  description:
    'Every object has the shape its version of the specification gives it: known fields only (and `x-` extensions where allowed), each of the right type, and the required ones present. `$ref`s are followed; each node is checked once, in the file it is written in.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#schema',
  check(ctx) {
    for (const p of structure(ctx.index).problems) ctx.report(p)
  },
}
export default rule
