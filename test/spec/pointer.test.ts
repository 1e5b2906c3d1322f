import {describe, expect, it} from 'vitest'
import {followRefs, getByPointer} from '../../src/lib/spec/pointer.js'

describe('getByPointer', () => {
  const doc = {a: {'b/c': [10, {'~d': 'x'}]}, '': 'empty key'}
  it('walks escaped segments and array indexes, and misses cleanly', () => {
    expect(getByPointer(doc, '')).toBe(doc)
    expect(getByPointer(doc, '/')).toBe('empty key')
    expect(getByPointer(doc, '/a/b~1c/1/~0d')).toBe('x')
    expect(getByPointer(doc, '/a/b~1c/0')).toBe(10)
    for (const missing of ['/a/b~1c/01', '/a/b~1c/2', '/a/x', '/a/b~1c/0/y', '/a/b~1c/-1', '/toString']) expect(getByPointer(doc, missing)).toBeUndefined()
    expect(() => getByPointer(doc, 'a')).toThrow(/not a JSON pointer/)
  })
})

describe('followRefs', () => {
  const root = {
    components: {
      schemas: {
        A: {$ref: '#/components/schemas/B'},
        B: {$ref: '#/components/schemas/C'},
        C: {type: 'string'},
        Loop: {$ref: '#/components/schemas/Loop2'},
        Loop2: {$ref: '#/components/schemas/Loop'},
        'Sp ace': {type: 'integer'},
      },
    },
  }

  it('follows a chain to the node it ends at, with every target on the way', () => {
    expect(followRefs(root, {$ref: '#/components/schemas/A'}, '/x')).toEqual({
      ok: true,
      value: {type: 'string'},
      pointer: '/components/schemas/C',
      viaRef: true,
      targets: ['/components/schemas/A', '/components/schemas/B', '/components/schemas/C'],
    })
    expect(followRefs(root, {$ref: '#/components/schemas/Sp%20ace'}, '/x')).toMatchObject({ok: true, value: {type: 'integer'}})
    expect(followRefs(root, {type: 'object'}, '/x')).toEqual({ok: true, value: {type: 'object'}, pointer: '/x', viaRef: false, targets: []})
  })

  it('says why a chain cannot be followed, and where the failing $ref is', () => {
    expect(followRefs(root, {$ref: 'other.yaml#/x'}, '/x')).toMatchObject({ok: false, problem: 'external', ref: 'other.yaml#/x', at: '/x'})
    expect(followRefs(root, {$ref: '#/components/schemas/A'}, '/x', 2)).toMatchObject({ok: false, problem: 'too-long', at: '/components/schemas/B'})
    expect(followRefs(root, {$ref: '#/components/schemas/Loop'}, '/x')).toMatchObject({ok: false, problem: 'circular', ref: '#/components/schemas/Loop', at: '/components/schemas/Loop2'})
    expect(followRefs(root, {$ref: '#/components/schemas/Nope'}, '/x')).toMatchObject({ok: false, problem: 'unresolved', at: '/x'})
    // A 3.1 anchor (`#name`) is not a JSON pointer: unresolved, not a crash.
    expect(followRefs(root, {$ref: '#anchor'}, '/x')).toMatchObject({ok: false, problem: 'unresolved'})
  })
})
