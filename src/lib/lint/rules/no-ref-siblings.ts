import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

/** Path Items may carry `$ref` beside their own fields. */
const PATH_ITEM = /^\/(?:paths|webhooks)\/[^/]+$|\/callbacks\/[^/]+\/[^/]+$|^\/components\/(?:pathItems|callbacks\/[^/]+)\/[^/]+$/

function hasSibling(holder: Record<string, unknown>): boolean {
  for (const k in holder) if (k !== '$ref' && !k.startsWith('x-')) return true
  return false
}

const rule: Rule = {
  id: 'no-ref-siblings',
  category: 'style',
  description:
    'In OpenAPI 2.0 and 3.0 a `$ref` object replaces itself with its target: keys written beside `$ref` (description, nullable, example...) are ignored. ' +
    'Wrap the reference in `allOf: [{$ref: ...}]` to add keywords.',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.0.3#reference-object',
  versions: ['2.0', '3.0'],
  check(ctx) {
    const done = new Set<string>()
    for (const r of ctx.index.refs) {
      const holder = r.holder
      // Nearly every holder is a bare `{$ref}`: it has nothing to report, so it needs no key, no pattern test.
      if (!hasSibling(holder)) continue
      const key = r.at.file.id + '#' + r.at.pointer
      if (done.has(key) || PATH_ITEM.test(r.at.pointer)) continue
      done.add(key)
      for (const k of Object.keys(holder)) {
        // Extensions beside $ref are tooling metadata (e.g. x-go-name), not keywords a reader expects to apply.
        if (k === '$ref' || k.startsWith('x-')) continue
        ctx.report({message: `"${k}" beside $ref "${r.ref}" is ignored in OpenAPI ${ctx.version}; move it into \`allOf: [{$ref: ...}]\` or into the target.`, at: child(r.at, k)})
      }
    }
  },
}
export default rule
