import {describe, expect, it} from 'vitest'
import type {DiffReport} from '../../src/lib/diff/types.js'
import changelog from '../../src/lib/format/changelog.js'
import diffMarkdown from '../../src/lib/format/diff-markdown.js'
import diffText from '../../src/lib/format/diff-text.js'

const report = (message: string, operation: string | null = 'GET /pets'): DiffReport => ({
  changes: [{id: 'response-body-property-removed', severity: 'error', message, operation, direction: 'response', base: {file: 'a.yaml', line: 3, pointer: '/x'}, revision: null}],
  summary: {error: 1, warning: 0, info: 0, ignored: 0},
  fingerprints: [],
  expiredIgnores: [],
  base: {file: 'a.yaml', version: '3.0.3'},
  revision: {file: 'b.yaml', version: '3.0.3'},
})

describe('diff formats keep spec text inert', () => {
  it('markdown: a property name cannot end the table cell, open HTML or mention someone', () => {
    const out = diffMarkdown(report('property `a|b` was removed <img src=x> @octocat', 'GET /x|y'))
    const row = out.split('\n').find((l) => l.startsWith('| ❌'))!
    expect(row).toBe('| ❌ breaking | property `a\\|b` was removed \\<img src=x\\> @\u200boctocat | `response-body-property-removed` |')
    expect(out).toContain('### GET /x\\|y')
  })

  it('changelog markdown keeps code spans, and escapes the rest', () => {
    const out = changelog(report('property `name` was removed # not a heading', 'GET /pets'), 'markdown')
    expect(out).toContain('- **GET /pets**: property `name` was removed \\# not a heading')
  })

  it('text: terminal escapes from a spec are shown, not run', () => {
    const out = diffText(report('property `\u001b[31mred` was removed'), false)
    expect(out).toContain('property `\\u001b[31mred` was removed')
    expect(out).not.toContain('\u001b[31m')
  })
})
