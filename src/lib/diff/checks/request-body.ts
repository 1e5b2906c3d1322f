import type {CheckFamily, OperationContext} from '../check.js'
import {childNode, deref, mediaKey, type NApi, type NBody, type NMedia, type Node} from '../model.js'
import type {SchemaView} from '../schema.js'
import {isObject} from '../../spec/model.js'

/** Request bodies: presence, required, media types, form encodings, and their schemas (compared as `request-body`). */
export const requestBody: CheckFamily = {
  name: 'request-body',
  checks: [
    {id: 'request-body-added-required', severity: 'error', direction: 'request', description: 'A required request body was added: old clients do not send one.'},
    {id: 'request-body-added-optional', severity: 'info', direction: 'request', description: 'An optional request body was added.'},
    {id: 'request-body-removed', severity: 'warning', direction: 'request', description: 'The request body was removed: clients still send one, and the server may now ignore or refuse it.'},
    {id: 'request-body-became-required', severity: 'error', direction: 'request', description: 'The request body became required: old clients may not send one.'},
    {id: 'request-body-became-optional', severity: 'info', direction: 'request', description: 'The request body became optional.'},
    {id: 'request-body-media-type-removed', severity: 'error', direction: 'request', description: 'A request body media type is no longer accepted: old clients still send it.'},
    {id: 'request-body-media-type-added', severity: 'info', direction: 'request', description: 'A request body media type was added.'},
    {id: 'request-body-encoding-changed', severity: 'error', direction: 'request', description: 'How a part of a form or multipart body is encoded (content type, style, explode) changed: old clients encode it the old way.'},
  ],

  operation(a, b, ctx) {
    const ba = a.requestBody
    const bb = b.requestBody
    if (!ba && !bb) return
    if (!ba) {
      if (bb!.required) ctx.report('request-body-added-required', 'a required request body was added', {base: a.node, revision: bb!.node})
      else ctx.report('request-body-added-optional', 'an optional request body was added', {base: a.node, revision: bb!.node})
      return
    }
    if (!bb) {
      ctx.report('request-body-removed', 'request body was removed', {base: ba.node, revision: b.node})
      return
    }
    const where = {base: ba.node, revision: bb.node}
    if (!ba.required && bb.required) ctx.report('request-body-became-required', 'request body became required', where)
    if (ba.required && !bb.required) ctx.report('request-body-became-optional', 'request body became optional', where)

    for (const [key, ma] of ba.content) {
      const mb = bb.content.get(key) ?? covering(bb, key)
      if (!mb) {
        ctx.report('request-body-media-type-removed', `media type ${ma.mediaType} is no longer accepted`, {base: ma.node, revision: bb.node})
        continue
      }
      if (mb.key === key) compareEncoding(ma, mb, ctx)
      ctx.compareSchema(ma.schema, mb.schema, 'request-body', 'request body')
    }
    for (const [key, mb] of bb.content) {
      if (ba.content.has(key) || covering(ba, key)) continue
      ctx.report('request-body-media-type-added', `media type ${mb.mediaType} was added`, {base: ba.node, revision: mb.node})
    }
  },
}

/** Whether media range `range` (`*\/*`, `image/*`, `image/png`) includes `type`. */
function covers(range: string, type: string): boolean {
  if (range === type || range === '*/*') return true
  const [rt, rs] = range.split('/')
  const [tt] = type.split('/')
  return rs === '*' && rt === tt
}

/** A media range of `body` (other than `key` itself) that includes `key`. */
function covering(body: NBody, key: string): NMedia | undefined {
  for (const [k, m] of body.content) if (k !== key && covers(k, key)) return m
  return undefined
}

interface PartEncoding {
  /** Media types accepted for the part; undefined when the default cannot be told from the schema. */
  contentTypes: string[] | undefined
  style: string
  explode: boolean
  node: Node
}

/** Single values (a 2.0 `file` is one too): style and explode change nothing for them. */
const PRIMITIVES = new Set(['string', 'number', 'integer', 'boolean', 'file'])

function primitive(v: SchemaView): boolean {
  return v.types !== undefined && v.types.size > 0 && [...v.types].every((t) => PRIMITIVES.has(t)) && v.oneOf.length === 0 && v.anyOf.length === 0
}

/** The default `contentType` of a part (OpenAPI 3: octet-stream for binary, text/plain for other primitives, JSON for objects). */
function defaultContentType(v: SchemaView, view: (n: Node) => SchemaView, depth = 0): string | undefined {
  if (v.types?.has('file') || (v.types?.size === 1 && v.types.has('string') && v.format === 'binary')) return 'application/octet-stream'
  if (v.types && v.types.size > 0 && [...v.types].every((t) => t !== 'file' && PRIMITIVES.has(t))) return 'text/plain'
  if (v.types?.size === 1 && v.types.has('object')) return 'application/json'
  if (v.types?.size === 1 && v.types.has('array') && v.items && depth < 8) return defaultContentType(view(v.items), view, depth + 1)
  return undefined
}

/**
 * A part's encoding as it is in effect: 3.x `encoding` entries with their defaults, or for Swagger 2.0 formData the
 * parameter's collectionFormat (the model makes formData parameters the properties of one form schema).
 */
function partEncoding(api: NApi, media: NMedia, name: string, prop: Node, view: (n: Node) => SchemaView): PartEncoding {
  const v = view(prop)
  if (api.version === '2.0') {
    // The model's form schema $refs each formData parameter, so the property leads to the parameter itself.
    const real = deref(api.spec, prop)
    const p = real.value
    const cf = isObject(p) && typeof p['collectionFormat'] === 'string' ? p['collectionFormat'] : 'csv'
    const style = cf === 'ssv' ? 'spaceDelimited' : cf === 'pipes' ? 'pipeDelimited' : cf === 'tsv' ? 'tabDelimited' : 'form'
    const ct = defaultContentType(v, view)
    return {contentTypes: ct === undefined ? undefined : [ct], style, explode: cf === 'multi', node: real}
  }
  const enc = media.encoding?.[name]
  const e = isObject(enc) ? enc : {}
  const node = isObject(enc) ? childNode(media.node, 'encoding', name) : media.node
  let contentTypes: string[] | undefined
  if (typeof e['contentType'] === 'string') contentTypes = e['contentType'].split(',').map(mediaKey).filter((t) => t !== '')
  else {
    const ct = defaultContentType(v, view)
    contentTypes = ct === undefined ? undefined : [ct]
  }
  // style and explode apply to url-encoded forms; 3.1 also applies them to multipart/form-data (elsewhere: defaults).
  const styled = media.key === 'application/x-www-form-urlencoded' || (media.key === 'multipart/form-data' && api.version === '3.1')
  const style = styled && typeof e['style'] === 'string' ? e['style'] : 'form'
  const explode = styled && typeof e['explode'] === 'boolean' ? e['explode'] : style === 'form'
  return {contentTypes, style, explode, node}
}

/** Form and multipart bodies: each part present on both sides keeps its content types, style and explode. */
function compareEncoding(ma: NMedia, mb: NMedia, ctx: OperationContext): void {
  const form = ma.key === 'application/x-www-form-urlencoded'
  if (!form && !ma.key.startsWith('multipart/')) return
  if (!ma.schema || !mb.schema) return
  const sa = ctx.viewBase(ma.schema)
  const sb = ctx.viewRevision(mb.schema)
  // Parts of other multipart types are not named fields: style and explode mean nothing there.
  const styled = form || ma.key === 'multipart/form-data'
  for (const [name, pa] of sa.properties) {
    const pb = sb.properties.get(name)
    if (!pb) continue
    const ea = partEncoding(ctx.base, ma, name, pa, ctx.viewBase)
    const eb = partEncoding(ctx.revision, mb, name, pb, ctx.viewRevision)
    // One change per part, listing what changed in how it is encoded.
    const changed: string[] = []
    if (ea.contentTypes && eb.contentTypes && ea.contentTypes.some((t) => !eb.contentTypes!.some((r) => covers(r, t)))) {
      changed.push(`content type changed from ${ea.contentTypes.join(', ')} to ${eb.contentTypes.join(', ')}`)
    }
    if (styled && !(primitive(ctx.viewBase(pa)) && primitive(ctx.viewRevision(pb)))) {
      if (ea.style !== eb.style) changed.push(`style changed from ${ea.style} to ${eb.style}`)
      if (ea.explode !== eb.explode) changed.push(`explode changed from ${ea.explode} to ${eb.explode}`)
    }
    if (changed.length > 0) ctx.report('request-body-encoding-changed', `${ma.mediaType} part \`${name}\` ${changed.join(', ')}`, {base: ea.node, revision: eb.node})
  }
}

