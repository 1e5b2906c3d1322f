import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {emptyConfig} from '../../src/lib/config/config.js'
import {lintSpec} from '../../src/lib/lint/engine.js'
import {presetRules} from '../../src/lib/lint/presets/index.js'
import {getRule} from '../../src/lib/lint/registry.js'
import type {LintResult} from '../../src/lib/lint/types.js'
import {loadSpec} from '../../src/lib/spec/loader.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const SHARED = path.resolve(here, '../../../shared/specs')
const FIXTURES = path.resolve(here, '../fixtures/spec')

async function lintFile(dir: string, entry: string, root?: string): Promise<LintResult[]> {
  const spec = await loadSpec(entry, {cwd: dir, ...(root ? {root: path.join(dir, root)} : {})})
  return lintSpec(spec, {config: emptyConfig(dir), ruleset: 'spec'}).results
}

function countByRule(results: LintResult[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const r of results) out[r.ruleId] = (out[r.ruleId] ?? 0) + 1
  return out
}

/** A compact line per finding, for readable failures. */
function lines(results: LintResult[]): string[] {
  return results.map((r) => `${r.ruleId} ${r.file}:${r.line} ${r.pointer} ${r.message}`)
}

describe('the spec preset', () => {
  it('lists only spec rules, all as errors, and every one exists', () => {
    const rules = presetRules('spec')
    expect(rules.size).toBeGreaterThan(20)
    for (const [id, severity] of rules) {
      expect(getRule(id), id).toBeDefined()
      expect(getRule(id)!.category, id).toBe('spec')
      expect(severity, id).toBe('error')
    }
    for (const id of ['struct', 'operation-id-unique', 'no-unresolved-refs', 'path-params-defined']) expect(rules.has(id)).toBe(true)
  })
})

describe.skipIf(!existsSync(SHARED))('spec preset on the shared real-world specs', () => {
  const valid = [
    '01-oai-petstore-minimal.swagger2.yaml',
    '02-oai-uber.swagger2.json',
    '04-oai-callback-example.oas30.yaml',
    '05-oai-link-example.oas30.yaml',
    '06-oai-webhook-example.oas31.json',
    '07-swagger-petstore.oas30.yaml',
    '08-redocly-museum.oas31.yaml',
    '10-adyen-checkout-v71.oas31.json',
    '11-adyen-management-webhooks-v3.oas31.json',
    '13-stripe-spec3.oas30.json',
    '14-github-api.github.com.oas30.json',
    '15-aws-apigw-rest-dynamodb-validators-cfn.oas30.yaml',
    '16-aws-apigw-rest-gateway-responses-cfn.oas30.yaml',
    '20-stripe-2025-10-15-apisguru.oas30.json',
  ]
  for (const name of valid) {
    it(`${name} is valid: no finding`, async () => {
      expect(lines(await lintFile(SHARED, name))).toEqual([])
    })
  }

  it('03 (multi-file Swagger 2.0, with ../common) is valid', async () => {
    const results = await lintFile(SHARED, '03-oai-petstore-separate.swagger2/spec/swagger.yaml', '03-oai-petstore-separate.swagger2')
    expect(lines(results)).toEqual([])
  })

  it('09 (DigitalOcean, multi-file 3.0) refers to operations by $ref, gives scopes to an http scheme and links to missing operationIds', async () => {
    const results = await lintFile(SHARED, '09-digitalocean.oas30.multifile/specification/DigitalOcean-public.v2.yaml', '09-digitalocean.oas30.multifile')
    expect(countByRule(results)).toEqual({'ref-location': 667, 'security-requirement-defined': 643, 'link-operation': 4})
    const entry = '09-digitalocean.oas30.multifile/specification/DigitalOcean-public.v2.yaml'
    // Operations (659 of them) written as `get: {$ref: …}`: an Operation object cannot be a Reference Object in 3.0.
    expect(results).toContainEqual(
      expect.objectContaining({ruleId: 'ref-location', file: entry, pointer: '/paths/~1v2~11-clicks/get/$ref', line: 733}),
    )
    // Tag descriptions given by $ref, where the specification wants a string.
    expect(results).toContainEqual(expect.objectContaining({ruleId: 'ref-location', file: entry, pointer: '/tags/0/description/$ref', line: 25}))
    // `properties: {$ref: …}` in a schema: the map itself cannot be a reference.
    expect(results).toContainEqual(
      expect.objectContaining({
        ruleId: 'ref-location',
        file: '09-digitalocean.oas30.multifile/specification/resources/load_balancers/loadBalancers_add_droplets.yml',
        pointer: '/requestBody/content/application~1json/schema/properties/$ref',
      }),
    )
    // `bearer_auth` is `type: http`, yet operations list scopes for it ("For other security scheme types, the array MUST be empty" in 3.0).
    expect(results).toContainEqual(
      expect.objectContaining({
        ruleId: 'security-requirement-defined',
        file: '09-digitalocean.oas30.multifile/specification/resources/vpcs/vpcs_get.yml',
        pointer: '/security/0/bearer_auth',
        line: 39,
      }),
    )
    // Links naming operationIds that no operation has (the operation is `sshKeys_get`).
    expect(results.filter((r) => r.ruleId === 'link-operation').map((r) => r.message)).toEqual([
      'No operation has the operationId "ssh_keys_delete_by_fingerprint".',
      'No operation has the operationId "sshKeys_delete_by_id".',
      'No operation has the operationId "sshKeys_get_by_fingerprint".',
      'No operation has the operationId "sshKeys_get_by_id".',
    ])
  })

  it('12 (OpenAI, 3.1) has JSON Schema 2020-12 keyword errors and discriminators that are not required', async () => {
    const results = await lintFile(SHARED, '12-openai.oas31.yaml')
    expect(countByRule(results)).toEqual({struct: 13, 'discriminator-property': 8})
    const struct = results.filter((r) => r.ruleId === 'struct')
    // `exclusiveMinimum: true` (a 3.0 habit): a number in 2020-12.
    expect(struct.filter((r) => r.message === '"exclusiveMinimum" must be a number, got boolean.')).toHaveLength(7)
    // `$recursiveAnchor: true`: the 2020-12 meta-schema keeps the keyword from 2019-09 as an anchor string.
    expect(struct.filter((r) => r.message === '"$recursiveAnchor" must be a string, got boolean.').map((r) => r.pointer)).toEqual([
      '/components/schemas/CompoundFilter/$recursiveAnchor',
      '/components/schemas/BetaCompoundFilter/$recursiveAnchor',
    ])
    // ContainerResource lists four names twice in `required` (its items MUST be unique).
    expect(struct.filter((r) => r.pointer.startsWith('/components/schemas/ContainerResource/required/')).map((r) => r.message)).toEqual([
      '"required" lists "id" more than once.',
      '"required" lists "name" more than once.',
      '"required" lists "created_at" more than once.',
      '"required" lists "status" more than once.',
    ])
    // InputItem's alternatives (EasyInputMessage, ItemReferenceParam…) do not all require `type`.
    expect(results).toContainEqual(
      expect.objectContaining({ruleId: 'discriminator-property', pointer: '/components/schemas/InputItem/discriminator/propertyName'}),
    )
    // `nullable` is not a 3.1 keyword, but unknown keywords are allowed in 3.1 schemas: no finding for it.
    expect(results.some((r) => r.message.includes('nullable'))).toBe(false)
  })

  it('17 writes a response code unquoted (YAML reads 200 as a number)', async () => {
    const results = await lintFile(SHARED, '17-aws-apigw-http-api-export.oas30.yaml')
    expect(lines(results)).toEqual([
      `response-code-quoted 17-aws-apigw-http-api-export.oas30.yaml:20 /paths/~1submit~1{streamName}~1{eventId}/post/responses/200 Quote the response code: '200': (unquoted, YAML reads it as a number).`,
    ])
  })

  it('18 has a response header with a Swagger-2 `type` and no `schema` (invalid in 3.0)', async () => {
    const results = await lintFile(SHARED, '18-aws-apigw-rest-cache-dynamodb.oas30.yaml')
    expect(lines(results)).toEqual([
      'parameter-schema-or-content 18-aws-apigw-rest-cache-dynamodb.oas30.yaml:19 /paths/~1pets~1{id}/get/responses/200/headers/cache-timestamp Header "cache-timestamp" must have "schema" or "content".',
      'struct 18-aws-apigw-rest-cache-dynamodb.oas30.yaml:20 /paths/~1pets~1{id}/get/responses/200/headers/cache-timestamp/type Property "type" is not allowed in a Header object.',
    ])
  })

  it('19 (GitHub, octokit 23.0.2) has identical templated paths and discriminators that are not required', async () => {
    const results = await lintFile(SHARED, '19-github-api.github.com-octokit-23.0.2.oas30.json')
    expect(countByRule(results)).toEqual({'no-identical-paths': 2, 'discriminator-property': 4})
    expect(results.filter((r) => r.ruleId === 'no-identical-paths').map((r) => r.message)).toEqual([
      'Path "/orgs/{org}/attestations/{subject_digest}" is identical to "/orgs/{org}/attestations/{attestation_id}" apart from the names of its parameters.',
      'Path "/users/{username}/attestations/{subject_digest}" is identical to "/users/{username}/attestations/{attestation_id}" apart from the names of its parameters.',
    ])
    // /user returns oneOf private-user | public-user, discriminated by user_view_type, which neither requires.
    expect(results).toContainEqual(
      expect.objectContaining({
        ruleId: 'discriminator-property',
        pointer: '/paths/~1user/get/responses/200/content/application~1json/schema/discriminator/propertyName',
        message: expect.stringContaining('"user_view_type"'),
      }),
    )
  })
})

describe('spec preset on OpenAPI Initiative examples and schema tests', () => {
  const pass = [
    'oai-v2.0-petstore-with-external-docs.yaml',
    'oai-v3.0-uspto.yaml',
    'oai-v3.1-webhook-example.yaml',
    'oai-v3.1-non-oauth-scopes.json',
    'oai-v3.1-comp-pathitems.yaml',
    'oai-v3.1-license-identifier.yaml',
  ]
  for (const name of pass) {
    it(`${name} passes`, async () => {
      expect(lines(await lintFile(FIXTURES, name))).toEqual([])
    })
  }

  const fail: Array<[string, string[]]> = [
    ['oai-v3.1-fail-server-enum-empty.yaml', ['server-variable-default /servers/0/variables/var/enum']],
    ['oai-v3.1-fail-server-enum-unknown.yaml', ['server-variable-default /servers/0/variables/var/default']],
    ['oai-v3.1-fail-servers.yaml', ['struct /servers']],
    ['oai-v3.1-fail-unknown-container.yaml', ['struct ', 'struct /overlays']],
  ]
  for (const [name, expected] of fail) {
    it(`${name} fails`, async () => {
      const results = await lintFile(FIXTURES, name)
      expect(results.map((r) => `${r.ruleId} ${r.pointer}`)).toEqual(expected)
      for (const r of results) expect(r.severity).toBe('error')
    })
  }
})
