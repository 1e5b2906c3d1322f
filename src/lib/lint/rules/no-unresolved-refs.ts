import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'no-unresolved-refs',
  category: 'spec',
  description: 'Every `$ref` must point at a file and location that exist.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#reference-object',
  check(ctx) {
    for (const u of ctx.spec.unresolved) {
      ctx.report({message: `Can't resolve $ref "${u.ref}": ${u.reason}.`, at: {file: u.at.file, pointer: u.at.pointer + '/$ref'}})
    }
  },
}
export default rule
