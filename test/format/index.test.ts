import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ApixError} from '../../src/lib/errors.js'
import {formatLint} from '../../src/lib/format/index.js'
import github from '../../src/lib/format/github.js'
import json from '../../src/lib/format/json.js'
import junit from '../../src/lib/format/junit.js'
import markdown from '../../src/lib/format/markdown.js'
import sarif from '../../src/lib/format/sarif.js'
import stylish from '../../src/lib/format/stylish.js'
import {FORMATS, type FormatName, type LintFormatter} from '../../src/lib/format/types.js'
import yaml from '../../src/lib/format/yaml.js'
import {sampleOptions, sampleReport} from './report.js'

describe('formatLint', () => {
  it('runs the formatter each name stands for', async () => {
    const direct: Record<FormatName, LintFormatter> = {stylish, json, yaml, sarif, github, junit, markdown}
    const outputs = new Set<string>()
    for (const name of FORMATS) {
      const out = await formatLint(name, sampleReport(), sampleOptions())
      expect(out, name).toBe(direct[name](sampleReport(), sampleOptions()))
      outputs.add(out)
    }
    expect(outputs.size).toBe(FORMATS.length)
  })

  it('refuses an unknown name with the list of formats', async () => {
    for (const name of ['xml', 'toString', '__proto__']) {
      const error = await formatLint(name as FormatName, sampleReport(), sampleOptions()).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ApixError)
      expect((error as ApixError).hint).toBe(`use one of ${FORMATS.join(', ')}`)
    }
  })

  it('imports no formatter up front, so start-up pays only for the one used', () => {
    const source = readFileSync(new URL('../../src/lib/format/index.ts', import.meta.url), 'utf8')
    const staticImports = [...source.matchAll(/^import .* from '(.+)'/gm)].map((m) => m[1])
    expect(staticImports.filter((s) => FORMATS.some((f) => s === `./${f}.js`))).toEqual([])
  })
})
