import {show, type CheckFamily} from '../check.js'
import {branchedDiffers, sameValue} from '../schema.js'

/** Enumerations (and `const`, read as a one-value enum): the direction decides whether a value added or removed breaks. */
export const schemaEnum: CheckFamily = {
  name: 'schema-enum',
  schemaKinds: [
    {kind: 'enum-value-added', request: 'info', response: 'error', description: 'an enum value was added: old clients may not handle it in responses'},
    {kind: 'enum-value-removed', request: 'error', response: 'info', description: 'an enum value was removed: old clients may still send it'},
    {kind: 'enum-added', request: 'error', response: 'info', description: 'values are now restricted to an enum'},
    {kind: 'enum-removed', request: 'info', response: 'error', description: 'the enum restriction was removed: any value may now be returned'},
  ],

  schema(a, b, ctx) {
    if (branchedDiffers(a, b)) return
    if (a.enum === undefined && b.enum === undefined) return
    if (a.enum === undefined) return ctx.report('enum-added', `values are now restricted to ${show(b.enum)}`)
    if (b.enum === undefined) return ctx.report('enum-removed', `the enum ${show(a.enum)} was removed`)
    for (const x of b.enum) if (!a.enum.some((y) => sameValue(x, y))) ctx.report('enum-value-added', `enum value ${show(x)} was added`, undefined, {value: x})
    for (const x of a.enum) if (!b.enum.some((y) => sameValue(x, y))) ctx.report('enum-value-removed', `enum value ${show(x)} was removed`, undefined, {value: x})
  },
}
