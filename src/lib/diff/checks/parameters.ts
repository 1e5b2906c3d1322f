import type {CheckFamily, OperationContext} from '../check.js'
import type {NApi, NOperation, NParam} from '../model.js'
import type {SchemaView} from '../schema.js'

const PRIMITIVES = new Set(['string', 'number', 'integer', 'boolean'])
/** OpenAPI 3.x: header parameters with these names are ignored (content negotiation and security say them). */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization'])

/**
 * Parameters (path, query, header, cookie), matched by location and name (path ones by template slot, so a renamed
 * template parameter is the same parameter; header names case-insensitively). Ids avoid the schema-kind ids
 * `request-parameter-<kind>` that the schema families expand to.
 */
export const parameters: CheckFamily = {
  name: 'parameters',
  checks: [
    {id: 'request-parameter-added-required', severity: 'error', direction: 'request', description: 'A required parameter was added: old clients do not send it.'},
    {id: 'request-parameter-added-optional', severity: 'info', direction: 'request', description: 'An optional parameter was added.'},
    {id: 'request-parameter-removed', severity: 'warning', direction: 'request', description: 'A parameter was removed: clients still send it, and the server may now ignore or refuse it.'},
    {id: 'request-parameter-became-required', severity: 'error', direction: 'request', description: 'An optional parameter became required: old clients may not send it.'},
    {id: 'request-parameter-became-optional', severity: 'info', direction: 'request', description: 'A required parameter became optional.'},
    {id: 'request-parameter-location-changed', severity: 'error', direction: 'request', description: 'A parameter moved to another location (e.g. from query to header) under the same name: old clients send it in the old place.'},
    {id: 'request-parameter-style-changed', severity: 'error', direction: 'request', description: 'A parameter\'s serialization style changed: old clients encode its value the old way.'},
    {id: 'request-parameter-explode-changed', severity: 'error', direction: 'request', description: 'A parameter\'s explode flag changed: old clients encode arrays and objects the old way.'},
    {id: 'request-parameter-allow-empty-value-removed', severity: 'error', direction: 'request', description: 'A parameter no longer allows an empty value: old clients may send one.'},
    {id: 'request-parameter-allow-empty-value-added', severity: 'info', direction: 'request', description: 'A parameter now allows an empty value.'},
    {id: 'request-parameter-allow-reserved-removed', severity: 'error', direction: 'request', description: 'A parameter no longer allows reserved characters unencoded: old clients may send them as they are.'},
    {id: 'request-parameter-allow-reserved-added', severity: 'info', direction: 'request', description: 'A parameter now allows reserved characters unencoded.'},
    {id: 'request-parameter-marked-deprecated', severity: 'info', direction: 'request', description: 'A parameter was deprecated.'},
    {id: 'request-parameter-media-type-changed', severity: 'error', direction: 'request', description: 'The media type a parameter is serialized as (its `content`) changed: old clients encode it the old way.'},
  ],

  operation(a, b, ctx) {
    const pa = effective(ctx.base, a)
    const pb = effective(ctx.revision, b)
    const goneA: NParam[] = []
    const newB: NParam[] = []
    for (const [key, x] of pa) {
      const y = pb.get(key)
      if (y) compareParams(x, y, false, ctx)
      else goneA.push(x)
    }
    for (const [key, y] of pb) if (!pa.has(key)) newB.push(y)

    // The same name in another location is a move, not a removal and an addition.
    for (const x of goneA) {
      const at = newB.findIndex((y) => y.in !== x.in && sameName(x, y))
      if (at >= 0) {
        const y = newB.splice(at, 1)[0]!
        ctx.report('request-parameter-location-changed', `parameter \`${y.name}\` moved from ${x.in} to ${y.in}`, {base: x.node, revision: y.node})
        compareParams(x, y, true, ctx)
        continue
      }
      ctx.report('request-parameter-removed', `${label(x)} was removed`, {base: x.node, revision: b.node})
    }
    for (const y of newB) {
      if (y.required) ctx.report('request-parameter-added-required', `required ${label(y)} was added`, {base: a.node, revision: y.node})
      else ctx.report('request-parameter-added-optional', `optional ${label(y)} was added`, {base: a.node, revision: y.node})
    }
  },
}

/** The operation's parameters without those the version says to ignore. */
function effective(api: NApi, op: NOperation): Map<string, NParam> {
  if (api.version === '2.0') return op.parameters
  const out = new Map<string, NParam>()
  for (const [key, p] of op.parameters) if (!(p.in === 'header' && IGNORED_HEADERS.has(p.name.toLowerCase()))) out.set(key, p)
  return out
}

function sameName(x: NParam, y: NParam): boolean {
  if (x.in === 'header' || y.in === 'header') return x.name.toLowerCase() === y.name.toLowerCase()
  return x.name === y.name
}

function label(p: NParam): string {
  return `${p.in} parameter \`${p.name}\``
}

/** A schema that only allows strings, numbers or booleans: style and explode change nothing for most locations. */
function primitive(v: SchemaView): boolean {
  return v.types !== undefined && v.types.size > 0 && [...v.types].every((t) => PRIMITIVES.has(t)) && v.oneOf.length === 0 && v.anyOf.length === 0
}

/** Compares a matched pair; `moved` skips the location-specific serialization settings (the move is reported). */
function compareParams(x: NParam, y: NParam, moved: boolean, ctx: OperationContext): void {
  const where = {base: x.node, revision: y.node}
  const name = label(y)
  if (!x.required && y.required) ctx.report('request-parameter-became-required', `${name} became required`, where)
  if (x.required && !y.required) ctx.report('request-parameter-became-optional', `${name} became optional`, where)
  if (!x.deprecated && y.deprecated) ctx.report('request-parameter-marked-deprecated', `${name} was deprecated`, where)

  const ca = x.contentTypes[0]
  const cb = y.contentTypes[0]
  if (ca !== cb) {
    const how = (t: string | undefined, p: NParam) => (t === undefined ? `style ${p.style}` : t)
    ctx.report('request-parameter-media-type-changed', `${name} is now serialized as ${how(cb, y)} instead of ${how(ca, x)}`, where)
  } else if (!moved && ca === undefined) {
    const simple = x.schema !== undefined && y.schema !== undefined && primitive(ctx.viewBase(x.schema)) && primitive(ctx.viewRevision(y.schema))
    // A single value reads the same in every query and cookie style; path styles (label, matrix) still differ.
    if (x.style !== y.style && !(simple && (y.in === 'query' || y.in === 'cookie'))) {
      ctx.report('request-parameter-style-changed', `${name} style changed from ${x.style} to ${y.style}`, where)
    }
    if (x.explode !== y.explode && !simple) ctx.report('request-parameter-explode-changed', `${name} explode changed from ${x.explode} to ${y.explode}`, where)
  }
  if (!moved) {
    if (x.allowEmptyValue && !y.allowEmptyValue) ctx.report('request-parameter-allow-empty-value-removed', `${name} no longer allows an empty value`, where)
    if (!x.allowEmptyValue && y.allowEmptyValue) ctx.report('request-parameter-allow-empty-value-added', `${name} now allows an empty value`, where)
    if (x.allowReserved && !y.allowReserved) ctx.report('request-parameter-allow-reserved-removed', `${name} no longer allows reserved characters unencoded`, where)
    if (!x.allowReserved && y.allowReserved) ctx.report('request-parameter-allow-reserved-added', `${name} now allows reserved characters unencoded`, where)
  }
  ctx.compareSchema(x.schema, y.schema, 'request-parameter', name)
}
