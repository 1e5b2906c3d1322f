import type {CheckFamily, ApiContext} from '../check.js'
import type {NOperation} from '../model.js'

/** Operations added, removed, deprecated and sunset, with the minimum-notice policy (`diff.deprecationDays`). */
export const operations: CheckFamily = {
  name: 'operations',
  checks: [
    {id: 'operation-removed', severity: 'error', direction: null, description: 'An operation that was not deprecated was removed.'},
    {id: 'operation-removed-before-sunset', severity: 'error', direction: null, description: 'A deprecated operation was removed before its sunset date.'},
    {id: 'deprecated-operation-removed', severity: 'info', direction: null, description: 'A deprecated operation was removed after its sunset date.'},
    {id: 'deprecated-operation-removed-without-sunset', severity: 'warning', direction: null, description: 'A deprecated operation with no sunset date was removed: clients had no date to plan for.'},
    {id: 'operation-added', severity: 'info', direction: null, description: 'An operation was added.'},
    {id: 'operation-deprecated', severity: 'info', direction: null, description: 'An operation was deprecated.'},
    {id: 'operation-deprecated-sunset-too-soon', severity: 'warning', direction: null, description: 'An operation was deprecated with a sunset date closer than the minimum notice (diff.deprecationDays, default 90).'},
    {id: 'operation-reactivated', severity: 'info', direction: null, description: 'A deprecated operation is no longer deprecated.'},
    {id: 'operation-sunset-brought-forward', severity: 'warning', direction: null, description: 'An operation\'s sunset date moved earlier.'},
    {id: 'operation-sunset-postponed', severity: 'info', direction: null, description: 'An operation\'s sunset date moved later.'},
    {id: 'operation-id-changed', severity: 'warning', direction: null, description: 'An operationId changed: generated SDK methods are renamed.'},
    {id: 'operation-id-removed', severity: 'warning', direction: null, description: 'An operationId was removed: generated SDK methods are renamed.'},
    {id: 'operation-tag-removed', severity: 'info', direction: null, description: 'A tag was removed from an operation (documentation and SDK grouping).'},
    {id: 'operation-tag-added', severity: 'info', direction: null, description: 'A tag was added to an operation.'},
    {id: 'path-parameter-renamed', severity: 'info', direction: null, description: 'A path template parameter was renamed; the URL is the same.'},
  ],

  api(a, b, ctx) {
    for (const [key, op] of a.operations) if (!b.operations.has(key)) removed(op, ctx)
    for (const [key, op] of b.operations) if (!a.operations.has(key)) ctx.report('operation-added', `operation ${op.label} was added`, {revision: op.node, operation: op})
  },

  operation(a, b, ctx) {
    const where = {base: a.node, revision: b.node}
    if (a.kind === 'path' && a.path !== b.path) ctx.report('path-parameter-renamed', `path parameters renamed: ${a.path} is now ${b.path}`, where)
    if (!a.deprecated && b.deprecated) {
      ctx.report('operation-deprecated', `operation was deprecated${b.sunset ? `, sunset ${b.sunset}` : ''}`, where)
      const sunset = day(b.sunset)
      if (sunset !== undefined && sunset < addDays(ctx.today, ctx.deprecationDays)) {
        ctx.report('operation-deprecated-sunset-too-soon', `sunset date ${b.sunset} gives less than the ${ctx.deprecationDays} days of notice required`, where)
      }
    }
    if (a.deprecated && !b.deprecated) ctx.report('operation-reactivated', 'operation is no longer deprecated', where)
    const sa = day(a.sunset)
    const sb = day(b.sunset)
    if (sa !== undefined && sb !== undefined && sa !== sb) {
      if (sb < sa) ctx.report('operation-sunset-brought-forward', `sunset date moved earlier, from ${a.sunset} to ${b.sunset}`, where)
      else ctx.report('operation-sunset-postponed', `sunset date moved later, from ${a.sunset} to ${b.sunset}`, where)
    }
    if (a.operationId !== undefined && b.operationId === undefined) ctx.report('operation-id-removed', `operationId "${a.operationId}" was removed`, where)
    else if (a.operationId !== undefined && b.operationId !== a.operationId) ctx.report('operation-id-changed', `operationId changed from "${a.operationId}" to "${b.operationId}"`, where)
    for (const t of a.tags) if (!b.tags.includes(t)) ctx.report('operation-tag-removed', `tag "${t}" was removed`, where)
    for (const t of b.tags) if (!a.tags.includes(t)) ctx.report('operation-tag-added', `tag "${t}" was added`, where)
  },
}

function removed(op: NOperation, ctx: ApiContext): void {
  const where = {base: op.node, operation: op}
  if (!op.deprecated) return ctx.report('operation-removed', `operation ${op.label} was removed without being deprecated first`, where)
  const sunset = day(op.sunset)
  if (sunset === undefined) return ctx.report('deprecated-operation-removed-without-sunset', `deprecated operation ${op.label} was removed; it had no sunset date`, where)
  if (sunset > ctx.today) return ctx.report('operation-removed-before-sunset', `deprecated operation ${op.label} was removed before its sunset date ${op.sunset}`, where)
  ctx.report('deprecated-operation-removed', `deprecated operation ${op.label} was removed after its sunset date ${op.sunset}`, where)
}

/** `YYYY-MM-DD` of a sunset date written as a date or an HTTP date; undefined when unreadable. */
export function day(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text
  const t = Date.parse(text)
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10)
}

function addDays(dayText: string, days: number): string {
  return new Date(Date.parse(dayText) + days * 86_400_000).toISOString().slice(0, 10)
}
