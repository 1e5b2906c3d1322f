/** JSON Pointer (RFC 6901) helpers. */

export function escapeSegment(segment: string | number): string {
  const s = typeof segment === 'number' ? String(segment) : segment
  if (s.indexOf('~') === -1 && s.indexOf('/') === -1) return s
  return s.replace(/~/g, '~0').replace(/\//g, '~1')
}

export function unescapeSegment(segment: string): string {
  if (segment.indexOf('~') === -1) return segment
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}

export function joinPointer(base: string, ...segments: Array<string | number>): string {
  let out = base
  for (const s of segments) out += '/' + escapeSegment(s)
  return out
}

/** Splits `/a/b~1c` into `['a', 'b/c']`. The empty pointer (the whole document) gives `[]`. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : []
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`)
  return pointer.slice(1).split('/').map(unescapeSegment)
}

/**
 * The value at `pointer` in `root`, or `undefined` when any segment is missing. Walks the pointer text in place (no
 * segment array): `$ref` resolution and rules call it for every reference of a large spec.
 */
export function getByPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root
  if (pointer.charCodeAt(0) !== 47) throw new Error(`not a JSON pointer: ${pointer}`)
  let node: unknown = root
  let start = 1
  for (;;) {
    const slash = pointer.indexOf('/', start)
    const end = slash === -1 ? pointer.length : slash
    if (node === null || typeof node !== 'object') return undefined
    const raw = pointer.slice(start, end)
    if (Array.isArray(node)) {
      if (!isIndex(raw)) return undefined
      node = node[Number(raw)]
    } else {
      const seg = unescapeSegment(raw)
      if (!Object.prototype.hasOwnProperty.call(node, seg)) return undefined
      node = (node as Record<string, unknown>)[seg]
    }
    if (slash === -1) return node
    start = slash + 1
  }
}

/** `0` or digits without a leading zero (what /^(0|[1-9]\d*)$/ accepts). */
function isIndex(s: string): boolean {
  const n = s.length
  if (n === 0) return false
  const first = s.charCodeAt(0)
  if (first === 48) return n === 1
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** `#/components/schemas/Pet` fragment (URI-encoded) to a JSON pointer. */
export function fragmentToPointer(fragment: string): string {
  let f = fragment.startsWith('#') ? fragment.slice(1) : fragment
  try {
    f = decodeURIComponent(f)
  } catch {
    // keep the raw text: a malformed escape is reported as an unresolved $ref by the caller
  }
  return f
}

/** A JSON pointer as a `$ref` fragment (`#/components/schemas/Pet`), percent-encoding what a URI fragment may not hold. */
export function pointerToFragment(pointer: string): string {
  return '#' + pointer.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (c) => encodeURIComponent(c))
}

/** Most links a chain of `$ref`s may have before a reader gives up on it (a cycle built to run forever, or a trap). */
export const MAX_REF_CHAIN = 64

/** Where a chain of internal `$ref`s ends, or why it cannot be followed (`ref` is the one that failed, `at` where it is written). */
export type RefChain =
  | {ok: true; value: unknown; pointer: string; viaRef: boolean; targets: string[]}
  | {ok: false; problem: 'external' | 'unresolved' | 'circular' | 'too-long'; ref: string; at: string; targets: string[]}

/**
 * Follows `value`'s internal `$ref`s in `root` (a bundled document), chains too, to the node they end at. A `$ref`
 * with other keys beside it counts as a reference here, as OpenAPI 3.0 reads it; callers that honour 3.1 siblings
 * stop before calling. Chains are bounded: a cycle is `circular`, more than `maxChain` links `too-long`. `targets` are the
 * pointers reached on the way, in order.
 */
export function followRefs(root: unknown, value: unknown, pointer: string, maxChain = MAX_REF_CHAIN): RefChain {
  let current = value
  let at = pointer
  const seen = new Set<string>()
  while (current !== null && typeof current === 'object' && !Array.isArray(current) && typeof (current as Record<string, unknown>)['$ref'] === 'string') {
    const ref = (current as Record<string, unknown>)['$ref'] as string
    if (!ref.startsWith('#')) return {ok: false, problem: 'external', ref, at, targets: [...seen]}
    const target = fragmentToPointer(ref)
    if (seen.has(target)) return {ok: false, problem: 'circular', ref, at, targets: [...seen]}
    if (seen.size >= maxChain) return {ok: false, problem: 'too-long', ref, at, targets: [...seen]}
    const next = target === '' || target.startsWith('/') ? getByPointer(root, target) : undefined
    if (next === undefined) return {ok: false, problem: 'unresolved', ref, at, targets: [...seen]}
    seen.add(target)
    current = next
    at = target
  }
  return {ok: true, value: current, pointer: at, viaRef: seen.size > 0, targets: [...seen]}
}

/** Why an internal chain could not be followed, for a note: `<ref> cannot be followed` or that the chain is too long. */
export function unfollowable(r: Extract<RefChain, {ok: false}>): string {
  return r.problem === 'too-long' ? `${r.ref} is a link in a chain of more than ${MAX_REF_CHAIN} $refs` : `${r.ref} cannot be followed`
}

/**
 * The name of the component schema a pointer is (`/components/schemas/Pet` -> `Pet`), or undefined for any other
 * pointer.
 */
export function componentName(pointer: string | undefined): string | undefined {
  if (pointer === undefined) return undefined
  const segments = splitPointer(pointer)
  return segments.length === 3 && segments[0] === 'components' && segments[1] === 'schemas' ? segments[2] : undefined
}
