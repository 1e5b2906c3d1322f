import {child, type JsonObject} from '../../spec/model.js'
import type {NodeLocation} from '../../spec/loader.js'
import {itemsChain} from '../struct/helpers.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'array-items',
  category: 'spec',
  description:
    '`items` MUST be present when `type` is `array`: in 3.0 Schema objects, and in 2.0 parameters, headers and Items objects.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.0.3#schema-object',
  versions: ['2.0', '3.0'],
  check(ctx) {
    const check = (v: JsonObject, loc: NodeLocation, what: string) => {
      if (v['type'] === 'array' && v['items'] === undefined) ctx.report({message: `${what} of type "array" must have "items".`, at: child(loc, 'type')})
    }
    if (ctx.version === '3.0') {
      for (const s of ctx.index.schemas) check(s.value, s.loc, 'A schema')
      return
    }
    const simple = (v: JsonObject, loc: NodeLocation, what: string) => {
      check(v, loc, what)
      for (const it of itemsChain(v, loc)) check(it.value, it.loc, 'An Items object')
    }
    for (const p of ctx.index.parameters) if (p.value['in'] !== 'body') simple(p.value, p.loc, 'A parameter')
    for (const h of ctx.index.headers) simple(h.value, h.loc, 'A header')
  },
}
export default rule
