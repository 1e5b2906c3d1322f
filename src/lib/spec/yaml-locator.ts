import type {Event} from 'js-yaml'
import {escapeSegment} from './pointer.js'
import {ALIAS, DOCUMENT, MAPPING, POP, SCALAR, SEQUENCE} from './yaml-events.js'

interface Trie {
  /** The pointer ending here, when one was asked for. */
  want: string | undefined
  children: Map<string, Trie> | undefined
}

function joinSegments(segments: string[]): string {
  let p = ''
  for (const seg of segments) p += '/' + escapeSegment(seg)
  return p
}

function eventStart(e: Event): number {
  switch (e.type) {
    case SCALAR:
      return e.anchorStart >= 0 ? e.anchorStart : e.tagStart >= 0 ? e.tagStart : e.valueStart
    case SEQUENCE:
    case MAPPING:
      return e.anchorStart >= 0 ? e.anchorStart : e.tagStart >= 0 ? e.tagStart : e.start
    case ALIAS:
      return e.anchorStart - 1
    default:
      return 0
  }
}

/**
 * For each event, the index just past the node it starts (past the matching POP for a mapping or sequence), so that
 * locating a pointer jumps over the siblings it does not enter instead of reading their events: a findings pass and
 * a rule's own look-ups each walked all of OpenAI's 134,000 events before.
 */
export function subtreeEnds(events: Event[]): Int32Array {
  const n = events.length
  const ends = new Int32Array(n)
  const open: number[] = []
  for (let i = 0; i < n; i++) {
    const t = events[i]!.type
    if (t === MAPPING || t === SEQUENCE || t === DOCUMENT) open.push(i)
    else if (t === POP) {
      ends[i] = i + 1
      const start = open.pop()
      if (start !== undefined) ends[start] = i + 1
    } else ends[i] = i + 1
  }
  // A container left open (truncated stream) ends with the stream, as the event-by-event skip did.
  for (const start of open) ends[start] = n
  return ends
}

/**
 * Offsets of JSON pointers in a YAML file, from js-yaml's flat event stream (parseEvents), which keeps the offset
 * of every node at a fraction of the cost of a full AST. Same contract as locateInJson: the key's offset for an
 * object member, else the value's.
 */
export function locateInYaml(events: Event[], source: string, pointers: Map<string, string[]>, ends: Int32Array = subtreeEnds(events)): Map<string, number> {
  // A trie of the segments: descending compares each key with a map look-up instead of joining and hashing a
  // child pointer for every key of every mapping on the way (components/schemas alone has thousands).
  const root: Trie = {want: undefined, children: undefined}
  for (const [pointer, segments] of pointers) {
    // A pointer that is not written the canonical way (a stray `~`) names no node, as when child pointers were joined.
    if (joinSegments(segments) !== pointer) continue
    let node = root
    for (const seg of segments) {
      node.children ??= new Map()
      let next = node.children.get(seg)
      if (!next) node.children.set(seg, (next = {want: undefined, children: undefined}))
      node = next
    }
    node.want = pointer
  }
  const found = new Map<string, number>()
  let i = 0
  while (i < events.length && events[i]!.type === DOCUMENT) i++

  // skip one node (and its children)
  const skip = () => {
    i = ends[i]!
  }
  const scalarText = (e: Event): string => {
    if (e.type !== SCALAR) return ''
    const raw = source.slice(e.valueStart, e.valueEnd)
    // Quoted keys with escapes are rare; strip simple quotes and fall back to the raw text.
    if ((raw.startsWith('"') && raw.endsWith('"')) || (raw.startsWith("'") && raw.endsWith("'"))) {
      const inner = raw.slice(1, -1)
      if (raw.startsWith('"') && inner.includes('\\')) {
        try {
          return JSON.parse(raw) as string
        } catch {
          return inner
        }
      }
      return raw.startsWith("'") ? inner.replace(/''/g, "'") : inner
    }
    return raw
  }
  const visit = (node: Trie, memberStart: number) => {
    if (node.want !== undefined) found.set(node.want, memberStart)
    const e = events[i]
    if (!e) return
    const children = node.children
    if (!children || (e.type !== MAPPING && e.type !== SEQUENCE)) return skip()
    i++
    if (e.type === MAPPING) {
      while (i < events.length && events[i]!.type !== POP) {
        const keyEvent = events[i]!
        const keyStart = eventStart(keyEvent)
        const key = scalarText(keyEvent)
        skip()
        const next = children.get(key)
        if (next) visit(next, keyStart)
        else skip()
      }
    } else {
      let index = 0
      while (i < events.length && events[i]!.type !== POP) {
        const next = children.get(String(index++))
        if (next) visit(next, eventStart(events[i]!))
        else skip()
      }
    }
    i++ // POP
  }
  if (i < events.length) visit(root, eventStart(events[i]!))
  return found
}
