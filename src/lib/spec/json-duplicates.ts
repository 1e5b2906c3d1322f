import {jsonStringEnd} from './json-locator.js'
import {escapeSegment} from './pointer.js'

export interface DuplicateKey {
  /** The repeated member, as a JSON pointer (the same for every occurrence). */
  pointer: string
  key: string
  /** Where this occurrence's key starts (its quote), and where the first one's does. */
  offset: number
  firstOffset: number
}

interface Frame {
  array: boolean
  /** In an array, the index of the current item; in an object, the current key and those seen so far. */
  index: number
  key: string
  keys: Map<string, number> | undefined
  expectKey: boolean
}

/**
 * The keys that repeat within one object of a JSON text, from the second occurrence on (at most `limit` of them).
 * JSON.parse keeps the last and drops the others without a word, so the loader cannot see them: this is one forward
 * scan of the text, which must already be valid JSON. Written by hand: the JSON parsers that report duplicates
 * (jsonc-parser's visitor, for one) call back for every value, several times slower on a 13 MB description.
 */
export function duplicateKeys(text: string, limit = 100): DuplicateKey[] {
  const found: DuplicateKey[] = []
  const stack: Frame[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 34) {
      const start = i
      i = jsonStringEnd(text, i)
      const top = stack[stack.length - 1]
      if (top === undefined || top.array || !top.expectKey) continue
      const raw = text.slice(start + 1, i - 1)
      const key = raw.includes('\\') ? (JSON.parse(text.slice(start, i)) as string) : raw
      top.key = key
      top.expectKey = false
      const keys = (top.keys ??= new Map())
      const first = keys.get(key)
      if (first === undefined) keys.set(key, start)
      else if (found.length < limit) found.push({pointer: pointerOf(stack), key, offset: start, firstOffset: first})
      else break
      continue
    }
    if (c === 123 || c === 91) stack.push({array: c === 91, index: 0, key: '', keys: undefined, expectKey: c === 123})
    else if (c === 125 || c === 93) stack.pop()
    else if (c === 44) {
      const top = stack[stack.length - 1]
      if (top?.array) top.index++
      else if (top) top.expectKey = true
    }
    i++
  }
  return found
}

/** The pointer of the top frame's current member: each frame's key or index, outermost first. */
function pointerOf(stack: readonly Frame[]): string {
  let out = ''
  for (const f of stack) out += '/' + escapeSegment(f.array ? f.index : f.key)
  return out
}
