import {describe, expect, it} from 'vitest'
import {DEFAULT_LIMITS} from '../../src/lib/spec/limits.js'
import {SourceFile} from '../../src/lib/spec/source-file.js'

const json = `{
  "openapi": "3.0.3",
  "paths": {
    "/pets/{id}": {
      "get": {"operationId": "a\\"b", "tags": ["x", "y"]}
    },
    "a~b": {"c/d": 1}
  },
  "esc\\u0041pe": [ {"k": [1, {"deep": true}]} ]
}
`

const yaml = `openapi: 3.0.3
paths:
  /pets/{id}:
    get:
      operationId: 'a"b'
      tags: [x, y]
  a~b:
    "c/d": 1
list:
  - k:
      - 1
      - deep: true
`

describe('source positions', () => {
  for (const [name, text, id] of [
    ['JSON', json, 'a.json'],
    ['YAML', yaml, 'a.yaml'],
  ] as const) {
    describe(name, () => {
      it('finds keys, array items and escaped segments', async () => {
        const f = await SourceFile.parse(id, id, text, DEFAULT_LIMITS)
        const lines = text.split('\n')
        const lineOf = (needle: string, nth = 0) => {
          let seen = 0
          for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && seen++ === nth) return i + 1
          return -1
        }
        expect(f.locate('/paths/~1pets~1{id}/get/operationId').line).toBe(lineOf('operationId'))
        expect(f.locate('/paths/~1pets~1{id}/get/tags/1').line).toBe(lineOf('tags'))
        expect(f.locate('/paths/a~0b/c~1d').line).toBe(lineOf('c/d'))
        expect(f.locate('/paths').line).toBe(lineOf('paths'))
        expect(f.locate('').line).toBe(1)
        const col = f.locate('/paths/~1pets~1{id}/get/operationId').column
        expect(lines[lineOf('operationId') - 1]!.slice(col - 1)).toMatch(/^"?operationId/)
      })
      it('falls back to the nearest existing ancestor', async () => {
        const f = await SourceFile.parse(id, id, text, DEFAULT_LIMITS)
        expect(f.locate('/paths/~1pets~1{id}/get/missing/deeper').line).toBe(f.locate('/paths/~1pets~1{id}/get').line)
      })
    })
  }

  it('JSON keys with escapes and deep array items', async () => {
    const f = await SourceFile.parse('a.json', 'a.json', json, DEFAULT_LIMITS)
    expect(f.locate('/escApe/0/k/1/deep')).toEqual({line: 9, column: 31})
  })

  it('JSON strings that end in backslashes or hold escaped quotes are skipped whole', async () => {
    const text = String.raw`{"a": "x\\", "b": "q\"}{[r\\\"", "c": ["\\", {"d\"e": "]"}], "f": {"g": 1}}`
    expect(JSON.parse(text)).toBeTruthy()
    const f = await SourceFile.parse('t.json', 't.json', text, DEFAULT_LIMITS)
    expect(f.locate('/f/g')).toEqual({line: 1, column: text.indexOf('"g"') + 1})
    expect(f.locate('/c/1/d"e')).toEqual({line: 1, column: text.indexOf(String.raw`"d\"e"`) + 1})
  })

  it('YAML deep array items', async () => {
    const f = await SourceFile.parse('a.yaml', 'a.yaml', yaml, DEFAULT_LIMITS)
    expect(f.locate('/list/0/k/1/deep')).toEqual({line: 12, column: 9})
  })

  it('many pointers in one YAML scan agree with one-by-one look-ups: escaped keys, flow collections, aliases', async () => {
    const yaml = [
      'openapi: 3.1.0',
      'defs: &d {a~b: 1, "c/d": [x, {e: 2}], "01": z}',
      'paths:',
      ...Array.from({length: 60}, (_, i) => `  /p${i}:\n    get: {operationId: op${i}, tags: [t${i}, u]}\n    x-alias: *d`),
      '',
    ].join('\n')
    const a = await SourceFile.parse('b.yaml', 'b.yaml', yaml, DEFAULT_LIMITS)
    const b = await SourceFile.parse('b.yaml', 'b.yaml', yaml, DEFAULT_LIMITS)
    const pointers = ['/defs/a~0b', '/defs/c~1d/1/e', '/defs/01', '/defs/nope', '/paths/~1p3/x-alias']
    for (let i = 0; i < 60; i++) pointers.push(`/paths/~1p${i}/get/operationId`, `/paths/~1p${i}/get/tags/1`, `/paths/~1p${i}/get/tags/2`)
    a.locateAll(pointers)
    a.locateAll(pointers.slice(0, 10))
    for (const p of [...pointers].reverse()) expect(a.locate(p), p).toEqual(b.locate(p))
    // Each look-up lands on its own line (a scan that skipped wrongly would land elsewhere).
    expect(a.locate('/paths/~1p3/get/operationId').line).toBe(a.locate('/paths/~1p3').line + 1)
    expect(a.locate('/defs/c~1d/1/e').line).toBe(2)
  })

  it('many pointers in one scan agree with one-by-one look-ups', async () => {
    const big = JSON.stringify({paths: Object.fromEntries(Array.from({length: 200}, (_, i) => [`/p${i}`, {get: {operationId: `op${i}`}}]))}, null, 2)
    const a = await SourceFile.parse('b.json', 'b.json', big, DEFAULT_LIMITS)
    const b = await SourceFile.parse('b.json', 'b.json', big, DEFAULT_LIMITS)
    const pointers = Array.from({length: 200}, (_, i) => `/paths/~1p${i}/get/operationId`)
    a.locateAll(pointers)
    for (const p of pointers.reverse()) expect(a.locate(p)).toEqual(b.locate(p))
  })
})
