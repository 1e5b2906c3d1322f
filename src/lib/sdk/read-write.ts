import {fragmentToPointer, getByPointer} from '../spec/pointer.js'

interface Scan {
  /** A `readOnly: true` or `writeOnly: true` in the node itself (not through a `$ref`). */
  direct: boolean
  /** Internal `$ref` targets in the node, as JSON pointers. */
  refs: string[]
}

/**
 * Which parts of a bundled document reach a readOnly or writeOnly schema, through internal `$ref`s. The SDK wraps an
 * operation's body and response types in openapi-typescript's Readable/Writable only when they do: each wrapper is a
 * recursive conditional type that tsc evaluates for every use, and GitHub's ~1,000 operations have 101 such keywords
 * among a handful of schemas.
 */
export class ReadWriteReach {
  private readonly scans = new Map<string, Scan>()
  /** Targets whose whole closure has been searched: true when it holds readOnly/writeOnly. */
  private readonly known = new Map<string, boolean>()

  constructor(private readonly document: unknown) {}

  /** Whether `node` (a value in the document) or anything it references holds readOnly or writeOnly. */
  reaches(node: unknown): boolean {
    const {direct, refs} = scan(node)
    return direct || refs.some((target) => this.targetReaches(target))
  }

  private targetReaches(start: string): boolean {
    const cached = this.known.get(start)
    if (cached !== undefined) return cached
    // Depth-first over the reference graph (cycles are common: a tree of comments, a user's organizations).
    const seen = new Set<string>([start])
    const stack = [start]
    while (stack.length > 0) {
      const target = stack.pop()!
      const known = this.known.get(target)
      if (known === true || (known === undefined && this.scanOf(target).direct)) {
        this.known.set(start, true)
        return true
      }
      if (known === false) continue
      for (const next of this.scanOf(target).refs) {
        if (!seen.has(next)) {
          seen.add(next)
          stack.push(next)
        }
      }
    }
    // Nothing in the closure holds one: nor does anything else in it (each closure is a part of this one).
    for (const target of seen) this.known.set(target, false)
    return false
  }

  private scanOf(pointer: string): Scan {
    let s = this.scans.get(pointer)
    if (!s) this.scans.set(pointer, (s = scan(getByPointer(this.document, pointer))))
    return s
  }
}

/** Whether a `readOnly: true` or `writeOnly: true` appears anywhere in `node`, `$ref`s not followed. */
export function hasReadWrite(node: unknown): boolean {
  return eachObject(node, isReadWrite)
}

/** The node's own readOnly/writeOnly and its `$ref`s. */
function scan(node: unknown): Scan {
  const out: Scan = {direct: false, refs: []}
  eachObject(node, (o) => {
    if (isReadWrite(o)) out.direct = true
    if (typeof o['$ref'] === 'string' && o['$ref'].startsWith('#')) out.refs.push(fragmentToPointer(o['$ref']))
    return false
  })
  return out
}

function isReadWrite(o: Record<string, unknown>): boolean {
  return o['readOnly'] === true || o['writeOnly'] === true
}

/**
 * Every object in `node` (iterative: schemas nest deeply, and a document may be a million nodes), until `visit`
 * returns true; whether one did. Bounded, like every walk of untrusted input.
 */
function eachObject(node: unknown, visit: (o: Record<string, unknown>) => boolean): boolean {
  const stack: unknown[] = [node]
  for (let steps = 0; stack.length > 0 && steps < 10_000_000; steps++) {
    const v = stack.pop()
    if (Array.isArray(v)) for (const x of v) stack.push(x)
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>
      if (visit(o)) return true
      for (const k in o) if (k !== '$ref') stack.push(o[k])
    }
  }
  return false
}
