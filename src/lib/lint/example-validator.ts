// Validates example and default values against OpenAPI schemas. A fast yes/no pass reads the OpenAPI schema directly
// (see `conforms` below); only values it rejects (or cannot judge) go to @cfworker/json-schema, which has the last word
// and words the message. For that, the OpenAPI dialect is translated into plain JSON Schema once per document (memoised per node and direction, shared by all rules of one
// lint run): 3.0 `nullable` becomes a null branch, `$ref`s become keys of one shared lookup table (so cycles need no
// copying), properties that are readOnly (requests) or writeOnly (responses) stop being required, and annotations and
// `x-` keys are dropped.
import type {OutputUnit, Schema} from '@cfworker/json-schema'
import {jsonSchema} from '../json-schema.js'
import type {NodeLocation} from '../spec/loader.js'
import {child, isObject, type JsonObject, type SpecIndex} from '../spec/model.js'
import type {SourceFile} from '../spec/source-file.js'
import {compiles} from './schema-kit.js'
import {patternTest, safeForNative, type PatternTest} from './safe-regex.js'
import type {RuleContext} from './types.js'

export type ExampleMode = 'request' | 'response' | 'any'

export interface ExampleIssue {
  message: string
  /** Pointer segments inside the instance where the problem is. */
  path: string[]
}

const SINGLE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems']
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems']
const MAP = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']
/** Keywords that never constrain a value, or that the validator cannot follow ($dynamicRef, $id bases). */
const DROP = new Set([
  'description', 'title', 'example', 'examples', 'externalDocs', 'xml', 'discriminator', 'deprecated', 'readOnly', 'writeOnly',
  'nullable', '$comment', 'default', '$schema', '$id', 'id', '$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveRef', '$recursiveAnchor',
  '$vocabulary', 'contentMediaType', 'contentEncoding', 'contentSchema',
])

interface DocState {
  draft: '4' | '2020-12'
  /**
   * `$ref` targets by key, translated when the validator first follows one (see refTo): on OpenAI, schema-example-valid
   * follows 143 of the 506 schemas its examples' refs lead to, and translating them all took ~25 ms.
   */
  lookup: Record<string, Schema | boolean>
  /** Targets named by a key but not translated yet. */
  pending: Map<string, {value: JsonObject; file: SourceFile; mode: ExampleMode; depth: number}>
  /** Translations by source node (identity, so no pointer strings are built) and direction. */
  memo: Record<ExampleMode, Map<object, Schema | boolean>>
  ids: Map<object, number>
  /** `$ref` holders to their targets, for the fast path. */
  targets: Map<object, {value: unknown; file: SourceFile} | null>
  nextId: number
}

const states = new WeakMap<SpecIndex, DocState>()

function state(index: SpecIndex): DocState {
  let s = states.get(index)
  if (!s) {
    const pending: DocState['pending'] = new Map()
    const translated = Object.create(null) as Record<string, Schema | boolean>
    const lookup = new Proxy(translated, {
      get(target, key) {
        if (typeof key !== 'string') return undefined
        let found = target[key]
        const todo = found === undefined ? pending.get(key) : undefined
        if (todo) {
          pending.delete(key)
          found = target[key] = translate(index, s!, todo.value, todo.file, todo.mode, todo.depth)
        }
        return found
      },
    })
    s = {draft: index.version === '3.1' ? '2020-12' : '4', lookup, pending, memo: {request: new Map(), response: new Map(), any: new Map()}, ids: new Map(), targets: new Map(), nextId: 0}
    states.set(index, s)
  }
  return s
}

/**
 * Checks `instance` against the schema written at `loc`. Returns the first problem found, or undefined when the value
 * is valid (or the schema cannot be compiled, which other rules report).
 */
export function checkValue(index: SpecIndex, schema: unknown, loc: NodeLocation, instance: unknown, mode: ExampleMode): ExampleIssue | undefined {
  if (instance === undefined) return undefined
  const st = state(index)
  const fast: Fast = {index, st, mode}
  try {
    if (conforms(instance, schema, loc.file, fast, 0)) return undefined
  } catch (e) {
    if (e !== UNSUPPORTED) return undefined
  }
  const compiled = translate(index, st, schema, loc.file, mode, 0)
  let result
  try {
    result = jsonSchema().validate(instance, compiled, st.draft, st.lookup, true)
  } catch {
    return undefined
  }
  if (result.valid) {
    // The full validator was not given a pattern that is unsafe to run natively; the linear-time test failed it.
    return fast.unsafeMiss === undefined ? undefined : {message: `a string does not match the pattern ${JSON.stringify(fast.unsafeMiss)}`, path: []}
  }
  return describe(result.errors)
}

function describe(errors: OutputUnit[]): ExampleIssue {
  // The validator lists a wrapper unit ("A subschema had errors.") before the units that caused it; the last unit is the
  // most specific one.
  const leaf = [...errors].reverse().find((e) => !/subschema|does not match schema|not match any|did not match/i.test(e.error)) ?? errors[errors.length - 1]!
  const path = leaf.instanceLocation
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
  return {message: leaf.error.replace(/\.$/, ''), path}
}

function translate(index: SpecIndex, st: DocState, value: unknown, file: SourceFile, mode: ExampleMode, depth: number): Schema | boolean {
  if (typeof value === 'boolean') return value
  if (!isObject(value) || depth > 200) return true
  const memo = st.memo[mode]
  const hit = memo.get(value)
  if (hit !== undefined) return hit
  let out: Schema
  const ref = value['$ref']
  if (typeof ref === 'string' && index.version !== '3.1') {
    out = refTo(index, st, ref, file, mode, depth)
  } else {
    out = {}
    if (typeof ref === 'string') Object.assign(out, refTo(index, st, ref, file, mode, depth))
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' || k.startsWith('x-') || DROP.has(k)) continue
      if (SINGLE.includes(k)) {
        if (k === 'items' && Array.isArray(v)) out[k] = v.map((s) => translate(index, st, s, file, mode, depth + 1))
        else out[k] = translate(index, st, v, file, mode, depth + 1)
      } else if (LIST.includes(k)) {
        if (Array.isArray(v)) out[k] = v.map((s) => translate(index, st, s, file, mode, depth + 1))
      } else if (MAP.includes(k)) {
        if (!isObject(v)) continue
        const m: Record<string, Schema | boolean> = {}
        for (const [n, s] of Object.entries(v)) {
          // The full validator runs patterns on V8's backtracking engine: only patterns safe there reach it.
          if (k === 'patternProperties' && !safeForNative(n, true)) continue
          m[n] = translate(index, st, s, file, mode, depth + 1)
        }
        out[k] = m
      } else if (k === 'required') {
        if (Array.isArray(v)) out[k] = v.filter((n) => typeof n === 'string' && !hiddenIn(index, value, file, n, mode))
      } else if (k === 'type') {
        // 2.0 `file` has no JSON Schema counterpart; any value may stand for a file.
        if (v !== 'file') out[k] = v as NonNullable<Schema['type']>
      } else if (k === 'pattern') {
        if (typeof v === 'string' && safeForNative(v, true)) out[k] = v
      } else if (k === 'exclusiveMinimum' || k === 'exclusiveMaximum' || k === 'minimum' || k === 'maximum') {
        continue
      } else {
        out[k] = v
      }
    }
    bounds(out, value, st.draft)
  }
  const nullable = value['nullable'] === true || value['x-nullable'] === true
  const result: Schema = nullable ? orNull(out) : out
  memo.set(value, result)
  return result
}

/** The schema widened to accept null, cheaply when it has a plain `type` (no failing branch to build errors for). */
function orNull(out: Schema): Schema {
  if (typeof out.type === 'string' && out.$ref === undefined && !out.allOf && !out.anyOf && !out.oneOf && !out.not) {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    if (out.const !== undefined) return {anyOf: [out, {type: 'null'}]}
    return out
  }
  return {anyOf: [out, {type: 'null'}]}
}

/** Copies the bounds, rewriting exclusive ones written in the other draft's style so both spellings validate as meant. */
function bounds(out: Schema, s: JsonObject, draft: '4' | '2020-12') {
  for (const [plain, ex] of [['minimum', 'exclusiveMinimum'], ['maximum', 'exclusiveMaximum']] as const) {
    const p = s[plain]
    const e = s[ex]
    const lower = plain === 'minimum'
    if (draft === '2020-12' && typeof e === 'boolean') {
      if (typeof p === 'number') out[e ? ex : plain] = p
    } else if (draft === '4' && typeof e === 'number') {
      const tighter = typeof p === 'number' && (lower ? p > e : p < e)
      out[plain] = tighter ? (p as number) : e
      if (!tighter) out[ex] = true
    } else {
      if (typeof p === 'number') out[plain] = p
      if (typeof e === 'number' || typeof e === 'boolean') out[ex] = e
    }
  }
}

function hiddenIn(index: SpecIndex, s: JsonObject, file: SourceFile, name: string, mode: ExampleMode): boolean {
  const props = s['properties']
  if (!isObject(props) || props[name] === undefined) return false
  const p = index.resolve(props[name], {file, pointer: ''}).value
  if (!isObject(p)) return false
  if (p['readOnly'] === true && mode !== 'response') return true
  if (p['writeOnly'] === true && mode !== 'request') return true
  return false
}

function refTo(index: SpecIndex, st: DocState, ref: string, file: SourceFile, mode: ExampleMode, depth: number): Schema {
  const target = index.spec.resolveRef(ref, file)
  if (!target) return {}
  const value = index.spec.valueAt(target)
  if (!isObject(value)) return {}
  let id = st.ids.get(value)
  if (id === undefined) st.ids.set(value, (id = st.nextId++))
  const key = `apix:${id}|${mode}`
  // Named now, translated when the validator looks the key up (a cycle needs no guard: nothing recurses here).
  if (!st.pending.has(key) && !Object.prototype.hasOwnProperty.call(st.lookup, key)) st.pending.set(key, {value, file: target.file, mode, depth: depth + 1})
  return {$ref: key}
}

/**
 * Names for messages, built only when a finding needs one: labels come from splitting pointers, and most values are
 * valid.
 */
export type Label = string | (() => string)

function text(label: Label): string {
  return typeof label === 'string' ? label : label()
}

/** Checks a Media Type (or 3.x Parameter/Header) object's `example` and `examples` against `schema`. */
export function checkExamples(ctx: RuleContext, holder: JsonObject, loc: NodeLocation, schema: unknown, schemaLoc: NodeLocation, mode: ExampleMode, textual: boolean, where: Label): void {
  if ('example' in holder) testValue(ctx, schema, schemaLoc, holder['example'], child(loc, 'example'), true, mode, textual, () => `The example of ${text(where)}`)
  const examples = holder['examples']
  if (!isObject(examples)) return
  for (const [name, ex] of Object.entries(examples)) {
    const exLoc = child(loc, 'examples', name)
    const r = ctx.index.resolve(ex, exLoc)
    if (!isObject(r.value) || !('value' in r.value)) continue
    // A shared example is reported where it is paired with this schema: the same value may suit another body.
    const inline = r.refLoc === undefined
    testValue(ctx, schema, schemaLoc, r.value['value'], inline ? child(r.loc, 'value') : exLoc, inline, mode, textual, () => `Example "${name}" of ${text(where)}`)
  }
}

export function testValue(ctx: RuleContext, schema: unknown, schemaLoc: NodeLocation, value: unknown, at: NodeLocation, inline: boolean, mode: ExampleMode, textual: boolean, what: Label) {
  // Bodies in XML, CSV, plain text... are written as a string holding the serialised document.
  if (textual && typeof value === 'string') {
    const s = ctx.index.resolve(schema, schemaLoc).value
    if (!isObject(s) || s['type'] !== 'string') return
  }
  const issue = checkValue(ctx.index, schema, schemaLoc, value, mode)
  if (!issue) return
  const inside = issue.path.length > 0 ? ` at /${issue.path.join('/')}` : ''
  ctx.report({
    message: `${text(what)} does not match its schema${inside}: ${issue.message}; fix the value or the schema.`,
    at: inline ? child(at, ...issue.path) : at,
  })
}



// The fast path: most examples are valid, and reading the OpenAPI schema directly (no translated copy, no error
// objects, location strings or evaluation tracking) answers for them several times faster and with far less garbage
// than translating and running the full validator, which then only runs on the values that fail (to word the
// message). It must never accept what the full validator rejects, so keywords it does not evaluate throw UNSUPPORTED.

const UNSUPPORTED = new Error('unsupported keyword')
const FALLBACK_KEYWORDS = ['unevaluatedProperties', 'unevaluatedItems', 'dependentSchemas', 'dependencies', 'multipleOf']
/** A linear-time test of the pattern (see safe-regex.ts), or undefined when it does not compile or cannot be run safely. */
function regex(p: string): {test: PatternTest} | undefined {
  if (!compiles(p, true)) return undefined
  const test = patternTest(p, true)
  return test ? {test} : undefined
}

function typeOf(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v
}

function hasType(v: unknown, t: unknown, actual: string): boolean {
  if (t === 'integer') return actual === 'number' && (v as number) % 1 === 0
  return t === actual || t === 'file'
}

interface Fast {
  index: SpecIndex
  st: DocState
  mode: ExampleMode
  /** A pattern the value failed that the full validator never sees (unsafe for V8's engine; see safe-regex.ts). */
  unsafeMiss?: string
}

function target(holder: JsonObject, ref: string, file: SourceFile, f: Fast): {value: unknown; file: SourceFile} | null {
  let t = f.st.targets.get(holder)
  if (t === undefined) {
    const loc = f.index.spec.resolveRef(ref, file)
    t = loc ? {value: f.index.spec.valueAt(loc), file: loc.file} : null
    f.st.targets.set(holder, t)
  }
  return t
}

function conforms(v: unknown, s: unknown, file: SourceFile, f: Fast, depth: number): boolean {
  if (s === true || s === undefined) return true
  if (s === false) return false
  if (!isObject(s)) return true
  if (depth > 500) throw UNSUPPORTED
  if (v === null && (s['nullable'] === true || s['x-nullable'] === true)) return true
  for (const k of FALLBACK_KEYWORDS) if (s[k] !== undefined) throw UNSUPPORTED
  const ref = s['$ref']
  if (typeof ref === 'string') {
    const t = target(s, ref, file, f)
    if (t && !conforms(v, t.value, t.file, f, depth + 1)) return false
    // Before 3.1 a Reference Object replaces itself: keys beside `$ref` do not apply.
    if (f.index.version !== '3.1') return true
  }
  const actual = typeOf(v)
  const t = s['type']
  if (t !== undefined && !(Array.isArray(t) ? t.some((x) => hasType(v, x, actual)) : hasType(v, t, actual))) return false
  const e = s['enum']
  if (e !== undefined && !(Array.isArray(e) && e.some((x) => jsonSchema().deepCompareStrict(v, x)))) return false
  if (s['const'] !== undefined && !jsonSchema().deepCompareStrict(v, s['const'])) return false
  const all = s['allOf']
  if (Array.isArray(all)) for (const m of all) if (!conforms(v, m, file, f, depth + 1)) return false
  const any = s['anyOf']
  if (Array.isArray(any) && !any.some((m) => conforms(v, m, file, f, depth + 1))) return false
  const one = s['oneOf']
  if (Array.isArray(one)) {
    let n = 0
    for (const m of one) if (conforms(v, m, file, f, depth + 1) && ++n > 1) return false
    if (n !== 1) return false
  }
  if (s['not'] !== undefined && conforms(v, s['not'], file, f, depth + 1)) return false
  if (s['if'] !== undefined) {
    const branch = conforms(v, s['if'], file, f, depth + 1) ? s['then'] : s['else']
    if (!conforms(v, branch, file, f, depth + 1)) return false
  }
  switch (actual) {
    case 'object':
      return objectConforms(v as Record<string, unknown>, s, file, f, depth)
    case 'array':
      return arrayConforms(v as unknown[], s, file, f, depth)
    case 'number':
      return numberConforms(v as number, s)
    case 'string':
      return stringConforms(v as string, s, f)
    default:
      return true
  }
}

function stringConforms(str: string, s: JsonObject, f: Fast): boolean {
  const min = s['minLength']
  const max = s['maxLength']
  if (typeof min === 'number' || typeof max === 'number') {
    const len = jsonSchema().ucs2length(str)
    if ((typeof min === 'number' && len < min) || (typeof max === 'number' && len > max)) return false
  }
  if (typeof s['pattern'] === 'string' && regex(s['pattern'])?.test(str) === false) {
    if (!safeForNative(s['pattern'], true)) f.unsafeMiss = s['pattern']
    return false
  }
  if (typeof s['format'] === 'string') {
    const check = (jsonSchema().format as Record<string, ((x: string) => boolean) | undefined>)[s['format']]
    if (check && !check(str)) return false
  }
  return true
}

/** Both spellings of exclusive bounds: 3.0 booleans beside minimum/maximum, 3.1 numbers. */
function numberConforms(n: number, s: JsonObject): boolean {
  const min = s['minimum']
  const max = s['maximum']
  const exMin = s['exclusiveMinimum']
  const exMax = s['exclusiveMaximum']
  if (typeof min === 'number' && (exMin === true ? n <= min : n < min)) return false
  if (typeof max === 'number' && (exMax === true ? n >= max : n > max)) return false
  if (typeof exMin === 'number' && n <= exMin) return false
  if (typeof exMax === 'number' && n >= exMax) return false
  return true
}

function objectConforms(o: Record<string, unknown>, s: JsonObject, file: SourceFile, f: Fast, depth: number): boolean {
  const required = s['required']
  if (Array.isArray(required)) {
    for (const r of required) {
      if (typeof r === 'string' && !Object.prototype.hasOwnProperty.call(o, r) && !hiddenIn(f.index, s, file, r, f.mode)) return false
    }
  }
  const keys = Object.keys(o)
  const minP = s['minProperties']
  const maxP = s['maxProperties']
  if (typeof minP === 'number' && keys.length < minP) return false
  if (typeof maxP === 'number' && keys.length > maxP) return false
  const dependent = s['dependentRequired']
  if (isObject(dependent)) {
    for (const [k, needs] of Object.entries(dependent)) {
      if (k in o && Array.isArray(needs) && needs.some((n) => typeof n === 'string' && !Object.prototype.hasOwnProperty.call(o, n))) return false
    }
  }
  const props = isObject(s['properties']) ? s['properties'] : undefined
  const patterns = isObject(s['patternProperties']) ? Object.entries(s['patternProperties']) : undefined
  const extra = s['additionalProperties']
  const names = s['propertyNames']
  for (const k of keys) {
    if (names !== undefined && !conforms(k, names, file, f, depth + 1)) return false
    const value = o[k]
    let matched = false
    if (props && Object.prototype.hasOwnProperty.call(props, k)) {
      matched = true
      if (!conforms(value, props[k], file, f, depth + 1)) return false
    }
    if (patterns) {
      for (const [p, ps] of patterns) {
        const re = regex(p)
        if (re && re.test(k)) {
          matched = true
          if (!conforms(value, ps, file, f, depth + 1)) return false
        }
      }
    }
    if (!matched && extra !== undefined && !conforms(value, extra, file, f, depth + 1)) return false
  }
  return true
}

function arrayConforms(a: unknown[], s: JsonObject, file: SourceFile, f: Fast, depth: number): boolean {
  const minI = s['minItems']
  const maxI = s['maxItems']
  if (typeof minI === 'number' && a.length < minI) return false
  if (typeof maxI === 'number' && a.length > maxI) return false
  const items = s['items']
  const tuple = Array.isArray(items) ? items : Array.isArray(s['prefixItems']) ? (s['prefixItems'] as unknown[]) : undefined
  const rest = Array.isArray(items) ? s['additionalItems'] : items
  for (let i = 0; i < a.length; i++) {
    const item = tuple && i < tuple.length ? tuple[i] : rest
    if (item !== undefined && !conforms(a[i], item, file, f, depth + 1)) return false
  }
  const contains = s['contains']
  if (contains !== undefined) {
    let n = 0
    for (const x of a) if (conforms(x, contains, file, f, depth + 1)) n++
    const minC = typeof s['minContains'] === 'number' ? s['minContains'] : 1
    if (n < minC || (typeof s['maxContains'] === 'number' && n > s['maxContains'])) return false
  }
  if (s['uniqueItems'] === true) {
    for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) if (jsonSchema().deepCompareStrict(a[i], a[j])) return false
  }
  return true
}
