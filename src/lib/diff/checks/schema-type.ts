import {branchedDiffers} from '../schema.js'
import type {CheckFamily} from '../check.js'

/** Formats whose values are all valid in a wider one: int32 -> int64, float -> double. */
const WIDER: Record<string, string[]> = {int32: ['int64'], float: ['double'], int8: ['int16', 'int32', 'int64'], int16: ['int32', 'int64']}

/** Type, format and nullability. `integer` counts as a subset of `number`. */
export const schemaType: CheckFamily = {
  name: 'schema-type',
  schemaKinds: [
    {kind: 'type-changed', request: 'error', response: 'error', description: 'the type changed to one that accepts different values'},
    {kind: 'type-widened', request: 'info', response: 'error', description: 'the type now allows more (integer to number, a type added, or any type)'},
    {kind: 'type-narrowed', request: 'error', response: 'info', description: 'the type now allows less (number to integer, a type dropped)'},
    {kind: 'format-changed', request: 'error', response: 'error', description: 'the format changed to an unrelated one'},
    {kind: 'format-widened', request: 'info', response: 'error', description: 'the format widened (int32 to int64, float to double)'},
    {kind: 'format-narrowed', request: 'error', response: 'info', description: 'the format narrowed (int64 to int32, double to float)'},
    {kind: 'format-added', request: 'error', response: 'info', description: 'a format was added, restricting values'},
    {kind: 'format-removed', request: 'info', response: 'warning', description: 'the format was removed; clients may have parsed values by it'},
    {kind: 'nullable-added', request: 'info', response: 'error', description: 'null is now allowed'},
    {kind: 'nullable-removed', request: 'error', response: 'info', description: 'null is no longer allowed'},
  ],

  schema(a, b, ctx) {
    const ta = a.types
    const tb = b.types
    if (!(ta === undefined && tb === undefined)) {
      const show = (t: Set<string> | undefined) => (t === undefined ? 'any type' : t.size === 0 ? 'null' : [...t].join(' | '))
      const within = (x: Set<string>, y: Set<string>) => [...x].every((t) => y.has(t) || (t === 'integer' && y.has('number')))
      if (ta === undefined) ctx.report('type-narrowed', `type narrowed from any type to ${show(tb)}`)
      else if (tb === undefined) ctx.report('type-widened', `type widened from ${show(ta)} to any type`)
      else if (ta.size > 0 && tb.size > 0) {
        const aInB = within(ta, tb)
        const bInA = within(tb, ta)
        if (aInB && !bInA) ctx.report('type-widened', `type widened from ${show(ta)} to ${show(tb)}`)
        else if (bInA && !aInB) ctx.report('type-narrowed', `type narrowed from ${show(ta)} to ${show(tb)}`)
        else if (!aInB && !bInA) ctx.report('type-changed', `type changed from ${show(ta)} to ${show(tb)}`)
      }
    }
    const fa = a.format
    const fb = b.format
    if (fa !== fb && !branchedDiffers(a, b)) {
      if (fa === undefined) ctx.report('format-added', `format "${fb}" was added`)
      else if (fb === undefined) ctx.report('format-removed', `format "${fa}" was removed`)
      else if (WIDER[fa]?.includes(fb)) ctx.report('format-widened', `format widened from "${fa}" to "${fb}"`)
      else if (WIDER[fb]?.includes(fa)) ctx.report('format-narrowed', `format narrowed from "${fa}" to "${fb}"`)
      else ctx.report('format-changed', `format changed from "${fa}" to "${fb}"`)
    }
    if (!a.nullable && b.nullable) ctx.report('nullable-added', 'null is now allowed')
    if (a.nullable && !b.nullable) ctx.report('nullable-removed', 'null is no longer allowed')
  },
}
