import {isObject} from '../../spec/model.js'
import type {BelowChange, CheckFamily, SchemaContext} from '../check.js'
import {childNode, type Node} from '../model.js'
import {sameValue, type SchemaView} from '../schema.js'
import type {SchemaLocation, Where} from '../types.js'

type Keyword = 'oneOf' | 'anyOf'
const KEYWORDS: readonly Keyword[] = ['oneOf', 'anyOf']

/** Branch kinds: bodies and parameters (response headers are scalars in practice; their branches are still recursed into). */
const BRANCHED: readonly SchemaLocation[] = ['request-body', 'response-body', 'request-parameter']
const BODIES: readonly SchemaLocation[] = ['request-body', 'response-body']

/** Below this structural similarity two branches are different schemas, one removed and one added. */
const THRESHOLD = 0.5

/** One side's branches of a composition; `plain` when a schema without oneOf/anyOf stands in as a single branch. */
interface Side {
  keyword: Keyword
  nodes: Node[]
  views: SchemaView[]
  values: Array<Set<string>>
  plain: boolean
}

export interface BranchPair {
  a: Node
  b: Node
  /** Property-path segment for the pair: `<oneOf Cat>`, `<anyOf "dog">`, `<oneOf[1]>`. */
  segment: string
  /** For messages: ``oneOf branch `Cat` ``. */
  label: string
  /** One side is a plain schema standing in for a single branch. */
  plain: boolean
}

export interface BranchPlan {
  pairs: BranchPair[]
  removed: Array<{node: Node; keyword: Keyword; label: string}>
  added: Array<{node: Node; keyword: Keyword; label: string}>
}

interface Views {
  viewBase(node: Node): SchemaView
  viewRevision(node: Node): SchemaView
}

/**
 * Pairs the oneOf/anyOf branches of two schemas by content, not position: the same component name, else the same
 * title, else a shared discriminator value, else the best structural similarity (greedy, best first). A schema without
 * branches facing one with them counts as a single branch; a switch between oneOf and anyOf compares the branches across.
 */
export function planBranches(a: SchemaView, b: SchemaView, ctx: Views): BranchPlan {
  const plan: BranchPlan = {pairs: [], removed: [], added: []}
  const usesA = KEYWORDS.filter((k) => a[k].length > 0)
  const usesB = KEYWORDS.filter((k) => b[k].length > 0)
  if (usesA.length === 0 && usesB.length === 0) return plan
  const groups: Array<[Side, Side]> = []
  if (usesA.length === 1 && usesB.length === 1 && usesA[0] !== usesB[0]) {
    groups.push([side(a, usesA[0]!, a[usesA[0]!], false, ctx.viewBase, b), side(b, usesB[0]!, b[usesB[0]!], false, ctx.viewRevision, a)])
  } else {
    for (const k of KEYWORDS) {
      if (a[k].length === 0 && b[k].length === 0) continue
      const sa = a[k].length > 0 ? side(a, k, a[k], false, ctx.viewBase, b) : plainSide(a, b, k, ctx.viewBase)
      const sb = b[k].length > 0 ? side(b, k, b[k], false, ctx.viewRevision, a) : plainSide(b, a, k, ctx.viewRevision)
      if (sa && sb) groups.push([sa, sb])
    }
  }
  for (const [sa, sb] of groups) {
    const candidates: Array<{i: number; j: number; score: number}> = []
    sa.views.forEach((x, i) => {
      sb.views.forEach((y, j) => {
        const score = matchScore(x, y, sa.values[i]!, sb.values[j]!, ctx)
        if (score >= THRESHOLD) candidates.push({i, j, score})
      })
    })
    candidates.sort((p, q) => q.score - p.score || Math.abs(p.i - p.j) - Math.abs(q.i - q.j) || p.i - q.i)
    const usedA = new Set<number>()
    const usedB = new Set<number>()
    for (const c of candidates) {
      if (usedA.has(c.i) || usedB.has(c.j)) continue
      usedA.add(c.i)
      usedB.add(c.j)
      if ((sa.plain || sb.plain) && !plainComparable(sa.views[c.i]!, sb.views[c.j]!)) continue
      // Name the pair after the side that has real branches (the revision's, when both do).
      const named = sb.plain ? {s: sa, k: c.i} : {s: sb, k: c.j}
      plan.pairs.push({a: sa.nodes[c.i]!, b: sb.nodes[c.j]!, segment: segmentOf(named.s, named.k), label: `${named.s.keyword} branch ${labelOf(named.s, named.k)}`, plain: sa.plain || sb.plain})
    }
    sa.nodes.forEach((node, i) => {
      if (!usedA.has(i)) plan.removed.push({node, keyword: sa.keyword, label: labelOf(sa, i)})
    })
    sb.nodes.forEach((node, j) => {
      if (!usedB.has(j)) plan.added.push({node, keyword: sb.keyword, label: labelOf(sb, j)})
    })
  }
  return plan
}

/**
 * Whether an enum value removed from a branch's request (or added to a branch's response) is still accepted by another
 * branch, so that no old request is refused (no new response is unknown): Adyen moved `ebanking_FI` from the
 * PaymentDetails branch to a new EBankingFinlandDetails branch; OpenAI's `model` is `anyOf: [string, enum]`, whose
 * first branch takes any string, so shrinking the enum refuses nothing.
 */
function coveredElsewhere(c: BelowChange, pair: BranchPair, a: SchemaView, b: SchemaView, ctx: SchemaContext): boolean {
  const request = ctx.direction === 'request'
  if (!(request ? c.id.endsWith('-enum-value-removed') : c.id.endsWith('-enum-value-added')) || !c.value || c.path.length > 1) return false
  // The branches that stand for the other side of the wire: the revision's (they must take an old request), or the base's
  // (old clients understood a value in a response if any old branch allowed it).
  const others = request ? [...b.oneOf, ...b.anyOf].filter((n) => n.value !== pair.b.value).map(ctx.viewRevision) : [...a.oneOf, ...a.anyOf].filter((n) => n.value !== pair.a.value).map(ctx.viewBase)
  const view = request ? ctx.viewRevision : ctx.viewBase
  const property = c.path[0]
  return others.some((o) => {
    let target: SchemaView | undefined = o
    if (property !== undefined) {
      const node = o.properties.get(property)
      target = node ? view(node) : undefined
    }
    return target !== undefined && accepts(target, c.value!.value)
  })
}

/** Whether a schema's type and enum allow a value (its other constraints are not judged here). */
function accepts(v: SchemaView, value: unknown): boolean {
  if (v.never) return false
  if (v.enum !== undefined && !v.enum.some((e) => sameValue(e, value))) return false
  if (v.types === undefined) return true
  const t = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value
  return v.types.has(t) || (t === 'integer' && v.types.has('number'))
}

function side(parent: SchemaView, keyword: Keyword, nodes: Node[], plain: boolean, view: (n: Node) => SchemaView, other: SchemaView): Side {
  const views = nodes.map(view)
  // Values come from this side's discriminator; the other side's property name still finds `enum`/`const` values.
  const property = parent.discriminator?.propertyName ?? other.discriminator?.propertyName
  const mapping = plain ? new Map<string, string>() : effectiveMapping(parent, view)
  const values = views.map((v) => {
    const out = new Set<string>()
    for (const [value, target] of mapping) if (v.refName !== undefined && target === v.refName) out.add(value)
    const prop = property === undefined ? undefined : v.properties.get(property)
    if (prop) for (const x of view(prop).enum ?? []) if (typeof x === 'string') out.add(x)
    return out
  })
  return {keyword, nodes, views, values, plain}
}

/** A schema without oneOf/anyOf facing one with them: itself as the single branch, when that comparison means something. */
function plainSide(v: SchemaView, other: SchemaView, keyword: Keyword, view: (n: Node) => SchemaView): Side | undefined {
  if (v.oneOf.length > 0 || v.anyOf.length > 0) return undefined // uses the other keyword alongside: not comparable
  if (v.never || (v.types === undefined && v.properties.size === 0 && v.enum === undefined && v.items === undefined)) return undefined
  // Branches that only add constraints to the other side's own properties (`required` variants) are not alternatives to it.
  if (other.properties.size > 0 || other.enum !== undefined || other.items !== undefined) return undefined
  return side(v, keyword, [v.node], true, view, other)
}

/**
 * A plain schema facing its matched branch: the plain one also carries what the other side writes next to its oneOf
 * (`nullable`, or a `null` branch; `default`). When those differ, comparing it with the bare branch would report them
 * again, wrongly (the parent-level comparison already judged them), so the pair is matched but not compared.
 */
function plainComparable(x: SchemaView, y: SchemaView): boolean {
  return x.nullable === y.nullable && x.hasDefault === y.hasDefault && sameValue(x.default, y.default)
}

function matchScore(x: SchemaView, y: SchemaView, vx: Set<string>, vy: Set<string>, ctx: Views): number {
  if (x.refName !== undefined && x.refName === y.refName) return 4
  if (x.title !== undefined && x.title === y.title) return 3
  if (vx.size > 0 && vy.size > 0) return [...vx].some((v) => vy.has(v)) ? 2 : 0 // different discriminator values: different branches
  return similarity(x, y, ctx)
}

/** 0 (unrelated) to 1 (same shape): overlapping types, and for objects the share of property and required names. */
function similarity(x: SchemaView, y: SchemaView, ctx: Views): number {
  if (x.types && y.types && !typesOverlap(x.types, y.types)) return 0
  // A property both pin to enums with no value in common tells them apart (OpenAI's message roles): such branches never
  // take the same value, so they are not one branch changed.
  for (const [name, px] of x.properties) {
    const py = y.properties.get(name)
    if (!py) continue
    const ex = ctx.viewBase(px).enum
    const ey = ctx.viewRevision(py).enum
    if (ex && ey && !ex.some((e) => ey.some((f) => sameValue(e, f)))) return 0
  }
  const names = (v: SchemaView) => new Set([...v.properties.keys(), ...v.required])
  const nx = names(x)
  const ny = names(y)
  if (nx.size > 0 || ny.size > 0) {
    if (nx.size === 0 || ny.size === 0) return 0.5
    const shared = [...nx].filter((n) => ny.has(n)).length
    const jaccard = shared / (nx.size + ny.size - shared)
    return jaccard >= 0.5 ? 0.5 + jaccard / 2 : 0
  }
  let s = 0.6
  if (sameSet(x.types, y.types)) s += 0.2
  if (x.format === y.format) s += 0.1
  if (x.items && y.items) {
    const ix = ctx.viewBase(x.items)
    const iy = ctx.viewRevision(y.items)
    if (sameSet(ix.types, iy.types)) s += 0.1
  } else if (x.enum === undefined && y.enum === undefined) s += 0.1
  else if (x.enum && y.enum && x.enum.some((e) => y.enum!.includes(e))) s += 0.1
  return s
}

function typesOverlap(x: Set<string>, y: Set<string>): boolean {
  if (x.size === 0 || y.size === 0) return true
  for (const t of x) if (y.has(t) || (t === 'integer' && y.has('number')) || (t === 'number' && y.has('integer'))) return true
  return false
}

function sameSet(x: Set<string> | undefined, y: Set<string> | undefined): boolean {
  if (x === undefined || y === undefined) return x === y
  return x.size === y.size && [...x].every((t) => y.has(t))
}

function nameOf(s: Side, i: number): string | undefined {
  const v = s.views[i]!
  return v.refName ?? v.title
}

function firstValue(s: Side, i: number): string | undefined {
  return [...s.values[i]!][0]
}

function segmentOf(s: Side, i: number): string {
  const name = nameOf(s, i)
  if (name !== undefined) return `<${s.keyword} ${name}>`
  const value = firstValue(s, i)
  if (value !== undefined) return `<${s.keyword} ${JSON.stringify(value)}>`
  return `<${s.keyword}[${i}]>`
}

/** `\`Cat\``, `for "cat"`, or `2 (integer)`. */
function labelOf(s: Side, i: number): string {
  const name = nameOf(s, i)
  if (name !== undefined) return `\`${name}\``
  const value = firstValue(s, i)
  if (value !== undefined) return `for ${JSON.stringify(value)}`
  return `${i} (${shape(s.views[i]!)})`
}

function shape(v: SchemaView): string {
  if (v.types && v.types.size > 0) return [...v.types].join(' | ')
  if (v.properties.size > 0) return 'object'
  if (v.enum) return 'enum'
  return 'any type'
}

/** `#/components/schemas/Cat` and `Cat` both name `Cat`. */
function targetName(ref: string): string {
  const last = ref.split('/').pop() ?? ref
  try {
    return decodeURIComponent(last)
  } catch {
    return last
  }
}

/**
 * Discriminator value -> component name: the explicit mapping, plus the implicit one (a branch's component name is its
 * value) for branches the mapping does not name.
 */
export function effectiveMapping(v: SchemaView, view: (n: Node) => SchemaView): Map<string, string> {
  const out = new Map<string, string>()
  if (!v.discriminator) return out
  for (const [value, target] of Object.entries(v.discriminator.mapping)) out.set(value, targetName(target))
  const targets = new Set(out.values())
  for (const n of [...v.oneOf, ...v.anyOf]) {
    const name = view(n).refName
    if (name !== undefined && !targets.has(name) && !out.has(name)) out.set(name, name)
  }
  return out
}

/** The `discriminator` object when the schema writes one itself, else the schema (it inherits one through allOf). */
function discriminatorNode(v: SchemaView): Node {
  return isObject(v.node.value) && v.node.value['discriminator'] !== undefined ? childNode(v.node, 'discriminator') : v.node
}

function mappingNode(v: SchemaView, value: string): Where {
  const d = discriminatorNode(v)
  const mapping = isObject(d.value) ? d.value['mapping'] : undefined
  return isObject(mapping) && Object.hasOwn(mapping, value) ? childNode(d, 'mapping', value) : d
}

/**
 * Whether the value's new target schema keeps every property of the old one (DigitalOcean pointed `enable_backups` at
 * `droplet_action_enable_backups`, an allOf of the old `droplet_action` plus one optional property). The branches are
 * compared property by property anyway (they pair by discriminator value), so only a different shape is reported here.
 */
function extendsTarget(a: SchemaView, b: SchemaView, target: string, other: string, ctx: SchemaContext): boolean {
  const find = (v: SchemaView, name: string, view: (n: Node) => SchemaView) => [...v.oneOf, ...v.anyOf].map(view).find((x) => x.refName === name)
  const ta = find(a, target, ctx.viewBase)
  const tb = find(b, other, ctx.viewRevision)
  if (!ta || !tb || ta.properties.size === 0) return false
  return [...ta.properties.keys()].every((k) => tb.properties.has(k))
}

function compareDiscriminators(a: SchemaView, b: SchemaView, ctx: SchemaContext): void {
  const da = a.discriminator
  const db = b.discriminator
  if (!da && !db) return
  if (!da) return ctx.report('discriminator-added', `discriminator \`${db!.propertyName}\` was added`, {base: a.node, revision: discriminatorNode(b)})
  if (!db) return ctx.report('discriminator-removed', `discriminator \`${da.propertyName}\` was removed`, {base: discriminatorNode(a), revision: b.node})
  if (da.propertyName !== db.propertyName) {
    return ctx.report('discriminator-property-changed', `discriminator property changed from \`${da.propertyName}\` to \`${db.propertyName}\``, {base: discriminatorNode(a), revision: discriminatorNode(b)})
  }
  const ma = effectiveMapping(a, ctx.viewBase)
  const mb = effectiveMapping(b, ctx.viewRevision)
  for (const [value, target] of ma) {
    const other = mb.get(value)
    if (other === undefined) ctx.report('discriminator-mapping-value-removed', `discriminator value ${JSON.stringify(value)} was removed`, {base: mappingNode(a, value), revision: discriminatorNode(b)})
    else if (other !== target && !extendsTarget(a, b, target, other, ctx)) {
      ctx.report('discriminator-mapping-target-changed', `discriminator value ${JSON.stringify(value)} now maps to \`${other}\` instead of \`${target}\``, {base: mappingNode(a, value), revision: mappingNode(b, value)})
    }
  }
  for (const value of mb.keys()) {
    if (!ma.has(value)) ctx.report('discriminator-mapping-value-added', `discriminator value ${JSON.stringify(value)} was added`, {base: discriminatorNode(a), revision: mappingNode(b, value)})
  }
}

/** oneOf and anyOf branches (matched by content, not position) and discriminators. */
export const schemaComposition: CheckFamily = {
  name: 'schema-composition',
  schemaKinds: [
    {kind: 'one-of-branch-added', request: 'info', response: 'error', locations: BRANCHED, description: 'a oneOf branch was added: old clients may not handle the new shape in responses'},
    {kind: 'one-of-branch-removed', request: 'error', response: 'info', locations: BRANCHED, description: 'a oneOf branch was removed: old clients may still send that shape'},
    {kind: 'any-of-branch-added', request: 'info', response: 'error', locations: BRANCHED, description: 'an anyOf branch was added: old clients may not handle the new shape in responses'},
    {kind: 'any-of-branch-removed', request: 'error', response: 'info', locations: BRANCHED, description: 'an anyOf branch was removed: old clients may still send that shape'},
    {kind: 'discriminator-added', request: 'error', response: 'info', locations: BODIES, description: 'a discriminator was added: requests must now carry the discriminating property with a mapped value'},
    {kind: 'discriminator-removed', request: 'info', response: 'warning', locations: BODIES, description: 'the discriminator was removed: clients that pick the branch by it can no longer rely on it'},
    {kind: 'discriminator-property-changed', request: 'error', response: 'error', locations: BODIES, description: 'the discriminator property changed: branches are now told apart by another property'},
    {kind: 'discriminator-mapping-value-removed', request: 'error', response: 'info', locations: BODIES, description: 'a discriminator value was removed: old clients may still send it'},
    {kind: 'discriminator-mapping-value-added', request: 'info', response: 'error', locations: BODIES, description: 'a discriminator value was added: old clients may not know it in responses'},
    {kind: 'discriminator-mapping-target-changed', request: 'error', response: 'error', locations: BODIES, description: 'a discriminator value now selects another schema'},
  ],

  schema(a, b, ctx) {
    const plan = planBranches(a, b, ctx)
    const reports = BRANCHED.includes(ctx.location)
    if (reports) {
      for (const r of plan.removed) ctx.report(r.keyword === 'oneOf' ? 'one-of-branch-removed' : 'any-of-branch-removed', `${r.keyword} branch ${r.label} was removed`, {base: r.node, revision: b.node})
      for (const r of plan.added) ctx.report(r.keyword === 'oneOf' ? 'one-of-branch-added' : 'any-of-branch-added', `${r.keyword} branch ${r.label} was added`, {base: a.node, revision: r.node})
    }
    for (const p of plan.pairs) ctx.compare(p.a, p.b, p.segment, (c) => !coveredElsewhere(c, p, a, b, ctx))
    if (BODIES.includes(ctx.location)) compareDiscriminators(a, b, ctx)
  },
}
