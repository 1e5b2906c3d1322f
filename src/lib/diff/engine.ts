import type {ApiContext, OperationContext, SchemaContext, WhereBoth} from './check.js'
import {FAMILIES} from './checks/index.js'
import type {NApi, Node, NOperation} from './model.js'
import {checkIndex} from './registry.js'
import {SchemaViews} from './schema.js'
import {FLIPPED, locationDirection, type SchemaLocation, type Where} from './types.js'

/** A change before it is located, filtered and formatted. */
export interface RawChange {
  id: string
  message: string
  operation: NOperation | undefined
  base: Where | undefined
  revision: Where | undefined
}

export interface DiffOptions {
  /** `YYYY-MM-DD` sunset dates are judged against (default today). */
  today?: string
  /** Minimum days between a deprecation and its sunset (default 90). */
  deprecationDays?: number
}

type PathList = {segment: string; rest: PathList} | null

interface SchemaEvent {
  id: string
  message: string
  /** Property path below the compared schema, outermost first (a shared list: prefixing is O(1)). */
  path: PathList
  depth: number
  /** The rendered path, once asked for. */
  rendered?: string
  /** The key `add` dedupes by, once computed. */
  key?: string
  value?: {value: unknown} | undefined
  base: Where | undefined
  revision: Where | undefined
}

/** Compares two documents' meaning: every family's hooks, over the document, matched operations and their schemas. */
export function diffModels(a: NApi, b: NApi, options: DiffOptions = {}): RawChange[] {
  const checks = checkIndex()
  const out: RawChange[] = []
  const seen = new Set<string>()
  const viewsA = new SchemaViews(a.spec)
  const viewsB = new SchemaViews(b.spec)
  // Schema objects get a number each, so a pair of schemas is a short string key.
  const ids = new WeakMap<object, number>()
  let nextId = 1
  const idOf = (v: unknown): number => {
    if (typeof v !== 'object' || v === null) return v === false ? -1 : 0
    let id = ids.get(v)
    if (id === undefined) ids.set(v, (id = nextId++))
    return id
  }
  const memo = new Map<string, SchemaEvent[]>()
  const inProgress = new Set<string>()

  const emit = (id: string, message: string, operation: NOperation | undefined, where: WhereBoth): void => {
    if (!checks.has(id)) throw new Error(`diff check ${id} is reported but not registered`)
    const key = `${id}\0${operation?.key ?? ''}\0${message}\0${where.base?.pointer ?? ''}\0${where.revision?.pointer ?? ''}`
    if (seen.has(key)) return
    seen.add(key)
    out.push({id, message, operation, base: where.base, revision: where.revision})
  }

  const apiCtx: ApiContext = {
    report: (id, message, where) => emit(id, message, where.operation, where),
    today: options.today ?? new Date().toISOString().slice(0, 10),
    deprecationDays: options.deprecationDays ?? 90,
  }

  function compareSchema(an: Node, bn: Node, location: SchemaLocation): SchemaEvent[] {
    const va = viewsA.view(an)
    const vb = viewsB.view(bn)
    const key = `${idOf(va.node.value)}|${idOf(vb.node.value)}|${location}`
    const hit = memo.get(key)
    if (hit) return hit
    if (inProgress.has(key)) return [] // a cycle: the outer comparison of this pair covers it
    inProgress.add(key)
    const events: SchemaEvent[] = []
    // A change to a schema shared by many properties (Stripe's `customer`, reached from dozens of objects) is one
    // change: it is kept once, at its shortest path. Without this the number of paths grows exponentially with depth.
    const byChange = new Map<string, number>()
    const add = (e: SchemaEvent) => {
      const key = (e.key ??= `${e.id}\0${e.message}\0${e.base?.file.id ?? ''}#${e.base?.pointer ?? ''}\0${e.revision?.file.id ?? ''}#${e.revision?.pointer ?? ''}`)
      const at = byChange.get(key)
      if (at === undefined) {
        byChange.set(key, events.length)
        events.push(e)
      } else if (e.depth < events[at]!.depth) events[at] = e
    }
    const ctx: SchemaContext = {
      location,
      direction: locationDirection(location),
      report(kind, message, where, value) {
        if (!checks.has(`${location}-${kind}`)) throw new Error(`diff check ${location}-${kind} is reported but not registered`)
        add({id: `${location}-${kind}`, message, path: null, depth: 0, base: where ? where.base : va.node, revision: where ? where.revision : vb.node, value})
      },
      compare(x, y, segment, keep) {
        if (x === undefined || y === undefined) return
        for (const e of compareSchema(x, y, location)) {
          if (keep && !keep({id: e.id, path: listPath(e.path), value: e.value})) continue
          const copy: SchemaEvent = {id: e.id, message: e.message, path: {segment, rest: e.path}, depth: e.depth + 1, base: e.base, revision: e.revision, value: e.value}
          if (e.key !== undefined) copy.key = e.key
          add(copy)
        }
      },
      viewBase: (n) => viewsA.view(n),
      viewRevision: (n) => viewsB.view(n),
    }
    for (const family of FAMILIES) family.schema?.(va, vb, ctx)
    inProgress.delete(key)
    memo.set(key, events)
    return events
  }

  // Schema changes are shared objects (memoized per schema pair): within an operation one is reported once per
  // subject, checked by identity rather than by building a key from its text (Stripe reports 24,000 of them).
  const serials = new WeakMap<SchemaEvent, number>()
  let nextSerial = 1
  function compareOperations(x: NOperation, y: NOperation, flipped: boolean): void {
    const reported = new Set<string>()
    const ctx: OperationContext = {
      ...apiCtx,
      base: a,
      revision: b,
      flipped,
      report: (id, message, where) => emit(id, message, y, where),
      compareSchema(sa, sb, location, subject) {
        if (sa === undefined || sb === undefined) return
        const loc = flipped ? FLIPPED[location] : location
        for (const e of compareSchema(sa, sb, loc)) {
          let serial = serials.get(e)
          if (serial === undefined) serials.set(e, (serial = nextSerial++))
          const key = `${serial}\0${subject}`
          if (reported.has(key)) continue
          reported.add(key)
          const path = (e.rendered ??= renderPath(e.path))
          out.push({id: e.id, message: `${subject}${path ? ` property \`${path}\`` : ''}: ${e.message}`, operation: y, base: e.base, revision: e.revision})
        }
      },
      viewBase: (n) => viewsA.view(n),
      viewRevision: (n) => viewsB.view(n),
    }
    for (const family of FAMILIES) {
      if (flipped && !family.flippable) continue
      family.operation?.(x, y, ctx)
    }
    for (const [key, cb] of x.callbacks) {
      const other = y.callbacks.get(key)
      if (other) compareOperations(cb, other, true)
    }
  }

  for (const family of FAMILIES) family.api?.(a, b, apiCtx)
  for (const [key, op] of a.operations) {
    const other = b.operations.get(key)
    if (other) compareOperations(op, other, false)
  }
  for (const [key, op] of a.webhooks) {
    const other = b.webhooks.get(key)
    if (other) compareOperations(op, other, true)
  }
  return out
}

function listPath(path: PathList): string[] {
  const out: string[] = []
  for (let p = path; p; p = p.rest) out.push(p.segment)
  return out
}

/** `data` -> `[]` -> `id` is `data[].id`. */
function renderPath(path: PathList): string {
  let s = ''
  for (let p = path; p; p = p.rest) {
    const seg = p.segment
    if (seg === '[]') s += '[]'
    else s += s === '' ? seg : `.${seg}`
  }
  return s
}
