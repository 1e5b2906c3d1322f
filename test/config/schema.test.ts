// The shipped schema itself: editors (and ajv in strict mode) must load it, and it must stay closed and described.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {configSchema, PATTERN_WORDS} from '../../src/lib/config/validate.js'
import {PRESET_NAMES} from '../../src/lib/lint/presets/index.js'
import {REPO} from '../helpers/cli.js'

const file = path.join(REPO, 'schemas/apix.config.schema.json')
const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>

type Node = Record<string, unknown>
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Every subschema with its pointer (keys under `properties`, `definitions` are names, not keywords). */
function subschemas(node: unknown, pointer = ''): Array<[string, Node]> {
  if (!isNode(node)) return []
  const out: Array<[string, Node]> = [[pointer, node]]
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' || k === 'definitions') {
      for (const [name, sub] of Object.entries(v as Node)) out.push(...subschemas(sub, `${pointer}/${k}/${name}`))
    } else if (k === 'allOf' || k === 'anyOf' || k === 'oneOf') {
      ;(v as unknown[]).forEach((sub, i) => out.push(...subschemas(sub, `${pointer}/${k}/${i}`)))
    } else if (['items', 'additionalProperties', 'propertyNames', 'if', 'then', 'else', 'not'].includes(k)) {
      out.push(...subschemas(v, `${pointer}/${k}`))
    }
  }
  return out
}

describe('schemas/apix.config.schema.json', () => {
  it('compiles in ajv strict mode (draft-07, what editors load)', () => {
    const ajv = new Ajv({strict: true, allErrors: true})
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true)
    expect(() => ajv.compile(schema)).not.toThrow()
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#')
  })

  it('is the schema the loader uses', () => {
    expect(configSchema()).toEqual(schema)
  })

  it('closes every object it describes (additionalProperties: false)', () => {
    // Open on purpose: rule options (each rule has its own), the authorizer base (each `type` branch is closed), and
    // the `if`/`then` parts that only select a branch or require a field.
    const open = new Set(['/definitions/ruleSetting/else', '/definitions/authorizer'])
    const unclosed = subschemas(schema)
      .filter(([, n]) => n['properties'] !== undefined && n['additionalProperties'] !== false)
      .map(([p]) => p)
      .filter((p) => !open.has(p) && !/\/(if|then)$/.test(p))
    expect(unclosed).toEqual([])
  })

  it('describes every section and definition for editors', () => {
    const defs = schema['definitions'] as Record<string, Node>
    const bare = Object.entries(defs)
      .filter(([, d]) => typeof d['description'] !== 'string' && typeof d['$ref'] !== 'string')
      .map(([name]) => name)
      .filter((name) => name !== 'nonEmptyString')
    expect(bare).toEqual([])
    for (const [name, prop] of Object.entries(schema['properties'] as Record<string, Node>)) {
      const target = typeof prop['$ref'] === 'string' ? defs[prop['$ref'].replace('#/definitions/', '')]! : prop
      expect(typeof target['description'], name).toBe('string')
    }
  })

  it('resolves every $ref', () => {
    const defs = schema['definitions'] as Record<string, Node>
    for (const [p, n] of subschemas(schema)) {
      if (typeof n['$ref'] === 'string') expect(defs[n['$ref'].replace('#/definitions/', '')], p).toBeDefined()
    }
  })

  it('has words for every pattern, so errors never show a bare regular expression', () => {
    const patterns = new Set(subschemas(schema).flatMap(([, n]) => (typeof n['pattern'] === 'string' ? [n['pattern']] : [])))
    expect([...patterns].filter((p) => !(p in PATTERN_WORDS))).toEqual([])
    expect(Object.keys(PATTERN_WORDS).filter((p) => !patterns.has(p))).toEqual([])
  })

  it('offers the lint presets apix has', () => {
    const ext = (schema['definitions'] as Record<string, Node>)['lint']!['properties'] as Record<string, Node>
    expect((ext['extends']!['then'] as Node)['enum']).toEqual([...PRESET_NAMES])
  })

  it('names the AWS page behind each limit', () => {
    const text = readFileSync(file, 'utf8')
    for (const page of ['api-gateway-execution-service-limits-table.html', 'API_QuotaSettings.html', 'API_Stage.html', 'API_CanarySettings.html', 'supported-gateway-response-types.html', 'http-api-quotas.html']) {
      expect(text).toContain(page)
    }
  })
})
