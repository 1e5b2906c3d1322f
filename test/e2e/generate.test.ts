import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {load} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {apix, expectRefused} from '../helpers/cli.js'
import {writeTree} from '../helpers/rule.js'

const SPEC = `openapi: 3.0.3
info: {title: pets, version: '1'}
paths:
  /pets:
    get:
      operationId: listPets
      security: [{api_key: []}]
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: https://\${stageVariables.backendHost}/pets
    post:
      operationId: createPet
      security: [{api_key: []}]
      responses: {'201': {description: created}}
  /health:
    get:
      operationId: health
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    api_key: {type: apiKey, name: x-api-key, in: header}
`

const CONFIG = `# the pets API on API Gateway
api:
  name: pets
  type: rest
  spec: openapi.yaml

integrations:
  default:
    type: lambda-proxy
    function: arn:aws:lambda:us-east-1:123456789012:function:pets:\${stageVariables.lambdaAlias}

stages:
  # what developers test against
  dev:
    variables:
      backendHost: dev.example.com
      lambdaAlias: dev
  prod:
    variables:
      backendHost: api.example.com   # the public backend

usagePlans:
  free:
    description: Try the API
    throttle: {rateLimit: 10, burstLimit: 20}
    quota: {limit: 1000, period: MONTH}
    stages: [dev, prod]
    methods:
      GET /pets: {rateLimit: 5, burstLimit: 10}
    apiKeys:
      - name: trial
  partner:
    throttle: {rateLimit: 100, burstLimit: 200}
    quota: {limit: 50000, offset: 1, period: WEEK}
    stages: [prod]
    apiKeys:
      - name: acme
        valueFrom: ACME_API_KEY
`

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1

describe('apix generate stage-vars (child process)', () => {
  it('prints the variables a stage lacks as a YAML patch of the config, and exits 1', async () => {
    const dir = writeTree({'apix.config.yaml': CONFIG, 'openapi.yaml': SPEC})
    const r = await apix(['generate', 'stage-vars'], {cwd: dir})
    expect(r.code).toBe(1)
    expect(r.stdout).toBe("# add to apix.config.yaml (or run with --write), then fill in the values\nstages:\n  prod:\n    variables:\n      lambdaAlias: ''\n")
    expect(load(r.stdout)).toEqual({stages: {prod: {variables: {lambdaAlias: ''}}}})
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(new RegExp(`^apix: apix\\.config\\.yaml:${lineOf(CONFIG, '  prod:')}:\\d+: stage \`prod\` lacks stage variable \`lambdaAlias\`, used at apix\\.config\\.yaml:${lineOf(CONFIG, 'function:')}:\\d+$`))
  })

  it('--json (= --format json) lists uses with file and line, the missing entries and the patch', async () => {
    const dir = writeTree({'apix.config.yaml': CONFIG, 'openapi.yaml': SPEC})
    const a = await apix(['generate', 'stage-vars', '--json'], {cwd: dir})
    const b = await apix(['generate', 'stage-vars', '--format', 'json'], {cwd: dir})
    expect(a.stdout).toBe(b.stdout)
    expect(a.code).toBe(1)
    const out = JSON.parse(a.stdout) as Record<string, unknown>
    expect(out['stages']).toEqual(['dev', 'prod'])
    expect(out['missing']).toEqual({prod: ['lambdaAlias']})
    expect(out['patch']).toEqual({stages: {prod: {variables: {lambdaAlias: ''}}}})
    expect(out['variables']).toEqual([
      {name: 'backendHost', uses: [{file: 'openapi.yaml', line: lineOf(SPEC, 'uri:'), column: expect.any(Number) as unknown, pointer: '/paths/~1pets/get/x-amazon-apigateway-integration/uri'}]},
      {name: 'lambdaAlias', uses: [{file: 'apix.config.yaml', line: lineOf(CONFIG, 'function:'), column: expect.any(Number) as unknown, pointer: '/integrations/default/function'}]},
    ])
    expect(out['findings']).toEqual([expect.objectContaining({rule: 'stage-variable-missing', severity: 'error', stage: 'prod', variable: 'lambdaAlias', file: 'apix.config.yaml', pointer: '/stages/prod'})])
  })

  it('--stage checks one stage: dev defines everything, exit 0', async () => {
    const dir = writeTree({'apix.config.yaml': CONFIG, 'openapi.yaml': SPEC})
    const r = await apix(['generate', 'stage-vars', 'openapi.yaml', '--stage', 'dev'], {cwd: dir})
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('# every stage defines the 2 stage variable(s) the API uses\n')
  })

  it('--write adds the entries in place, keeping the comments; filled in, the next run passes', async () => {
    const dir = writeTree({'apix.config.yaml': CONFIG, 'openapi.yaml': SPEC})
    const file = path.join(dir, 'apix.config.yaml')
    const w = await apix(['generate', 'stage-vars', '--write'], {cwd: dir})
    expect(w.code).toBe(1)
    expect(w.stderr).toContain('apix: added 1 stage variable(s) to apix.config.yaml with empty values: fill them in')
    const written = readFileSync(file, 'utf8')
    expect(written).toBe(CONFIG.replace('      backendHost: api.example.com   # the public backend\n', "      backendHost: api.example.com   # the public backend\n      lambdaAlias: ''\n"))
    // Still a finding until the value is filled in: API Gateway refuses empty values.
    const empty = await apix(['generate', 'stage-vars'], {cwd: dir})
    expect(empty.code).toBe(1)
    expect(empty.stderr).toMatch(/stage `prod`: stage variable `lambdaAlias` has no value; fill it in/)
    writeFileSync(file, written.replace("lambdaAlias: ''", 'lambdaAlias: live'))
    const filled = await apix(['generate', 'stage-vars'], {cwd: dir})
    expect(filled.stderr).toBe('')
    expect(filled.code).toBe(0)
  })

  it('a name no stage can define is a finding; a value API Gateway refuses is a config error (exit 2)', async () => {
    const dir = writeTree({'apix.config.yaml': CONFIG, 'openapi.yaml': SPEC.replace('${stageVariables.backendHost}', '${stageVariables.backend-host}')})
    const r = await apix(['generate', 'stage-vars', '--stage', 'dev', '--json'], {cwd: dir})
    expect(r.code).toBe(1)
    const findings = (JSON.parse(r.stdout) as {findings: Array<Record<string, unknown>>}).findings
    expect(findings).toEqual([expect.objectContaining({rule: 'stage-variable-name', variable: 'backend-host', stage: null, file: 'openapi.yaml', line: lineOf(SPEC, 'uri:')})])
    const bad = writeTree({'apix.config.yaml': CONFIG.replace('lambdaAlias: dev', 'lambdaAlias: has spaces'), 'openapi.yaml': SPEC})
    expectRefused(await apix(['generate', 'stage-vars'], {cwd: bad}), new RegExp(`^apix: apix\\.config\\.yaml:${lineOf(CONFIG, 'lambdaAlias: dev')}:\\d+: stages\\.dev\\.variables\\.lambdaAlias`))
  })

  it('no config, no stages or an unknown stage are usage errors: exit 2 with one line', async () => {
    const bare = writeTree({'openapi.yaml': SPEC})
    expectRefused(await apix(['generate', 'stage-vars', 'openapi.yaml'], {cwd: bare}), /^apix: no apix\.config\.yaml to check stage variables against \(create apix\.config\.yaml/)
    const noStages = writeTree({'openapi.yaml': SPEC, 'apix.config.yaml': 'api:\n  spec: openapi.yaml\n'})
    expectRefused(await apix(['generate', 'stage-vars'], {cwd: noStages}), /^apix: apix\.config\.yaml: the config declares no stages \(add `stages:/)
    const dir = writeTree({'apix.config.yaml': CONFIG, 'openapi.yaml': SPEC})
    expectRefused(await apix(['generate', 'stage-vars', '--stage', 'qa'], {cwd: dir}), /^apix: apix\.config\.yaml: no stage `qa` in the config \(stages: dev, prod\)$/)
  })
})

describe('apix generate usage-plans (child process)', () => {
  const SECRET = 'AcmeSecretKeyValue0123456789'

  it('prints the plans, per-method throttles and keys as JSON, never a key value', async () => {
    const dir = writeTree({'apix.config.yaml': CONFIG, 'openapi.yaml': SPEC})
    const r = await apix(['generate', 'usage-plans', '--format', 'json'], {cwd: dir, env: {ACME_API_KEY: SECRET}})
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as Record<string, unknown>
    expect(out['keyedMethods']).toEqual([
      {label: 'GET /pets', throttleKey: '/pets/GET', pointer: '/paths/~1pets/get'},
      {label: 'POST /pets', throttleKey: '/pets/POST', pointer: '/paths/~1pets/post'},
    ])
    expect(out['usagePlans']).toEqual([
      {
        name: 'free',
        description: 'Try the API',
        throttle: {rateLimit: 10, burstLimit: 20},
        quota: {limit: 1000, offset: 0, period: 'MONTH'},
        apiStages: [
          {stage: 'dev', throttle: {'/pets/GET': {rateLimit: 5, burstLimit: 10}}},
          {stage: 'prod', throttle: {'/pets/GET': {rateLimit: 5, burstLimit: 10}}},
        ],
        apiKeys: ['trial'],
      },
      {name: 'partner', throttle: {rateLimit: 100, burstLimit: 200}, quota: {limit: 50000, offset: 1, period: 'WEEK'}, apiStages: [{stage: 'prod', throttle: {}}], apiKeys: ['acme']},
    ])
    expect(out['apiKeys']).toEqual([
      {name: 'trial', value: 'generated', usagePlans: ['free']},
      {name: 'acme', value: 'environment', valueFrom: 'ACME_API_KEY', valueSet: true, usagePlans: ['partner']},
    ])
    expect(r.stdout + r.stderr).not.toContain(SECRET)
    const yaml = await apix(['generate', 'usage-plans'], {cwd: dir, env: {ACME_API_KEY: SECRET}})
    expect(load(yaml.stdout)).toEqual(out)
  })

  it('--format cloudformation is a template of UsagePlan, ApiKey and UsagePlanKey resources', async () => {
    const dir = writeTree({'apix.config.yaml': CONFIG, 'openapi.yaml': SPEC})
    const r = await apix(['generate', 'usage-plans', '--format', 'cloudformation', '--output', 'usage-plans.yaml'], {cwd: dir, env: {ACME_API_KEY: SECRET}})
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    const text = readFileSync(path.join(dir, 'usage-plans.yaml'), 'utf8')
    expect(text.split('\n')[0]).toBe('# generated by apix from apix.config.yaml - do not edit')
    expect(text).not.toContain(SECRET)
    const template = load(text) as {AWSTemplateFormatVersion: string; Parameters: Record<string, Record<string, unknown>>; Resources: Record<string, {Type: string; Properties: Record<string, unknown>}>}
    expect(template.AWSTemplateFormatVersion).toBe('2010-09-09')
    expect(Object.entries(template.Resources).map(([id, x]) => `${id} ${x.Type}`)).toEqual([
      'TrialApiKey AWS::ApiGateway::ApiKey',
      'AcmeApiKey AWS::ApiGateway::ApiKey',
      'FreeUsagePlan AWS::ApiGateway::UsagePlan',
      'FreeTrialUsagePlanKey AWS::ApiGateway::UsagePlanKey',
      'PartnerUsagePlan AWS::ApiGateway::UsagePlan',
      'PartnerAcmeUsagePlanKey AWS::ApiGateway::UsagePlanKey',
    ])
    expect(template.Resources['PartnerUsagePlan']!.Properties).toEqual({
      UsagePlanName: 'partner',
      ApiStages: [{ApiId: {Ref: 'RestApiId'}, Stage: {Ref: 'ProdStageName'}}],
      Quota: {Limit: 50000, Offset: 1, Period: 'WEEK'},
      Throttle: {BurstLimit: 200, RateLimit: 100},
    })
    expect(template.Resources['AcmeApiKey']!.Properties).toEqual({Name: 'acme', Enabled: true, Value: {Ref: 'AcmeApiKeyValue'}})
    expect(template.Parameters['AcmeApiKeyValue']).toMatchObject({Type: 'String', NoEcho: true})
    expect(template.Parameters['ProdStageName']).toEqual({Type: 'String', Default: 'prod', Description: 'The name of stage prod'})
  })

  it('a method throttle naming an operation the spec lacks, or a bad quota, is a finding: exit 1', async () => {
    const config = CONFIG.replace('GET /pets: {rateLimit: 5, burstLimit: 10}', 'GET /pets: {rateLimit: 5, burstLimit: 10}\n      DELETE /pets/{id}: {rateLimit: 1}').replace('offset: 1, period: WEEK', 'offset: 7, period: WEEK')
    const dir = writeTree({'apix.config.yaml': config, 'openapi.yaml': SPEC})
    const r = await apix(['generate', 'usage-plans', '--format', 'json'], {cwd: dir, env: {ACME_API_KEY: SECRET}})
    expect(r.code).toBe(1)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toEqual([
      `apix: apix.config.yaml:${lineOf(config, 'DELETE /pets')}:7: usage plan \`free\`: the spec has no operation \`DELETE /pets/{id}\` to throttle`,
      expect.stringMatching(new RegExp(`^apix: apix\\.config\\.yaml:${lineOf(config, 'offset: 7')}:\\d+: usage plan \`partner\`: quota offset 7 is out of range: a WEEK quota takes an offset of 0 to 6`)),
    ])
    const findings = (JSON.parse(r.stdout) as {findings: Array<{rule: string}>}).findings.map((f) => f.rule)
    expect(findings).toEqual(['usage-plan-method-unknown', 'usage-plan-quota'])
  })

  it('no usage plans is a usage error: exit 2 with a hint', async () => {
    const dir = writeTree({'apix.config.yaml': 'api:\n  spec: openapi.yaml\nstages:\n  prod: {}\n', 'openapi.yaml': SPEC})
    expectRefused(await apix(['generate', 'usage-plans'], {cwd: dir}), /^apix: apix\.config\.yaml: the config declares no usage plans \(add `usagePlans:/)
  })
})
