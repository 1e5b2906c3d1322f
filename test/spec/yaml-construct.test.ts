import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import * as yaml from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {constructPlain} from '../../src/lib/spec/yaml-construct.js'

/** Same value, key order and prototypes included (toEqual ignores key order; JSON loses NaN and -0). */
function same(a: unknown, b: unknown, at = ''): string | undefined {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b) ? undefined : `${at}: ${String(a)} vs ${String(b)}`
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: kinds differ`
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.join('\0') !== kb.join('\0')) return `${at}: keys ${ka.join(',')} vs ${kb.join(',')}`
  for (const k of ka) {
    const d = same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}/${k}`)
    if (d) return d
  }
  return undefined
}

/** js-yaml's general constructor, or the error it throws. */
function general(text: string): {value: unknown} | {error: string} {
  try {
    const docs = yaml.constructFromEvents(yaml.parseEvents(text, {}), {source: text})
    return docs.length === 1 ? {value: docs[0]} : {error: `${docs.length} documents`}
  } catch (e) {
    return {error: String(e)}
  }
}

/** Whatever constructPlain builds must be what js-yaml builds; where it declines, js-yaml must be the one to ask. */
function check(text: string): 'built' | 'declined' {
  const events = yaml.parseEvents(text, {})
  const plain = constructPlain(yaml, events, text)
  if (!plain) return 'declined'
  const ref = general(text)
  expect('value' in ref, `js-yaml refused what the fast path built: ${'error' in ref ? ref.error : ''}\n${text}`).toBe(true)
  const diff = same(plain.value, (ref as {value: unknown}).value)
  expect(diff, `${diff}\n${text}`).toBeUndefined()
  return 'built'
}

const TRICKY = ['0o17', '0x1F', '0X1f', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', '+12', '-0', '007', '1_000', '0b101', '1e3', '1.5e-3', '0.', '.5', '+.5', '-.5e+2', 'NULL', 'Null', 'nULL', 'null', '~', 'Yes', 'no', 'TRUE', 'True', 'tRUE', 'false', 'FALSE', '2001-12-14', '12:30', '-x', '.', 'x', 'a b', '__proto__', 'constructor', 'toString', '200', '4XX', '1.0', '1.10', '+', '0']

describe('constructPlain', () => {
  it('builds what js-yaml builds: scalars of every style, nesting, flow collections, __proto__ keys', () => {
    const docs = [
      'a: 1\nb: [x, 2, {c: ~}]\nd:\n  - e: "q\\tq"\n    f: \'it\'\'s\'\n  - |\n    lit\n     eral\n  - >-\n    fold\n    ed\n',
      '__proto__: {polluted: true}\nnormal: 1\n',
      '---\nkey: value\n...\n',
      '- 1\n- [a, [b, [c]]]\n- {}\n- []\n- ""\n- \n',
      'numbers: {int: 12, neg: -3, oct: 0o17, hex: 0x1F, float: 1.5e3, inf: .inf, nan: .NaN, zero: -0}\n',
      '? simple\n: explicit key\n',
      `${TRICKY.map((t, i) => `k${i}: ${t}`).join('\n')}\n`,
      `${TRICKY.map((t) => `- {${t}: ${t}}`).join('\n')}\n`,
    ]
    for (const d of docs) expect(check(d), d).toBe('built')
  })

  it('leaves tags, anchors, aliases, repeated and complex keys and several documents to js-yaml', () => {
    // `.NaN` and `.nan` are one key once resolved (NaN): js-yaml reports the repetition.
    const tricky = `${TRICKY.map((t, i) => `${t}: ${TRICKY[(i * 7) % TRICKY.length]}`).join('\n')}\n`
    expect(() => yaml.load(tricky)).toThrow(/duplicated mapping key/)
    const docs = [tricky, 'a: !!str 1\n', 'a: &x 1\nb: *x\n', 'a: &x {b: 1}\n', 'a: 1\na: 2\n', '[a, b]: c\n', '? [a]\n: b\n', 'a: 1\n---\nb: 2\n', '', '# only a comment\n', '200: a\n"200": b\n']
    for (const d of docs) expect(check(d), d).toBe('declined')
  })

  it('agrees with js-yaml on random documents of plain scalars, keys included', () => {
    let s = 7
    const rnd = (n: number) => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % n)
    let built = 0
    for (let doc = 0; doc < 300; doc++) {
      const lines: string[] = []
      const block = (indent: string, depth: number) => {
        const n = 1 + rnd(5)
        for (let i = 0; i < n; i++) {
          const key = TRICKY[rnd(TRICKY.length)]!
          if (depth < 3 && rnd(3) === 0) {
            lines.push(`${indent}${key}:`)
            block(indent + '  ', depth + 1)
          } else if (rnd(4) === 0) lines.push(`${indent}${key}: [${TRICKY[rnd(TRICKY.length)]}, ${TRICKY[rnd(TRICKY.length)]}]`)
          else lines.push(`${indent}${key}: ${TRICKY[rnd(TRICKY.length)]}`)
        }
      }
      block('', 0)
      const text = lines.join('\n') + '\n'
      // Random keys repeat now and then, and a few of these texts are not YAML at all: only parsable ones count.
      try {
        yaml.parseEvents(text, {})
      } catch {
        continue
      }
      if (check(text) === 'built') built++
    }
    expect(built).toBeGreaterThan(100)
  })

  const specs = path.resolve(__dirname, '../../../shared/specs')
  it.skipIf(!existsSync(specs))('builds what js-yaml builds for every YAML file of the shared corpus (DigitalOcean\'s 2,900 included)', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const f = path.join(dir, name)
        if (statSync(f).isDirectory()) walk(f)
        else if (/\.ya?ml$/.test(name)) files.push(f)
      }
    }
    walk(specs)
    expect(files.length).toBeGreaterThan(1000)
    let built = 0
    for (const f of files) if (check(readFileSync(f, 'utf8')) === 'built') built++
    expect(built).toBeGreaterThan(files.length * 0.9)
  }, 60_000)
})
