import type {Event} from 'js-yaml'

// js-yaml event type ids (EVENT_ID in js-yaml 5), copied so this module needs no runtime import.
const DOCUMENT = 1
const SEQUENCE = 2
const MAPPING = 3
const SCALAR = 4
const ALIAS = 5
const POP = 6

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
 * Offsets of JSON pointers in a YAML file, from js-yaml's flat event stream (parseEvents), which keeps the offset
 * of every node at a fraction of the cost of a full AST. Same contract as locateInJson: the key's offset for an
 * object member, else the value's.
 */
export function locateInYaml(events: Event[], source: string, pointers: Map<string, string[]>): Map<string, number> {
  const wanted = new Map<string, string>() // pointer -> pointer (set for quick membership)
  const prefixes = new Set<string>()
  for (const [pointer, segments] of pointers) {
    wanted.set(pointer, pointer)
    let p = ''
    for (const seg of segments) {
      prefixes.add(p)
      p += '/' + seg.replace(/~/g, '~0').replace(/\//g, '~1')
    }
  }
  const found = new Map<string, number>()
  let i = 0
  while (i < events.length && events[i]!.type === DOCUMENT) i++

  const skip = () => {
    // skip one node (and its children)
    const e = events[i]!
    i++
    if (e.type === MAPPING || e.type === SEQUENCE) {
      let depth = 1
      while (i < events.length && depth > 0) {
        const t = events[i]!.type
        if (t === MAPPING || t === SEQUENCE) depth++
        else if (t === POP) depth--
        i++
      }
    }
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
  const visit = (pointer: string, memberStart: number) => {
    if (wanted.has(pointer)) found.set(pointer, memberStart)
    const e = events[i]
    if (!e) return
    if (!prefixes.has(pointer) || (e.type !== MAPPING && e.type !== SEQUENCE)) return skip()
    i++
    if (e.type === MAPPING) {
      while (i < events.length && events[i]!.type !== POP) {
        const keyEvent = events[i]!
        const keyStart = eventStart(keyEvent)
        const key = scalarText(keyEvent)
        skip()
        const childPointer = pointer + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1')
        if (wanted.has(childPointer) || prefixes.has(childPointer)) visit(childPointer, keyStart)
        else skip()
      }
    } else {
      let index = 0
      while (i < events.length && events[i]!.type !== POP) {
        const childPointer = `${pointer}/${index++}`
        if (wanted.has(childPointer) || prefixes.has(childPointer)) visit(childPointer, eventStart(events[i]!))
        else skip()
      }
    }
    i++ // POP
  }
  if (i < events.length) visit('', eventStart(events[i]!))
  return found
}
