import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {inspectTree} from '../../src/lib/spec/limits.js'

// inspectTree walks a tree that shares no objects recursively, and one with YAML aliases iteratively (counting what
// the aliases expand to). On a plain tree both must give the same facts, in the same order.
const both = (value: unknown, maxDepth: number) => [inspectTree(value, maxDepth, {aliases: false}), inspectTree(value, maxDepth, {aliases: true})] as const

function randomTree(seed: number, depth: number): unknown {
  let s = seed
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const make = (d: number): unknown => {
    const r = rnd()
    if (d >= depth || r < 0.25) return r < 0.1 ? null : r < 0.2 ? 'x' : 1
    if (r < 0.45) return Array.from({length: Math.floor(rnd() * 4)}, () => make(d + 1))
    const o: Record<string, unknown> = {}
    const names = ['a', 'b/c', 'd~e', '$ref', 'f', 'g']
    for (const n of names) if (rnd() < 0.5) o[n] = n === '$ref' ? `#/x/${Math.floor(rnd() * 9)}` : make(d + 1)
    return o
  }
  return make(0)
}

describe('inspectTree', () => {
  it('gives the same depth, refs (in order) and limit pointer on both walks', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const tree = randomTree(seed, 12)
      for (const limit of [3, 6, 256]) {
        const [a, b] = both(tree, limit)
        expect(a, `seed ${seed}, limit ${limit}`).toEqual(b)
      }
    }
  })

  it('stops at the first node past the limit on a 10,000-deep chain without overflowing', () => {
    let deep: unknown = {leaf: true}
    for (let i = 0; i < 10_000; i++) deep = {k: [deep]}
    const [a, b] = both(deep, 256)
    expect(a).toEqual(b)
    expect(a.tooDeepAt).toBe('/k/0'.repeat(128))
    // A limit too high for recursion walks iteratively.
    expect(inspectTree(deep, 50_000, {aliases: false}).depth).toBe(20_001)
  })

  const shared = path.resolve(__dirname, '../../../shared/specs')
  it.skipIf(!existsSync(shared))('agrees on real documents (Stripe, GitHub)', () => {
    for (const f of ['13-stripe-spec3.oas30.json', '14-github-api.github.com.oas30.json']) {
      const [a, b] = both(JSON.parse(readFileSync(path.join(shared, f), 'utf8')), 256)
      expect(a.refs.length).toBeGreaterThan(1000)
      expect(a).toEqual(b)
    }
  })
})
