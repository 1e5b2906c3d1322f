import type {NodeLocation} from '../../spec/loader.js'
import {child, type JsonObject} from '../../spec/model.js'
import {isOfType, itemsChain, kindName} from '../struct/helpers.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'default-type',
  category: 'spec',
  description:
    'Unlike JSON Schema, OpenAPI 3.0 schemas and 2.0 parameters, headers and Items objects require `default` to conform to the `type` given beside it (the specification says MUST).',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.0.3#schema-object',
  versions: ['2.0', '3.0'],
  check(ctx) {
    const check = (v: JsonObject, loc: NodeLocation, nullable: boolean) => {
      const type = v['type']
      const def = v['default']
      if (def === undefined || typeof type !== 'string' || type === 'file') return
      if (isOfType(def, type) || (type === 'number' && typeof def === 'number') || (nullable && def === null)) return
      ctx.report({message: `"default" must be of type "${type}", like its schema; got ${kindName(def)}.`, at: child(loc, 'default')})
    }
    if (ctx.version === '3.0') {
      for (const s of ctx.index.schemas) check(s.value, s.loc, s.value['nullable'] === true)
      return
    }
    const simple = (v: JsonObject, loc: NodeLocation) => {
      check(v, loc, false)
      for (const it of itemsChain(v, loc)) check(it.value, it.loc, false)
    }
    for (const p of ctx.index.parameters) if (p.value['in'] !== 'body') simple(p.value, p.loc)
    for (const h of ctx.index.headers) simple(h.value, h.loc)
  },
}
export default rule
