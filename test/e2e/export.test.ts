import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {apix, expectRefused, REPO, SHARED} from '../helpers/cli.js'
import {writeTree} from '../helpers/rule.js'

const examples = path.join(REPO, 'examples')
const golden = (name: string) => readFileSync(path.join(REPO, 'test/fixtures/examples', name), 'utf8')

/** Every x-amazon-apigateway-* value in a document, by JSON pointer. */
function extensions(v: unknown, at = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(v)) v.forEach((x, i) => extensions(x, `${at}/${i}`, out))
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const p = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`
      if (k.startsWith('x-amazon-apigateway-')) out.set(p, JSON.stringify(x))
      else extensions(x, p, out)
    }
  }
  return out
}

describe('apix export', () => {
  it('prints each example\'s deployable document byte for byte (golden files in test/fixtures/examples)', async () => {
    const rest = await apix(['export', '--stage', 'prod'], {cwd: path.join(examples, 'rest-api')})
    expect(rest.stderr).toBe('')
    expect(rest.code).toBe(0)
    expect(rest.stdout).toBe(golden('rest-api.prod.json'))
    const swagger = await apix(['export', '--stage', 'prod', '--oas', '2.0', '--format', 'yaml'], {cwd: path.join(examples, 'rest-api')})
    expect(swagger.stdout).toBe(golden('rest-api.prod.swagger2.yaml'))
    const http = await apix(['export', '--stage', 'prod'], {cwd: path.join(examples, 'http-api')})
    expect(http.code).toBe(0)
    expect(http.stdout).toBe(golden('http-api.prod.json'))
  })

  it('the exported examples pass apix lint with the gateway presets', async () => {
    for (const [file, preset] of [['rest-api.prod.json', 'gateway-rest'], ['rest-api.prod.swagger2.yaml', 'gateway-rest'], ['http-api.prod.json', 'gateway-http']] as const) {
      const r = await apix(['lint', path.join('test/fixtures/examples', file), '--ruleset', preset, '--format', 'json'])
      const errors = (JSON.parse(r.stdout) as {results: Array<{severity: string; message: string}>}).results.filter((x) => x.severity === 'error')
      expect(errors, file).toEqual([])
    }
  })

  it('--extensions keeps only what GetExport would: integrations drops the authorizers', async () => {
    const r = await apix(['export', '--stage', 'prod', '--extensions', 'integrations'], {cwd: path.join(examples, 'rest-api')})
    const keys = [...extensions(JSON.parse(r.stdout)).keys()].map((p) => p.split('/').pop())
    expect(keys).toContain('x-amazon-apigateway-integration')
    expect(keys).not.toContain('x-amazon-apigateway-authorizer')
    expect(keys).not.toContain('x-amazon-apigateway-binary-media-types')
  })

  it('reports what the conversion loses and what the config leaves open, at the spec\'s own line', async () => {
    const dir = writeTree({
      'openapi.yaml': "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    $ref: './pets.yaml'\nwebhooks:\n  newPet:\n    post: {responses: {'200': {description: ok}}}\n",
      'pets.yaml': "get:\n  responses:\n    '200':\n      description: ok\n      content: {application/json: {schema: {type: [string, 'null'], const: x}}}\n",
    })
    const r = await apix(['export', 'openapi.yaml'], {cwd: dir})
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^apix: openapi\.yaml:7:3: warning: webhook "newPet" is dropped/m)
    expect(r.stderr).toMatch(/^apix: pets\.yaml:1:1: error: GET \/pets has no x-amazon-apigateway-integration/m)
    expect(JSON.parse(r.stdout).openapi).toBe('3.0.3')
  })

  it('refuses what AWS refuses, in one line', async () => {
    expectRefused(await apix(['export', '--stage', 'staging'], {cwd: path.join(examples, 'rest-api')}), /no stage "staging" in the config/)
    expectRefused(await apix(['export', '--oas', '2.0'], {cwd: path.join(examples, 'http-api')}), /HTTP APIs import and export OpenAPI 3\.0 only/)
    expectRefused(await apix(['export', '--extensions', 'everything'], {cwd: path.join(examples, 'rest-api')}), /unknown extension "everything"/)
    expectRefused(await apix(['export', '--from-aws', '--stage', 'prod'], {cwd: path.join(examples, 'rest-api')}), /--from-aws needs the API id/)
  })
})

const specs = path.join(SHARED, 'specs')
describe.skipIf(!existsSync(specs))('apix export of a Swagger 2.0 spec', () => {
  it('is OpenAPI 3.0 by default and Swagger 2.0 with --oas 2.0', async () => {
    const spec = path.join(specs, '02-oai-uber.swagger2.json')
    const v3 = await apix(['export', spec, '--root', SHARED])
    expect((JSON.parse(v3.stdout) as {openapi?: string}).openapi).toBe('3.0.3')
    const v2 = await apix(['export', spec, '--root', SHARED, '--oas', '2.0'])
    expect((JSON.parse(v2.stdout) as {swagger?: string}).swagger).toBe('2.0')
  })
})

describe.skipIf(!existsSync(specs))('apix export round-trips the AWS samples\' own extensions', () => {
  for (const name of existsSync(specs) ? readdirSync(specs).filter((n) => /^1[5-8]-/.test(n)) : []) {
    it(name, async () => {
      const r = await apix(['export', path.join(specs, name), '--root', SHARED], {cwd: REPO})
      expect(r.code, r.stderr).toBe(0)
      const {load} = await import('js-yaml')
      const input = extensions(load(readFileSync(path.join(specs, name), 'utf8')))
      const output = extensions(JSON.parse(r.stdout))
      expect(input.size).toBeGreaterThan(0)
      for (const [pointer, value] of input) expect(output.get(pointer), pointer).toBe(value)
    })
  }
})
