import type {CheckFamily} from '../check.js'
import {isObject} from '../../spec/model.js'
import type {Node} from '../model.js'
import {branchedDiffers, type SchemaView} from '../schema.js'
import type {SchemaLocation} from '../types.js'

const OBJECTS: readonly SchemaLocation[] = ['request-body', 'response-body', 'request-parameter']

/** Keywords that say nothing about which values are valid. */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', '$comment'])

/** What a schema says of properties it does not list. */
type Extra = {state: 'open'} | {state: 'closed'} | {state: 'schema'; node: Node}

function extra(v: SchemaView, view: (n: Node) => SchemaView): Extra {
  const ap = v.additionalProperties
  if (ap === false) return {state: 'closed'}
  if (ap === undefined) return {state: 'open'}
  const target = view(ap)
  if (target.never) return {state: 'closed'}
  const value = target.node.value
  if (value === true || (isObject(value) && Object.keys(value).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-')))) return {state: 'open'}
  return {state: 'schema', node: ap}
}

/** additionalProperties: closed, opened, and the schema of extra properties. */
export const schemaAdditionalProperties: CheckFamily = {
  name: 'schema-additional-properties',
  schemaKinds: [
    {kind: 'additional-properties-narrowed', request: 'error', response: 'info', locations: OBJECTS, description: 'properties not listed are no longer allowed, or must now match a schema: requests that send them are refused'},
    {kind: 'additional-properties-widened', request: 'info', response: 'error', locations: OBJECTS, description: 'properties not listed are now allowed, or no longer have to match a schema: old clients may not expect them'},
  ],

  schema(a, b, ctx) {
    if (branchedDiffers(a, b)) return
    const objects = (v: SchemaView) => v.types === undefined || v.types.has('object')
    if (!objects(a) || !objects(b)) return
    const x = extra(a, ctx.viewBase)
    const y = extra(b, ctx.viewRevision)
    if (x.state === 'schema' && y.state === 'schema') return ctx.compare(x.node, y.node, '{}')
    if (x.state === y.state || !OBJECTS.includes(ctx.location)) return
    const where = {base: x.state === 'schema' ? x.node : a.node, revision: y.state === 'schema' ? y.node : b.node}
    if (y.state === 'closed') ctx.report('additional-properties-narrowed', x.state === 'open' ? 'additional properties are no longer allowed' : 'additional properties are no longer allowed (their schema became false)', where)
    else if (x.state === 'open') ctx.report('additional-properties-narrowed', 'additional properties must now match a schema', where)
    else if (y.state === 'open') ctx.report('additional-properties-widened', x.state === 'closed' ? 'additional properties are now allowed' : 'additional properties of any value are now allowed', where)
    else ctx.report('additional-properties-widened', 'additional properties matching a schema are now allowed', where)
  },
}
