import {child} from '../../spec/model.js'
import {HTTP_METHODS} from '../../spec/model.js'
import {splitPointer} from '../../spec/pointer.js'
import {structure} from '../struct/walker.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'link-operation',
  category: 'spec',
  description:
    'A Link object identifies its operation with exactly one of `operationRef` and `operationId`; an `operationId` MUST name an operation of the document, and a local `operationRef` must point at one.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#link-object',
  versions: ['3.0', '3.1'],
  check(ctx) {
    const links = structure(ctx.index).nodes.get('Link') ?? []
    if (links.length === 0) return
    const ids = new Set<unknown>(ctx.index.operations.map((op) => op.value['operationId']))
    for (const link of links) {
      const id = link.value['operationId']
      const ref = link.value['operationRef']
      if (id === undefined && ref === undefined) {
        ctx.report({message: 'The link must name its operation with "operationRef" or "operationId".', at: link.loc})
      } else if (id !== undefined && ref !== undefined) {
        ctx.report({message: 'The link has both "operationRef" and "operationId": they are mutually exclusive, keep one.', at: child(link.loc, 'operationRef')})
      }
      if (typeof id === 'string' && !ids.has(id)) {
        ctx.report({message: `No operation has the operationId "${id}".`, at: child(link.loc, 'operationId')})
      }
      if (typeof ref === 'string') {
        const hash = ref.indexOf('#')
        const filePart = hash === -1 ? ref : ref.slice(0, hash)
        // Only references into files of this document can be checked; a URL or an unread file is left alone.
        if (filePart !== '' && !ctx.spec.resolveRef(filePart, link.loc.file)) continue
        const target = ctx.spec.resolveRef(ref, link.loc.file)
        let last: string | undefined
        try {
          last = target ? splitPointer(target.pointer).pop() : undefined
        } catch {
          last = undefined
        }
        if (!target || !(HTTP_METHODS as readonly string[]).includes(last ?? '')) {
          ctx.report({message: `operationRef "${ref}" does not point at an operation.`, at: child(link.loc, 'operationRef')})
        }
      }
    }
  },
}
export default rule
