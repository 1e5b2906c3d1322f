import {child, type Located} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'example-or-examples',
  category: 'spec',
  description: '`example` and `examples` are mutually exclusive on a Parameter, Header or Media Type object.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#media-type-object',
  versions: ['3.0', '3.1'],
  check(ctx) {
    const check = (n: Located, what: string) => {
      if (n.value['example'] !== undefined && n.value['examples'] !== undefined) {
        ctx.report({message: `${what} has both "example" and "examples": they are mutually exclusive, keep one.`, at: child(n.loc, 'examples')})
      }
    }
    for (const p of ctx.index.parameters) check(p, 'The parameter')
    for (const h of ctx.index.headers) check(h, 'The header')
    for (const m of ctx.index.mediaTypes) check(m, `The media type "${m.mediaType}"`)
  },
}
export default rule
