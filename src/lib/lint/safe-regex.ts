import {lazyRequire} from '../lazy-require.js'

const re2 = lazyRequire<typeof import('re2js')>('re2js')
const safeRegex = lazyRequire<typeof import('safe-regex2')>('safe-regex2')

export type PatternTest = (text: string) => boolean

const tests = new Map<string, PatternTest | null>()
const native = new Map<string, boolean>()

/**
 * Whether a spec's pattern may run on V8's backtracking engine: it compiles and has no nested quantifier (safe-regex2's
 * star-height check). Patterns are untrusted input: `([\w .-]*)*` against a URL with a comma backtracks for minutes,
 * and a real spec in the APIs.guru corpus (beezup.com) hung lint that way.
 */
export function safeForNative(pattern: string, unicode = true): boolean {
  const key = (unicode ? 'u:' : ':') + pattern
  let ok = native.get(key)
  if (ok === undefined) {
    try {
      new RegExp(pattern, unicode ? 'u' : '')
      ok = safeRegex()(pattern)
    } catch {
      ok = false
    }
    native.set(key, ok)
  }
  return ok
}

/**
 * A search for `pattern` (JSON Schema semantics: unanchored) in linear time: RE2 (re2js, a pure-JS port) where the
 * pattern is in RE2's syntax; else V8's engine when `safeForNative` allows it; else undefined, and the caller skips the
 * check rather than risk a hang.
 */
export function patternTest(pattern: string, unicode = true): PatternTest | undefined {
  const key = (unicode ? 'u:' : ':') + pattern
  let test = tests.get(key)
  if (test === undefined) {
    test = null
    try {
      const re = re2().RE2JS.compile(pattern)
      test = (text) => re.matcher(text).find()
    } catch {
      // Lookaround and backreferences are outside RE2.
      if (safeForNative(pattern, unicode)) {
        const re = new RegExp(pattern, unicode ? 'u' : '')
        test = (text) => re.test(text)
      }
    }
    tests.set(key, test)
  }
  return test ?? undefined
}
