import type {NodeLocation} from '../../spec/loader.js'
import {child, isObject, locKey} from '../../spec/model.js'
import type {Rule} from '../types.js'

const METHODS = new Set(['get', 'head', 'delete'])

const rule: Rule = {
  id: 'no-request-body-on-get-head-delete',
  category: 'style',
  description:
    'GET, HEAD and DELETE operations have no request body (3.x `requestBody`, 2.0 `body` or `formData` parameters): HTTP gives it no meaning, and proxies, caches and gateways may drop it.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#operation-object',
  check(ctx) {
    // A path-level parameter is shared by the path item's GET and DELETE: report it once.
    const reported = new Set<string>()
    for (const op of ctx.index.operations) {
      if (!METHODS.has(op.method)) continue
      const name = `${op.method.toUpperCase()} ${op.path}`
      if (op.value['requestBody'] !== undefined) {
        ctx.report({message: `${name} has a requestBody; send the data as parameters or use POST.`, at: child(op.loc, 'requestBody')})
      }
      if (ctx.version !== '2.0') continue
      // Report on the parameters list entry of the operation (or path item) so a shared component is not blamed.
      const overridden = new Set<string>()
      const scan = (list: unknown, listLoc: NodeLocation, level: 'operation' | 'path') => {
        if (!Array.isArray(list)) return
        list.forEach((p, i) => {
          const r = ctx.index.resolve(p, child(listLoc, i))
          if (!isObject(r.value)) return
          const key = `${String(r.value['in'])}:${String(r.value['name'])}`
          if (level === 'operation') overridden.add(key)
          else if (overridden.has(key)) return
          if (r.value['in'] !== 'body' && r.value['in'] !== 'formData') return
          const at = child(listLoc, i)
          if (reported.has(locKey(at))) return
          reported.add(locKey(at))
          ctx.report({message: `${name} takes a ${String(r.value['in'])} parameter "${String(r.value['name'])}"; send the data as query or path parameters, or use POST.`, at})
        })
      }
      scan(op.value['parameters'], child(op.loc, 'parameters'), 'operation')
      scan(op.pathItem.value['parameters'], child(op.pathItem.loc, 'parameters'), 'path')
    }
  },
}
export default rule
