import {show, type CheckFamily} from '../check.js'
import type {Node, NOperation} from '../model.js'
import {branchedDiffers, sameValue} from '../schema.js'
import {FLIPPED, type SchemaLocation} from '../types.js'
import {planBranches} from './schema-composition.js'

/**
 * Defaults and deprecation. A default is what the server assumes when a client leaves a value out, so changing or
 * dropping one changes the meaning of old requests. Deprecation of a property is schema-properties' `property-deprecated`;
 * this family covers the other schemas: a body, parameter or header schema itself, array items, map values, and oneOf/anyOf branches.
 */
export const schemaAnnotations: CheckFamily = {
  name: 'schema-annotations',
  flippable: true,
  schemaKinds: [
    {kind: 'default-changed', request: 'warning', response: 'info', description: 'the default changed: the server now assumes another value when a client leaves it out'},
    {kind: 'default-added', request: 'info', response: 'info', description: 'a default was added'},
    {kind: 'default-removed', request: 'warning', response: 'info', description: 'the default was removed: what the server assumes for a value left out is no longer documented'},
    {kind: 'schema-deprecated', request: 'info', response: 'info', description: 'a schema (not a property: see property-deprecated) was deprecated'},
  ],

  schema(a, b, ctx) {
    if (branchedDiffers(a, b)) {
      // The default may have moved into the branch the plain side matches; schema-composition compares those.
    } else if (a.hasDefault && b.hasDefault && !sameValue(a.default, b.default)) ctx.report('default-changed', `default changed from ${show(a.default)} to ${show(b.default)}`)
    else if (!a.hasDefault && b.hasDefault) ctx.report('default-added', `default ${show(b.default)} was added`)
    else if (a.hasDefault && !b.hasDefault) ctx.report('default-removed', `default ${show(a.default)} was removed`)

    const deprecated = (x: Node | undefined, y: Node | undefined, what: (name: string) => string) => {
      if (x === undefined || y === undefined) return
      const vx = ctx.viewBase(x)
      const vy = ctx.viewRevision(y)
      if (!vx.deprecated && vy.deprecated) ctx.report('schema-deprecated', `${what(vy.refName ? ` (\`${vy.refName}\`)` : '')} was deprecated`, {base: vx.node, revision: vy.node})
    }
    deprecated(a.items, b.items, (name) => `the array items schema${name}`)
    if (a.additionalProperties && b.additionalProperties) deprecated(a.additionalProperties, b.additionalProperties, (name) => `the additionalProperties schema${name}`)
    for (const p of planBranches(a, b, ctx).pairs) if (!p.plain) deprecated(p.a, p.b, () => p.label)
  },

  operation(a, b, ctx) {
    const root = (x: Node | undefined, y: Node | undefined, location: SchemaLocation, subject: string) => {
      if (x === undefined || y === undefined) return
      const vx = ctx.viewBase(x)
      const vy = ctx.viewRevision(y)
      if (vx.deprecated || !vy.deprecated) return
      const loc = ctx.flipped ? FLIPPED[location] : location
      ctx.report(`${loc}-schema-deprecated`, `${subject} schema ${vy.refName ? `\`${vy.refName}\` ` : ''}was deprecated`, {base: vx.node, revision: vy.node})
    }
    rootSchemas(a, b, ctx.flipped, root)
  },
}

type RootVisitor = (x: Node | undefined, y: Node | undefined, location: SchemaLocation, subject: string) => void

/**
 * The top-level schemas of two matched operations, paired and named as the request-body, parameters, responses,
 * response-headers and callbacks families do (by exact key: a media type range or status range matched only there is left out).
 */
function rootSchemas(a: NOperation, b: NOperation, flipped: boolean, visit: RootVisitor): void {
  const prefix = flipped ? `${a.kind} ` : ''
  if (a.requestBody && b.requestBody) {
    for (const [key, ma] of a.requestBody.content) visit(ma.schema, b.requestBody.content.get(key)?.schema, 'request-body', `${prefix}request body`)
  }
  if (!flipped) {
    for (const [key, pa] of a.parameters) {
      const pb = b.parameters.get(key)
      if (pb) visit(pa.schema, pb.schema, 'request-parameter', `${pb.in} parameter \`${pb.name}\``)
    }
  }
  for (const [status, ra] of a.responses) {
    const rb = b.responses.get(status)
    if (!rb) continue
    const response = status === 'default' ? 'default response' : `response ${status}`
    for (const [key, ma] of ra.content) visit(ma.schema, rb.content.get(key)?.schema, 'response-body', `${prefix}${response} body`)
    if (flipped) continue
    for (const [key, ha] of ra.headers) {
      const hb = rb.headers.get(key)
      if (hb) visit(ha.schema, hb.schema, 'response-header', `${response} header \`${hb.name}\``)
    }
  }
}
