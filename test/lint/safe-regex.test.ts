import {describe, expect, it} from 'vitest'
import {patternTest, safeForNative} from '../../src/lib/lint/safe-regex.js'
import {lintWith} from '../helpers/rule.js'

// A pattern from a real spec (beezup.com in the APIs.guru corpus) that backtracks for minutes on V8 against its own
// example: the nested `(...*)*` meets a comma it cannot match.
const REDOS = '^(https?:\\/\\/)?([\\da-z\\.-]+)\\.([a-z\\.]{2,6})([\\/\\w \\.-]*)*\\/?$'
const HOSTILE = 'https://www.biography.com/.image/c_fill,cs_srgb,dpr_1.0,g_face,h_300,q_80,w_300/'

describe('spec patterns run in linear time', () => {
  it('RE2 answers a catastrophic pattern at once', () => {
    const start = Date.now()
    expect(patternTest(REDOS)!(HOSTILE + 'a'.repeat(10_000))).toBe(false)
    expect(patternTest(REDOS)!('http://www.mydomain.com')).toBe(true)
    expect(Date.now() - start).toBeLessThan(1000)
  })

  it('lookaround runs natively only without nested quantifiers', () => {
    expect(patternTest('^(?!admin).+$')!('root')).toBe(true)
    expect(patternTest('^(?!admin).+$')!('admin')).toBe(false)
    expect(safeForNative(REDOS)).toBe(false)
    expect(patternTest('^(?=(a+)+b)')).toBeUndefined()
  })

  it('linting the real spec\'s schema and example ends, with no false finding', async () => {
    const start = Date.now()
    const results = await lintWith(
      'schema-example-valid',
      `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Url:
      type: string
      pattern: '${REDOS}'
      example: '${HOSTILE}'
`,
    )
    expect(Date.now() - start).toBeLessThan(5000)
    expect(results.map((r) => r.pointer)).toEqual(['/components/schemas/Url/example'])
  })
})
