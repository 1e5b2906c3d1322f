import type {CreateApiKeyRequest, CreateUsagePlanKeyRequest, CreateUsagePlanRequest} from '@aws-sdk/client-api-gateway'
import {Validator, type Schema} from '@cfworker/json-schema'
import {describe, expect, it} from 'vitest'
import {emptyConfig, type ApixConfig} from '../../src/lib/config/config.js'
import type {UsagePlanConfig} from '../../src/lib/config/gateway.js'
import {logicalId, parseMethodKey, planUsagePlans, usagePlansTemplate, type UsagePlansReport} from '../../src/lib/gateway/usage-plans.js'
import type {JsonObject} from '../../src/lib/spec/model.js'

/**
 * CreateUsagePlan's request body as the API reference states it
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateUsagePlan.html, ApiStage, ThrottleSettings,
 * QuotaSettings): name required; apiStages of {apiId, stage, throttle: map of ThrottleSettings}; quota period
 * DAY | WEEK | MONTH. apix adds the throttle key's `{resourcePath}/{httpMethod}` shape and the offset ranges.
 */
const throttleSettings: Schema = {type: 'object', additionalProperties: false, properties: {burstLimit: {type: 'integer', minimum: 0}, rateLimit: {type: 'number', minimum: 0}}}
const CREATE_USAGE_PLAN: Schema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: {type: 'string', minLength: 1},
    description: {type: 'string'},
    apiStages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['apiId', 'stage'],
        additionalProperties: false,
        properties: {
          apiId: {type: 'string'},
          stage: {type: 'string', pattern: '^[A-Za-z0-9_-]{1,128}$'},
          throttle: {type: 'object', propertyNames: {pattern: '^/[^ ]*/(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|ANY)$'}, additionalProperties: throttleSettings},
        },
      },
    },
    throttle: throttleSettings,
    quota: {
      type: 'object',
      required: ['limit', 'period'],
      additionalProperties: false,
      properties: {limit: {type: 'integer', minimum: 0}, offset: {type: 'integer', minimum: 0}, period: {enum: ['DAY', 'WEEK', 'MONTH']}},
      allOf: [
        {if: {properties: {period: {const: 'DAY'}}}, then: {properties: {offset: {maximum: 0}}}},
        {if: {properties: {period: {const: 'WEEK'}}}, then: {properties: {offset: {maximum: 6}}}},
        {if: {properties: {period: {const: 'MONTH'}}}, then: {properties: {offset: {maximum: 27}}}},
      ],
    },
    tags: {type: 'object'},
  },
}

/** The request deploy sends for a planned usage plan (typed by the SDK, so the shape is checked by tsc as well). */
function createUsagePlanRequest(plan: UsagePlansReport['usagePlans'][number], apiId: string): CreateUsagePlanRequest {
  return {
    name: plan.name,
    ...(plan.description !== undefined ? {description: plan.description} : {}),
    apiStages: plan.apiStages.map((s) => ({apiId, stage: s.stage, ...(Object.keys(s.throttle).length > 0 ? {throttle: s.throttle} : {})})),
    ...(plan.throttle ? {throttle: plan.throttle} : {}),
    ...(plan.quota ? {quota: plan.quota} : {}),
  }
}

const SPEC: JsonObject = {
  openapi: '3.0.3',
  info: {title: 'pets', version: '1'},
  paths: {
    '/pets': {
      get: {security: [{api_key: []}], responses: {'200': {description: 'ok'}}},
      post: {security: [{api_key: []}, {cognito: []}], responses: {'201': {description: 'ok'}}},
    },
    '/pets/{petId}': {get: {security: [{api_key: []}], responses: {'200': {description: 'ok'}}}},
    '/health': {get: {responses: {'200': {description: 'ok'}}}},
    '/': {'x-amazon-apigateway-any-method': {security: [{api_key: []}], responses: {'200': {description: 'ok'}}}},
  },
  components: {
    securitySchemes: {
      api_key: {$ref: '#/components/securitySchemes/key'},
      key: {type: 'apiKey', name: 'X-API-Key', in: 'header'},
      cognito: {type: 'apiKey', name: 'Authorization', in: 'header'},
    },
  },
}

function configWith(usagePlans: Record<string, UsagePlanConfig>, extra: (c: ApixConfig) => void = () => {}): ApixConfig {
  const config = emptyConfig('/x')
  config.gateway.stages = {dev: {}, prod: {}}
  config.gateway.usagePlans = usagePlans
  extra(config)
  return config
}

const EXAMPLE: Record<string, UsagePlanConfig> = {
  free: {
    description: 'Try the API',
    throttle: {rateLimit: 10, burstLimit: 20},
    quota: {limit: 1000, period: 'MONTH'},
    stages: ['dev', 'prod'],
    methods: {'GET /pets': {rateLimit: 5, burstLimit: 10}, '/pets/{petId}/GET': {rateLimit: 2.5}, 'ANY /': {burstLimit: 1}},
    apiKeys: [{name: 'trial'}, {name: 'partner-key', valueFrom: 'PARTNER_KEY', description: 'Partner integration'}],
  },
  pro: {
    throttle: {rateLimit: 500, burstLimit: 1000},
    quota: {limit: 100000, offset: 1, period: 'WEEK'},
    stages: ['prod'],
    apiKeys: [{name: 'acme'}],
  },
}
const SECRET = 'Zq8vT3kR9mW2xY7nB4cD6fG1'

describe('planUsagePlans', () => {
  it('plans what CreateUsagePlan takes, from the config tiers and the operations that require a key', () => {
    const report = planUsagePlans(SPEC, configWith(EXAMPLE), {env: {PARTNER_KEY: SECRET}})
    expect(report.findings).toEqual([])
    expect(report.apiKeySource).toBe('HEADER')
    expect(report.keyedMethods.map((m) => [m.label, m.throttleKey])).toEqual([
      ['GET /pets', '/pets/GET'],
      ['POST /pets', '/pets/POST'],
      ['GET /pets/{petId}', '/pets/{petId}/GET'],
      ['ANY /', '//ANY'],
    ])
    expect(report.usagePlans).toEqual([
      {
        name: 'free',
        description: 'Try the API',
        throttle: {rateLimit: 10, burstLimit: 20},
        quota: {limit: 1000, offset: 0, period: 'MONTH'},
        apiStages: [
          {stage: 'dev', throttle: {'/pets/GET': {rateLimit: 5, burstLimit: 10}, '/pets/{petId}/GET': {rateLimit: 2.5}, '//ANY': {burstLimit: 1}}},
          {stage: 'prod', throttle: {'/pets/GET': {rateLimit: 5, burstLimit: 10}, '/pets/{petId}/GET': {rateLimit: 2.5}, '//ANY': {burstLimit: 1}}},
        ],
        apiKeys: ['trial', 'partner-key'],
      },
      {name: 'pro', throttle: {rateLimit: 500, burstLimit: 1000}, quota: {limit: 100000, offset: 1, period: 'WEEK'}, apiStages: [{stage: 'prod', throttle: {}}], apiKeys: ['acme']},
    ])
    expect(report.apiKeys).toEqual([
      {name: 'trial', value: 'generated', usagePlans: ['free']},
      {name: 'partner-key', description: 'Partner integration', value: 'environment', valueFrom: 'PARTNER_KEY', valueSet: true, usagePlans: ['free']},
      {name: 'acme', value: 'generated', usagePlans: ['pro']},
    ])
    const validator = new Validator(CREATE_USAGE_PLAN, '2020-12', false)
    for (const plan of report.usagePlans) {
      const result = validator.validate(createUsagePlanRequest(plan, 'a1b2c3d4e5'))
      expect(result.errors, plan.name).toEqual([])
    }
    // The schema itself catches what AWS refuses.
    for (const wrong of [
      {name: 'x', quota: {limit: 1, offset: 7, period: 'WEEK'}},
      {name: 'x', quota: {limit: 1, period: 'YEAR'}},
      {name: 'x', apiStages: [{apiId: 'a', stage: 'prod', throttle: {'GET /pets': {rateLimit: 1}}}]},
      {name: 'x', throttle: {burstLimit: 1.5}},
    ]) expect(validator.validate(wrong).valid, JSON.stringify(wrong)).toBe(false)
    // CreateApiKey / CreateUsagePlanKey requests deploy derives: typed by the SDK.
    const keys: CreateApiKeyRequest[] = report.apiKeys.map((k) => ({name: k.name, enabled: true, ...(k.description ? {description: k.description} : {})}))
    const planKeys: CreateUsagePlanKeyRequest[] = report.usagePlans.flatMap((p) => p.apiKeys.map(() => ({usagePlanId: 'plan-id', keyId: 'key-id', keyType: 'API_KEY'})))
    expect(keys).toHaveLength(3)
    expect(planKeys).toHaveLength(3)
    expect(JSON.stringify(report)).not.toContain(SECRET)
  })

  it('reads Swagger 2.0 securityDefinitions and the api-key-source extension', () => {
    const swagger: JsonObject = {
      swagger: '2.0',
      'x-amazon-apigateway-api-key-source': 'AUTHORIZER',
      paths: {'/pets': {get: {security: [{api_key: []}], responses: {}}, put: {security: [{other: []}], responses: {}}}},
      securityDefinitions: {api_key: {type: 'apiKey', name: 'x-api-key', in: 'header'}, other: {type: 'apiKey', name: 'x-api-key', in: 'query'}},
    }
    const report = planUsagePlans(swagger, configWith({p: {stages: ['prod']}}))
    expect(report.apiKeySource).toBe('AUTHORIZER')
    expect(report.keyedMethods.map((m) => m.label)).toEqual(['GET /pets'])
  })

  it('holds quotas to the periods and offsets AWS accepts', () => {
    const quota = (period: string, offset?: number, limit = 10) => ({stages: ['prod'], quota: {limit, period, ...(offset === undefined ? {} : {offset})}}) as UsagePlanConfig
    const report = planUsagePlans(SPEC, configWith({
      day0: quota('DAY', 0),
      day1: quota('DAY', 1),
      week6: quota('WEEK', 6),
      week7: quota('WEEK', 7),
      month27: quota('MONTH', 27),
      month28: quota('MONTH', 28),
      negative: quota('MONTH', -1),
      year: quota('YEAR'),
      fraction: quota('DAY', undefined, 1.5),
    }))
    expect(report.findings.map((f) => [f.rule, f.plan, f.pointer])).toEqual([
      ['usage-plan-quota', 'day1', '/usagePlans/day1/quota/offset'],
      ['usage-plan-quota', 'week7', '/usagePlans/week7/quota/offset'],
      ['usage-plan-quota', 'month28', '/usagePlans/month28/quota/offset'],
      ['usage-plan-quota', 'negative', '/usagePlans/negative/quota/offset'],
      ['usage-plan-quota', 'year', '/usagePlans/year/quota/period'],
      ['usage-plan-quota', 'fraction', '/usagePlans/fraction/quota/limit'],
    ])
    expect(report.findings.every((f) => f.severity === 'error')).toBe(true)
    expect(report.findings[1]!.message).toBe('usage plan `week7`: quota offset 7 is out of range: a WEEK quota takes an offset of 0 to 6 (0 = Sunday)')
  })

  it('reports unknown stages and operations, throttles that never apply, and method throttles without a plan throttle', () => {
    const report = planUsagePlans(SPEC, configWith({
      a: {
        throttle: {rateLimit: 1, burstLimit: 1.5},
        stages: ['prod', 'qa'],
        methods: {'DELETE /pets': {rateLimit: 1}, 'GET /pets/{id}': {rateLimit: 1}, 'GET /health': {rateLimit: 1}, 'pets': {rateLimit: 1}},
      },
      b: {stages: ['prod'], methods: {'GET /pets': {rateLimit: -1}}},
      c: {stages: []},
    }))
    expect(report.findings.map((f) => [f.rule, f.severity, f.pointer])).toEqual([
      ['usage-plan-throttle', 'error', '/usagePlans/a/throttle/burstLimit'],
      ['usage-plan-method-unknown', 'error', '/usagePlans/a/methods/DELETE ~1pets'],
      ['usage-plan-method-unknown', 'error', '/usagePlans/a/methods/GET ~1pets~1{id}'],
      ['usage-plan-method-no-key', 'warning', '/usagePlans/a/methods/GET ~1health'],
      ['usage-plan-method-unknown', 'error', '/usagePlans/a/methods/pets'],
      ['usage-plan-stage-unknown', 'error', '/usagePlans/a/stages/1'],
      ['usage-plan-throttle', 'error', '/usagePlans/b/methods/GET ~1pets/rateLimit'],
      ['usage-plan-throttle', 'error', '/usagePlans/b/methods'],
      ['usage-plan-stages', 'warning', '/usagePlans/c/stages'],
    ])
    expect(report.findings[1]!.message).toBe('usage plan `a`: the spec has no operation `DELETE /pets` to throttle')
    expect(report.findings[5]!.message).toBe('usage plan `a` covers stage `qa`, which `stages` does not declare (stages: dev, prod)')
  })

  it('never shows a key value, only whether it is set and its length', () => {
    const plans = {p: {stages: ['prod'], apiKeys: [{name: 'k', valueFrom: 'KEY_VALUE'}]}}
    const unset = planUsagePlans(SPEC, configWith(plans), {env: {}})
    expect(unset.findings.map((f) => [f.rule, f.severity])).toEqual([['usage-plan-api-key-value', 'warning']])
    expect(unset.apiKeys[0]).toMatchObject({value: 'environment', valueFrom: 'KEY_VALUE', valueSet: false})
    const short = 'secret-but-short!'
    const bad = planUsagePlans(SPEC, configWith(plans), {env: {KEY_VALUE: short}})
    expect(bad.findings.map((f) => [f.rule, f.severity])).toEqual([['usage-plan-api-key-value', 'error']])
    expect(bad.findings[0]!.message).toBe('API key `k`: $KEY_VALUE holds 17 characters, not all letters or digits; API Gateway takes 20 to 128 letters and digits')
    expect(JSON.stringify(bad)).not.toContain(short)
  })

  it('refuses a key in two plans that cover the same stage, and one key with two value sources', () => {
    const report = planUsagePlans(SPEC, configWith({
      a: {stages: ['dev', 'prod'], apiKeys: [{name: 'shared'}]},
      b: {stages: ['prod'], apiKeys: [{name: 'shared', valueFrom: 'X'}]},
      c: {stages: ['dev'], apiKeys: [{name: 'k'}, {name: 'k'}]},
    }), {env: {}})
    expect(report.findings.map((f) => [f.rule, f.plan])).toEqual([
      ['usage-plan-api-key', 'b'],
      ['usage-plan-api-key-stage', 'b'],
      ['usage-plan-api-key', 'c'],
    ])
    expect(report.findings[1]!.message).toBe('API key `shared` is in usage plans `a` and `b`, which both cover stage `prod`; API Gateway allows one usage plan per key and stage')
  })

  it('says when no operation requires a key, and that HTTP APIs have no usage plans', () => {
    const open: JsonObject = {openapi: '3.0.3', security: [{api_key: []}], paths: {'/a': {get: {responses: {}}}}, components: {securitySchemes: {api_key: {type: 'apiKey', name: 'x-api-key', in: 'header'}}}}
    const rest = planUsagePlans(open, configWith({p: {stages: ['prod']}}))
    expect(rest.findings.map((f) => [f.rule, f.severity])).toEqual([['usage-plan-no-keyed-methods', 'warning']])
    expect(rest.findings[0]!.message).toContain('ignores root-level `security`')
    const http = planUsagePlans(open, configWith({p: {stages: ['prod']}}, (c) => (c.api.type = 'http')))
    expect(http.findings.map((f) => [f.rule, f.severity])).toEqual([['usage-plan-api-type', 'error']])
  })
})

describe('parseMethodKey', () => {
  it('takes the config form and API Gateway form', () => {
    expect(parseMethodKey('get /pets')).toEqual({method: 'GET', path: '/pets'})
    expect(parseMethodKey('/pets/{id}/DELETE')).toEqual({method: 'DELETE', path: '/pets/{id}'})
    expect(parseMethodKey('//GET')).toEqual({method: 'GET', path: '/'})
    expect(parseMethodKey('pets')).toBeUndefined()
  })
})

describe('usagePlansTemplate', () => {
  it('is a CloudFormation template of UsagePlan, ApiKey and UsagePlanKey resources whose Refs all resolve', () => {
    const report = planUsagePlans(SPEC, configWith(EXAMPLE), {env: {PARTNER_KEY: SECRET}})
    const template = usagePlansTemplate(report, {apiName: 'pets', restApiId: 'a1b2c3d4e5'}) as {Parameters: Record<string, JsonObject>; Resources: Record<string, {Type: string; Properties: JsonObject}>}
    expect(Object.keys(template)).toEqual(['AWSTemplateFormatVersion', 'Description', 'Parameters', 'Resources'])
    expect(template.Parameters['RestApiId']).toMatchObject({Type: 'String', Default: 'a1b2c3d4e5'})
    expect(Object.entries(template.Resources).map(([id, r]) => [id, r.Type])).toEqual([
      ['TrialApiKey', 'AWS::ApiGateway::ApiKey'],
      ['PartnerKeyApiKey', 'AWS::ApiGateway::ApiKey'],
      ['AcmeApiKey', 'AWS::ApiGateway::ApiKey'],
      ['FreeUsagePlan', 'AWS::ApiGateway::UsagePlan'],
      ['FreeTrialUsagePlanKey', 'AWS::ApiGateway::UsagePlanKey'],
      ['FreePartnerKeyUsagePlanKey', 'AWS::ApiGateway::UsagePlanKey'],
      ['ProUsagePlan', 'AWS::ApiGateway::UsagePlan'],
      ['ProAcmeUsagePlanKey', 'AWS::ApiGateway::UsagePlanKey'],
    ])
    expect(template.Resources['FreeUsagePlan']!.Properties).toEqual({
      UsagePlanName: 'free',
      Description: 'Try the API',
      ApiStages: [
        {ApiId: {Ref: 'RestApiId'}, Stage: {Ref: 'DevStageName'}, Throttle: {'/pets/GET': {BurstLimit: 10, RateLimit: 5}, '/pets/{petId}/GET': {RateLimit: 2.5}, '//ANY': {BurstLimit: 1}}},
        {ApiId: {Ref: 'RestApiId'}, Stage: {Ref: 'ProdStageName'}, Throttle: {'/pets/GET': {BurstLimit: 10, RateLimit: 5}, '/pets/{petId}/GET': {RateLimit: 2.5}, '//ANY': {BurstLimit: 1}}},
      ],
      Quota: {Limit: 1000, Offset: 0, Period: 'MONTH'},
      Throttle: {BurstLimit: 20, RateLimit: 10},
    })
    expect(template.Resources['PartnerKeyApiKey']!.Properties).toEqual({Name: 'partner-key', Enabled: true, Description: 'Partner integration', Value: {Ref: 'PartnerKeyApiKeyValue'}})
    expect(template.Resources['TrialApiKey']!.Properties).toEqual({Name: 'trial', Enabled: true})
    expect(template.Parameters['PartnerKeyApiKeyValue']).toMatchObject({Type: 'String', NoEcho: true, MinLength: 20, MaxLength: 128})
    expect(template.Parameters['PartnerKeyApiKeyValue']).not.toHaveProperty('Default')
    expect(template.Resources['ProAcmeUsagePlanKey']!.Properties).toEqual({KeyId: {Ref: 'AcmeApiKey'}, KeyType: 'API_KEY', UsagePlanId: {Ref: 'ProUsagePlan'}})
    // Every logical id is alphanumeric and every Ref names a Parameter or a Resource.
    const ids = new Set([...Object.keys(template.Parameters), ...Object.keys(template.Resources)])
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]{1,255}$/)
    const refs = [...JSON.stringify(template).matchAll(/"Ref":"([^"]+)"/g)].map((m) => m[1]!)
    expect(refs.length).toBeGreaterThan(10)
    for (const ref of refs) expect(ids.has(ref), ref).toBe(true)
    expect(JSON.stringify(template)).not.toContain(SECRET)
  })

  it('derives distinct logical ids from names that sanitise alike', () => {
    const taken = new Set<string>()
    expect([logicalId('free-tier', 'UsagePlan', taken), logicalId('free_tier', 'UsagePlan', taken), logicalId('***', 'UsagePlan', taken)]).toEqual(['FreeTierUsagePlan', 'FreeTier2UsagePlan', 'UnnamedUsagePlan'])
  })
})

describe('the shipped examples', () => {
  it('examples/rest-api plans usage plans CreateUsagePlan accepts, and its stages define every stage variable', async () => {
    const {loadConfig} = await import('../../src/lib/config/config.js')
    const {loadSpec} = await import('../../src/lib/spec/loader.js')
    const {bundle} = await import('../../src/lib/spec/bundle.js')
    const {buildGatewayDocument} = await import('../../src/lib/gateway/document.js')
    const {checkStageVariables, stageVariableUses} = await import('../../src/lib/gateway/stage-vars.js')
    const dir = new URL('../../examples/rest-api/', import.meta.url).pathname
    const config = await loadConfig({cwd: dir, env: {ACME_API_KEY: 'a'.repeat(30)}})
    const spec = await loadSpec('openapi.yaml', {cwd: dir})
    const report = planUsagePlans(bundle(spec).document, config, {env: {ACME_API_KEY: 'a'.repeat(30)}})
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(report.usagePlans.map((p) => p.name)).toEqual(['free', 'gold'])
    const validate = new Validator(CREATE_USAGE_PLAN, '2020-12')
    for (const plan of report.usagePlans) expect(validate.validate(createUsagePlanRequest(plan, 'abc123')).errors).toEqual([])
    for (const stage of ['dev', 'prod']) {
      const document = buildGatewayDocument(spec, config, {stage}).document
      const checked = checkStageVariables(stageVariableUses(document), config, {stages: [stage]})
      expect(checked.variables.map((v) => v.name)).toEqual(['alias'])
      expect(checked.missing[stage] ?? []).toEqual([])
      expect(checked.findings).toEqual([])
    }
  })
})
