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

/** The value at `pointer` in `root`, or `undefined` when any segment is missing. */
export function getByPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root
  for (const seg of splitPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(seg)) return undefined
      node = node[Number(seg)]
    } else {
      if (!Object.prototype.hasOwnProperty.call(node, seg)) return undefined
      node = (node as Record<string, unknown>)[seg]
    }
  }
  return node
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
