import type {CheckFamily, SchemaContext, SchemaKind} from '../check.js'
import {branchedDiffers, type Bound, type SchemaView} from '../schema.js'
import type {SchemaLocation} from '../types.js'

const BODIES: readonly SchemaLocation[] = ['request-body', 'response-body']

/** Fewer values allowed: old requests may be refused; responses stay within what clients knew. */
function tightened(kind: string, description: string, locations?: readonly SchemaLocation[]): SchemaKind {
  return {kind, request: 'error', response: 'info', description, ...(locations ? {locations} : {})}
}

/** More values allowed: requests are fine; old clients may get values they do not expect. */
function loosened(kind: string, description: string, locations?: readonly SchemaLocation[]): SchemaKind {
  return {kind, request: 'info', response: 'error', description, ...(locations ? {locations} : {})}
}

type CountKey = 'maxLength' | 'minLength' | 'maxItems' | 'minItems' | 'maxProperties' | 'minProperties'

/** A count bound (never below 0): `upper` ones limit from above, the others from below (an absent lower bound is 0). */
interface CountBound {
  key: CountKey
  upper: boolean
  /** The JSON type the keyword applies to. */
  type: string
  /** The kind when the bound allows fewer values, and when it allows more. */
  tighter: string
  looser: string
  /** Locations the kinds are registered for (default: all four). */
  locations?: readonly SchemaLocation[]
}

const COUNTS: readonly CountBound[] = [
  {key: 'maxLength', upper: true, type: 'string', tighter: 'max-length-decreased', looser: 'max-length-increased'},
  {key: 'minLength', upper: false, type: 'string', tighter: 'min-length-increased', looser: 'min-length-decreased'},
  {key: 'maxItems', upper: true, type: 'array', tighter: 'max-items-decreased', looser: 'max-items-increased'},
  {key: 'minItems', upper: false, type: 'array', tighter: 'min-items-increased', looser: 'min-items-decreased'},
  {key: 'maxProperties', upper: true, type: 'object', tighter: 'max-properties-decreased', looser: 'max-properties-increased', locations: BODIES},
  {key: 'minProperties', upper: false, type: 'object', tighter: 'min-properties-increased', looser: 'min-properties-decreased', locations: BODIES},
]

/** Whether the keyword's type is allowed by the schema (a string keyword on an integer schema means nothing). */
function applies(v: SchemaView, ...types: string[]): boolean {
  return v.types === undefined || types.some((t) => v.types!.has(t))
}

function integerOnly(v: SchemaView): boolean {
  return v.types !== undefined && v.types.size === 1 && v.types.has('integer')
}

function showBound(b: Bound): string {
  return b.exclusive ? `${b.value} (exclusive)` : `${b.value}`
}

/** For integers an exclusive bound is the next integer inclusive (`exclusiveMaximum: 10` is `maximum: 9`). */
function effective(b: Bound, v: SchemaView, upper: boolean): Bound {
  if (!integerOnly(v)) return b
  if (upper) return {value: b.exclusive ? Math.ceil(b.value) - 1 : Math.floor(b.value), exclusive: false}
  return {value: b.exclusive ? Math.floor(b.value) + 1 : Math.ceil(b.value), exclusive: false}
}

/** Whether `x` is an integer, allowing for floating-point error (`0.3 / 0.1`). */
function whole(x: number): boolean {
  return Math.abs(x - Math.round(x)) <= 1e-9 * Math.max(1, Math.abs(x))
}

function compareCount(a: SchemaView, b: SchemaView, c: CountBound, ctx: SchemaContext): void {
  if (c.locations && !c.locations.includes(ctx.location)) return
  if (!applies(a, c.type) || !applies(b, c.type)) return
  const x = a[c.key]
  const y = b[c.key]
  // Values an enum pins down are judged by the values (Stripe dropped `maxLength: 5000` where an enum of short
  // strings came in: nothing longer can be returned).
  if (enumWithin(b.enum, c.key, x) && isLooser(c, x, y)) return
  if (enumWithin(a.enum, c.key, y) && !isLooser(c, x, y)) return
  if (c.upper) {
    if (x === y) return
    if (x === undefined) ctx.report(c.tighter, `${c.key} ${y} was added (previously unbounded)`)
    else if (y === undefined) ctx.report(c.looser, `${c.key} ${x} was removed (now unbounded)`)
    else if (y < x) ctx.report(c.tighter, `${c.key} decreased from ${x} to ${y}`)
    else ctx.report(c.looser, `${c.key} increased from ${x} to ${y}`)
    return
  }
  // A lower count bound of 0 is no bound at all.
  const lx = x ?? 0
  const ly = y ?? 0
  if (lx === ly) return
  if (ly > lx) ctx.report(c.tighter, x === undefined ? `${c.key} ${y} was added (previously unbounded)` : `${c.key} increased from ${x} to ${y}`)
  else ctx.report(c.looser, y === undefined ? `${c.key} ${x} was removed (now unbounded)` : `${c.key} decreased from ${x} to ${y}`)
}

function compareNumeric(a: SchemaView, b: SchemaView, upper: boolean, ctx: SchemaContext): void {
  const key = upper ? 'maximum' : 'minimum'
  const x = a[key]
  const y = b[key]
  if (x === undefined && y === undefined) return
  // As for counts: an enum's values decide when one side lists them all.
  const inside = (values: unknown[] | undefined, bound: Bound | undefined) =>
    values !== undefined && values.length > 0 && values.every((v) => typeof v === 'number' && (bound === undefined || (upper ? (bound.exclusive ? v < bound.value : v <= bound.value) : bound.exclusive ? v > bound.value : v >= bound.value)))
  const tighter = upper ? 'maximum-decreased' : 'minimum-increased'
  const looser = upper ? 'maximum-increased' : 'minimum-decreased'
  if (x === undefined) return inside(a.enum, y) ? undefined : ctx.report(tighter, `${key} ${showBound(y!)} was added (previously unbounded)`)
  if (y === undefined) return inside(b.enum, x) ? undefined : ctx.report(looser, `${key} ${showBound(x)} was removed (now unbounded)`)
  const ex = effective(x, a, upper)
  const ey = effective(y, b, upper)
  // How far the revision's bound moved toward allowing less (positive) or more (negative).
  const sign = upper ? 1 : -1
  let moved = sign * (ex.value - ey.value)
  if (moved === 0 && ex.exclusive !== ey.exclusive) moved = ey.exclusive ? 1 : -1
  if (moved === 0 || (moved > 0 ? inside(a.enum, y) : inside(b.enum, x))) return
  const verb = upper === moved > 0 ? 'decreased' : 'increased'
  ctx.report(moved > 0 ? tighter : looser, `${key} ${verb} from ${showBound(x)} to ${showBound(y)}`)
}

function compareMultipleOf(a: SchemaView, b: SchemaView, ctx: SchemaContext): void {
  // multipleOf 1 on an integer says nothing; a non-positive one is invalid and ignored.
  const read = (v: SchemaView) => (v.multipleOf === undefined || v.multipleOf <= 0 || (v.multipleOf === 1 && integerOnly(v)) ? undefined : v.multipleOf)
  const x = read(a)
  const y = read(b)
  if (x === y) return
  if (x === undefined) return ctx.report('multiple-of-narrowed', `multipleOf ${y} was added (previously any multiple)`)
  if (y === undefined) return ctx.report('multiple-of-widened', `multipleOf ${x} was removed (now any multiple)`)
  if (whole(y / x)) ctx.report('multiple-of-narrowed', `multipleOf narrowed from ${x} to ${y} (a multiple of it)`)
  else if (whole(x / y)) ctx.report('multiple-of-widened', `multipleOf widened from ${x} to ${y} (a divisor of it)`)
  else ctx.report('multiple-of-changed', `multipleOf changed from ${x} to ${y}`)
}

/** Numeric, length, item-count and property-count bounds, multipleOf and uniqueItems. */
export const schemaBounds: CheckFamily = {
  name: 'schema-bounds',
  schemaKinds: [
    tightened('max-length-decreased', 'maxLength decreased or was added: longer strings are refused'),
    loosened('max-length-increased', 'maxLength increased or was removed: longer strings may be returned'),
    tightened('min-length-increased', 'minLength increased or was added: shorter strings are refused'),
    loosened('min-length-decreased', 'minLength decreased or was removed: shorter strings may be returned'),
    tightened('maximum-decreased', 'the maximum decreased, became exclusive or was added: larger numbers are refused'),
    loosened('maximum-increased', 'the maximum increased, became inclusive or was removed: larger numbers may be returned'),
    tightened('minimum-increased', 'the minimum increased, became exclusive or was added: smaller numbers are refused'),
    loosened('minimum-decreased', 'the minimum decreased, became inclusive or was removed: smaller numbers may be returned'),
    tightened('max-items-decreased', 'maxItems decreased or was added: longer arrays are refused'),
    loosened('max-items-increased', 'maxItems increased or was removed: longer arrays may be returned'),
    tightened('min-items-increased', 'minItems increased or was added: shorter arrays are refused'),
    loosened('min-items-decreased', 'minItems decreased or was removed: shorter arrays may be returned'),
    tightened('unique-items-added', 'uniqueItems was added: arrays with repeated items are refused'),
    loosened('unique-items-removed', 'uniqueItems was removed: arrays with repeated items may be returned'),
    tightened('multiple-of-narrowed', 'multipleOf was added or became a multiple of the old one: fewer numbers are allowed'),
    loosened('multiple-of-widened', 'multipleOf was removed or became a divisor of the old one: more numbers are allowed'),
    {kind: 'multiple-of-changed', request: 'error', response: 'error', description: 'multipleOf changed to an unrelated value: some old numbers are refused and some new ones allowed'},
    tightened('max-properties-decreased', 'maxProperties decreased or was added: objects with more properties are refused', BODIES),
    loosened('max-properties-increased', 'maxProperties increased or was removed: objects with more properties may be returned', BODIES),
    tightened('min-properties-increased', 'minProperties increased or was added: objects with fewer properties are refused', BODIES),
    loosened('min-properties-decreased', 'minProperties decreased or was removed: objects with fewer properties may be returned', BODIES),
  ],

  schema(a, b, ctx) {
    if (branchedDiffers(a, b)) return
    for (const c of COUNTS) compareCount(a, b, c, ctx)
    if (applies(a, 'number', 'integer') && applies(b, 'number', 'integer')) {
      compareNumeric(a, b, true, ctx)
      compareNumeric(a, b, false, ctx)
      compareMultipleOf(a, b, ctx)
    }
    if (applies(a, 'array') && applies(b, 'array')) {
      if (!a.uniqueItems && b.uniqueItems) ctx.report('unique-items-added', 'uniqueItems was added: items must now be distinct')
      if (a.uniqueItems && !b.uniqueItems) ctx.report('unique-items-removed', 'uniqueItems was removed: items may now repeat')
    }
  },
}

/** Whether the change of a count bound from `x` to `y` allows more. */
function isLooser(c: CountBound, x: number | undefined, y: number | undefined): boolean {
  if (c.upper) return y === undefined || (x !== undefined && y > x)
  return (y ?? 0) < (x ?? 0)
}

/** Whether there is an enum and each of its values keeps within `limit` for `key` (values of other types pass). */
function enumWithin(values: unknown[] | undefined, key: CountKey, limit: number | undefined): boolean {
  if (values === undefined || values.length === 0) return false
  if (limit === undefined) return true
  return values.every((v) => {
    const n = key.endsWith('Length') ? (typeof v === 'string' ? [...v].length : undefined) : key.endsWith('Items') ? (Array.isArray(v) ? v.length : undefined) : v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v).length : undefined
    return n === undefined || (key.startsWith('max') ? n <= limit : n >= limit)
  })
}
