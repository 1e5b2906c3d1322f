import {child, isObject, type JsonObject} from '../../spec/model.js'
import {patternTest, type PatternTest} from '../safe-regex.js'
import type {Rule, RuleContext} from '../types.js'

type Kind = 0 | 1 | 2 // template only, literal mixed with templates, literal only (more specific as it grows)

interface Segment {
  text: string
  kind: Kind
  /** The segment with template names erased, to compare shapes. */
  shape: string
  /** For mixed segments: what literal segments it matches. */
  pattern: {test: PatternTest} | undefined
  /** For template-only segments: whether a value may be this literal, from the parameter's schema. */
  accepts: (literal: string) => boolean
}

const ANY = () => true
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The pattern as a linear-time test (spec patterns are untrusted; see safe-regex.ts). */
function compile(pattern: string): {test: PatternTest} | undefined {
  for (const unicode of [true, false]) {
    try {
      new RegExp(pattern, unicode ? 'u' : '')
    } catch {
      continue // JSON Schema patterns are meant for Unicode mode; some older ones only compile without it.
    }
    const test = patternTest(pattern, unicode)
    return test ? {test} : undefined
  }
  return undefined
}

/**
 * What values a path parameter's schema allows, so `/issues/{issue_number}/lock` (an integer) is not taken to match
 * `/issues/comments/...`: routers (and readers) know a number is never "comments".
 */
function acceptor(schema: JsonObject | undefined): (literal: string) => boolean {
  if (!schema) return ANY
  const en = schema['enum']
  if (Array.isArray(en)) return (v) => en.some((e) => String(e) === v)
  const types = Array.isArray(schema['type']) ? (schema['type'] as unknown[]) : [schema['type']]
  const checks: Array<(v: string) => boolean> = []
  if (types.includes('integer')) checks.push((v) => /^-?\d+$/.test(v))
  if (types.includes('number')) checks.push((v) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v))
  if (types.includes('boolean')) checks.push((v) => v === 'true' || v === 'false')
  if (types.includes('string') || types.includes(undefined)) {
    if (schema['format'] === 'uuid') checks.push((v) => UUID.test(v))
    else if (typeof schema['pattern'] === 'string') {
      const re = compile(schema['pattern'])
      checks.push(re ? (v) => re.test(v) : ANY)
    } else checks.push(ANY)
  }
  return checks.length === 0 ? ANY : (v) => checks.some((c) => c(v))
}

/** Path parameter schemas by path key and name (2.0 keeps the type on the parameter itself). */
function pathParamSchemas(ctx: RuleContext): Map<string, Map<string, JsonObject>> {
  const out = new Map<string, Map<string, JsonObject>>()
  for (const op of ctx.index.operations) {
    if (op.kind !== 'path') continue
    let m = out.get(op.path)
    if (!m) out.set(op.path, (m = new Map()))
    for (const p of op.parameters) {
      const name = p.value['name']
      if (p.value['in'] !== 'path' || typeof name !== 'string' || m.has(name)) continue
      const schema = ctx.version === '2.0' ? p.value : ctx.index.resolve(p.value['schema'], child(p.loc, 'schema')).value
      if (isObject(schema)) m.set(name, schema)
    }
  }
  return out
}

function segment(text: string, schemas: Map<string, JsonObject> | undefined): Segment {
  if (!text.includes('{')) return {text, kind: 2, shape: text, pattern: undefined, accepts: ANY}
  const shape = text.replace(/\{[^}]*\}/g, '{}')
  if (shape === '{}') return {text, kind: 0, shape, pattern: undefined, accepts: lazy(() => acceptor(schemas?.get(text.slice(1, -1))))}
  const parts = shape.split('{}')
  return {text, kind: 1, shape, pattern: {test: (literal) => matchesTemplate(parts, literal)}, accepts: ANY}
}

/** `accepts` built on first call: most segments are never compared with a literal that needs it. */
function lazy(make: () => (literal: string) => boolean): (literal: string) => boolean {
  let fn: ((literal: string) => boolean) | undefined
  return (literal) => (fn ??= make())(literal)
}

/**
 * Whether a literal segment fits a mixed template (`parts` are its literal pieces around the `{}`s, each of which takes
 * one or more characters): the pieces in order, each as far left as it can go, which finds a fit whenever one exists.
 * Linear, with no regular expression built from spec text.
 */
export function matchesTemplate(parts: readonly string[], literal: string): boolean {
  const first = parts[0]!
  const last = parts[parts.length - 1]!
  if (!literal.startsWith(first)) return false
  let at = first.length
  for (let i = 1; i < parts.length - 1; i++) {
    const found = literal.indexOf(parts[i]!, at + 1)
    if (found === -1) return false
    at = found + parts[i]!.length
  }
  // The last template takes at least one character before the closing piece.
  return literal.length - last.length >= at + 1 && literal.endsWith(last)
}

/** Whether some request segment can match both; mixed-against-mixed counts only when the shapes agree (kept simple). */
function overlap(a: Segment, b: Segment): boolean {
  if (a.kind === 2 && b.kind === 2) return a.text === b.text
  if (a.kind === 0) return b.kind === 0 || (b.text !== '' && (b.kind === 1 || a.accepts(b.text)))
  if (b.kind === 0) return a.text !== '' && (a.kind === 1 || b.accepts(a.text))
  if (a.kind === 1 && b.kind === 1) return a.shape === b.shape
  return a.kind === 1 ? a.pattern!.test(b.text) : b.pattern!.test(a.text)
}

const rule: Rule = {
  id: 'no-ambiguous-paths',
  category: 'style',
  description:
    'No two path templates can match the same URL with neither more specific at every segment: `/pets/{id}` and `/{kind}/mine` both match `/pets/mine`, and tools may pick either. (`/pets/{id}` against `/pets/mine` is fine: the concrete segment wins; and a parameter whose schema (integer, enum, uuid, pattern) rules out a literal does not match it.)',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#path-templating-matching',
  check(ctx) {
    const paths = ctx.index.root['paths']
    if (paths === null || typeof paths !== 'object') return
    const root = {file: ctx.spec.root, pointer: ''}
    const schemas = pathParamSchemas(ctx)
    const byLength = new Map<number, Array<{path: string; segments: Segment[]}>>()
    for (const p of Object.keys(paths)) {
      if (p.startsWith('x-')) continue
      const segments = p.split('/').map((t) => segment(t, schemas.get(p)))
      let group = byLength.get(segments.length)
      if (!group) byLength.set(segments.length, (group = []))
      for (const other of group) {
        let aMore = false
        let bMore = false
        let same = true
        let clash = true
        const example: string[] = []
        for (let i = 0; i < segments.length && clash; i++) {
          const a = other.segments[i]!
          const b = segments[i]!
          clash = overlap(a, b)
          if (a.kind > b.kind) aMore = true
          if (b.kind > a.kind) bMore = true
          if (a.shape !== b.shape) same = false
          example.push(a.kind >= b.kind ? a.text : b.text)
        }
        // Identical after renaming templates is a specification error reported by another rule.
        if (!clash || same || !aMore || !bMore) continue
        ctx.report({
          message: `Path "${p}" and "${other.path}" both match "${example.join('/')}" and neither is more specific; make one of them concrete where the other is templated.`,
          at: child(root, 'paths', p),
        })
      }
      group.push({path: p, segments})
    }
  },
}
export default rule
