import type {CheckFamily} from '../check.js'
import type {SchemaView} from '../schema.js'
import type {SchemaLocation} from '../types.js'

const OBJECTS: readonly SchemaLocation[] = ['request-body', 'response-body', 'request-parameter']

/**
 * Object properties, and the recursion into them and into array items. readOnly properties are exempt from request checks (clients do not
 * send them) and writeOnly ones from response checks (the API does not return them); "required" is read the same way.
 */
export const schemaProperties: CheckFamily = {
  name: 'schema-properties',
  schemaKinds: [
    {kind: 'property-removed', request: 'warning', response: 'error', locations: OBJECTS, description: 'a property was removed'},
    {kind: 'property-added', request: 'info', response: 'info', locations: OBJECTS, description: 'an optional property was added'},
    {kind: 'required-property-added', request: 'error', response: 'info', locations: OBJECTS, description: 'a required property was added'},
    {kind: 'property-became-required', request: 'error', response: 'info', locations: OBJECTS, description: 'a property became required'},
    {kind: 'property-became-optional', request: 'info', response: 'error', locations: OBJECTS, description: 'a property became optional: old clients may rely on it being present'},
    {kind: 'property-became-read-only', request: 'warning', response: 'info', locations: ['request-body', 'response-body'], description: 'a property became readOnly: what clients send in it is ignored or refused'},
    {kind: 'property-became-write-only', request: 'info', response: 'error', locations: ['request-body', 'response-body'], description: 'a property became writeOnly: it is no longer returned'},
    {kind: 'property-deprecated', request: 'info', response: 'info', locations: OBJECTS, description: 'a property was deprecated'},
  ],

  schema(a, b, ctx) {
    ctx.compare(a.items, b.items, '[]')
    if (a.properties.size === 0 && b.properties.size === 0) return
    // A plain object that became a oneOf/anyOf of objects (or the reverse) is compared branch by branch by
    // schema-composition; comparing its own (now empty) property list would report every property as removed.
    if (a.oneOf.length + a.anyOf.length > 0 !== b.oneOf.length + b.anyOf.length > 0) return
    const request = ctx.direction === 'request'
    // The side of the wire this location is on hides readOnly (requests) or writeOnly (responses) properties.
    const hidden = (v: SchemaView) => (request ? v.readOnly : v.writeOnly)
    const required = (parent: SchemaView, name: string, prop: SchemaView) => parent.required.has(name) && !hidden(prop)
    for (const [name, pa] of a.properties) {
      const va = ctx.viewBase(pa)
      const pb = b.properties.get(name)
      if (!pb) {
        if (!hidden(va)) ctx.report('property-removed', `property \`${name}\` was removed`, {base: pa, revision: b.node})
        continue
      }
      const vb = ctx.viewRevision(pb)
      const where = {base: pa, revision: pb}
      if (!va.readOnly && vb.readOnly) ctx.report('property-became-read-only', `property \`${name}\` became readOnly`, where)
      if (!va.writeOnly && vb.writeOnly) ctx.report('property-became-write-only', `property \`${name}\` became writeOnly`, where)
      if (hidden(va) && hidden(vb)) continue
      const ra = required(a, name, va)
      const rb = required(b, name, vb)
      if (!ra && rb) ctx.report('property-became-required', `property \`${name}\` became required`, where)
      if (ra && !rb && !hidden(vb)) ctx.report('property-became-optional', `property \`${name}\` became optional`, where)
      if (!va.deprecated && vb.deprecated) ctx.report('property-deprecated', `property \`${name}\` was deprecated`, where)
      if (!hidden(va) && !hidden(vb)) ctx.compare(pa, pb, name)
    }
    for (const [name, pb] of b.properties) {
      if (a.properties.has(name)) continue
      const vb = ctx.viewRevision(pb)
      if (hidden(vb)) continue
      if (required(b, name, vb)) ctx.report('required-property-added', `required property \`${name}\` was added`, {base: a.node, revision: pb})
      else ctx.report('property-added', `property \`${name}\` was added`, {base: a.node, revision: pb})
    }
  },
}
