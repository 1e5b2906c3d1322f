import {branchedDiffers} from '../schema.js'
import {patternTest} from '../../lint/safe-regex.js'
import type {CheckFamily} from '../check.js'

/** Regular-expression patterns. */
export const schemaPattern: CheckFamily = {
  name: 'schema-pattern',
  schemaKinds: [
    {kind: 'pattern-changed', request: 'error', response: 'error', description: 'the pattern changed: values valid before may be refused, and new values may not match what clients expect'},
    {kind: 'pattern-added', request: 'error', response: 'info', description: 'a pattern was added: strings that do not match it are refused'},
    {kind: 'pattern-removed', request: 'info', response: 'error', description: 'the pattern was removed: strings that clients expected to match it may be returned'},
  ],

  schema(a, b, ctx) {
    if (branchedDiffers(a, b)) return
    const x = a.pattern
    const y = b.pattern
    if (x === y) return
    // A pattern only constrains strings: on a schema that allows none, the type change is what is reported.
    const strings = (types: Set<string> | undefined) => types === undefined || types.has('string')
    if (!strings(a.types) || !strings(b.types)) return
    // Values an enum pins down are judged by the values: a pattern dropped while an enum came in (every value matching
    // the old pattern) allows nothing new.
    if (x !== undefined && enumMatches(b.enum, x)) return
    if (y !== undefined && enumMatches(a.enum, y)) return
    if (x === undefined) ctx.report('pattern-added', `pattern \`${y}\` was added`)
    else if (y === undefined) ctx.report('pattern-removed', `pattern \`${x}\` was removed`)
    else ctx.report('pattern-changed', `pattern changed from \`${x}\` to \`${y}\``)
  },
}

/** Whether every value of `values` (when there is an enum) is a string matching `pattern` (linear-time matching: spec patterns are untrusted). */
function enumMatches(values: unknown[] | undefined, pattern: string): boolean {
  if (values === undefined || values.length === 0) return false
  const test = patternTest(pattern)
  return test !== undefined && values.every((v) => typeof v === 'string' && test(v))
}
