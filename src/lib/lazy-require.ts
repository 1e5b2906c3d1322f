import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/**
 * A CommonJS package loaded on first use, synchronously. Lint rules are synchronous (no `await import`), and each of
 * these packages costs 15-20 ms of start-up that most runs never need (pattern matching, config globs).
 */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= require(name) as T)
}
