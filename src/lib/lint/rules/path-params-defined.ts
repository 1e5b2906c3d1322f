import {child} from '../../spec/model.js'
import {operationName, parameterList, templateNames} from '../struct/helpers.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'path-params-defined',
  category: 'spec',
  description:
    'Every `{name}` in a path has a path parameter of that name on the path item or on each of its operations, and every path parameter names a `{name}` of its path (the specification says MUST both ways; a path item with no operations is exempt).',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#path-templating',
  check(ctx) {
    const opsByItem = new Map<object, typeof ctx.index.operations>()
    for (const op of ctx.index.operations) {
      let list = opsByItem.get(op.pathItem)
      if (!list) opsByItem.set(op.pathItem, (list = []))
      list.push(op)
    }
    for (const item of ctx.index.paths) {
      if (item.kind !== 'path') continue
      const names = templateNames(item.path)
      // API Gateway's greedy `{proxy+}` is declared as the parameter `proxy` (its own exports write it so) or `proxy+`.
      const matches = (name: string, template: string) => name === template || (template.endsWith('+') && name === template.slice(0, -1))
      const declared = (list: unknown, loc: typeof item.loc) => {
        for (const p of parameterList(ctx.index, list, loc)) {
          const name = p.value['name']
          if (p.value['in'] !== 'path' || typeof name !== 'string' || names.some((t) => matches(name, t))) continue
          ctx.report({message: `Path parameter "${name}" does not appear in the path "${item.path}".`, at: p.site})
        }
      }
      declared(item.value['parameters'], child(item.loc, 'parameters'))
      const ops = opsByItem.get(item) ?? []
      for (const op of ops) {
        declared(op.value['parameters'], child(op.loc, 'parameters'))
        for (const name of names) {
          const found = op.parameters.some((p) => p.value['in'] === 'path' && typeof p.value['name'] === 'string' && matches(p.value['name'], name))
          if (!found) {
            ctx.report({
              message: `"{${name}}" has no path parameter in ${operationName(op)}: declare one (in: path, name: ${name}) on the operation or the path item.`,
              at: op.loc,
            })
          }
        }
      }
    }
  },
}
export default rule
