import path from 'node:path'
import {loadConfig, type ApixConfig} from '../config/config.js'
import type {ThrottleConfig, UsagePlanConfig} from '../config/gateway.js'
import {ApixError, formatLocation, type SourceLocation} from '../errors.js'
import {bundle} from '../spec/bundle.js'
import {loadSpec, type LoadOptions} from '../spec/loader.js'
import {HTTP_METHODS, isObject, type JsonObject} from '../spec/model.js'
import {followRefs, joinPointer} from '../spec/pointer.js'
import {documentKind} from './api-kind.js'
import {ANY_METHOD} from './extensions.js'

/**
 * AWS pages the plan follows:
 * - CreateUsagePlan, ApiStage (`throttle`: "Map containing method level throttling information for API stage in a
 *   usage plan", keyed `{resourcePath}/{httpMethod}`: `/pets/GET`), ThrottleSettings, QuotaSettings (period "DAY",
 *   "WEEK" or "MONTH"; offset: the day a period starts, 0 = Sunday for WEEK);
 * - the usage plans overview: "a given API key can only be associated with one usage plan for each stage of your
 *   API"; key names up to 1024 characters, values "an alphanumeric string between 20 and 128 characters";
 * - REST quotas: "Usage plans per API key: 10";
 * - "Configure a method to use API keys with an OpenAPI definition": a method requires a key when its `security`
 *   names an `apiKey` scheme `x-api-key` in the header.
 */
export const CREATE_USAGE_PLAN_URL = 'https://docs.aws.amazon.com/apigateway/latest/api/API_CreateUsagePlan.html'
export const QUOTA_SETTINGS_URL = 'https://docs.aws.amazon.com/apigateway/latest/api/API_QuotaSettings.html'
export const USAGE_PLANS_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html'
export const API_KEYS_OPENAPI_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-key-usage-plan-oas.html'
export const QUOTA_PERIODS = ['DAY', 'WEEK', 'MONTH'] as const
/** Highest quota offset per period: a week starts on one of its 7 days, a month on one of the 28 every month has. */
export const QUOTA_OFFSET_MAX: Record<(typeof QUOTA_PERIODS)[number], number> = {DAY: 0, WEEK: 6, MONTH: 27}
export const API_KEY_NAME_MAX_LENGTH = 1024
export const API_KEY_VALUE = /^[A-Za-z0-9]{20,128}$/
export const USAGE_PLANS_PER_API_KEY = 10

/** ThrottleSettings as the API takes it. */
export interface ThrottleSettings {
  burstLimit?: number
  rateLimit?: number
}

export interface QuotaSettings {
  limit: number
  offset: number
  period: (typeof QUOTA_PERIODS)[number]
}

/** A usage plan as CreateUsagePlan takes it (the API id is deploy's to fill in). */
export interface PlannedUsagePlan {
  name: string
  description?: string
  apiStages: Array<{stage: string; throttle: Record<string, ThrottleSettings>}>
  throttle?: ThrottleSettings
  quota?: QuotaSettings
  /** Names of the API keys the plan meters (CreateUsagePlanKey, keyType API_KEY). */
  apiKeys: string[]
}

/** An API key; its value is never read into the plan, only where it comes from. */
export interface PlannedApiKey {
  name: string
  description?: string
  /** `environment`: from the variable `valueFrom`; `generated`: API Gateway generates it. */
  value: 'environment' | 'generated'
  valueFrom?: string
  /** Whether `valueFrom` is set in this environment. */
  valueSet?: boolean
  usagePlans: string[]
}

/** A method that requires an API key, so usage plans meter it. */
export interface KeyedMethod {
  /** `GET /pets`. */
  label: string
  /** The usage plan throttle key: `/pets/GET`. */
  throttleKey: string
  pointer: string
}

export interface UsagePlanFinding {
  rule: string
  severity: 'error' | 'warning'
  message: string
  plan: string | undefined
  /** Pointer in the config (`source: config`) or in the document (`source: document`). */
  pointer: string
  source: 'config' | 'document'
}

export interface UsagePlansReport {
  apiKeySource: 'HEADER' | 'AUTHORIZER'
  keyedMethods: KeyedMethod[]
  usagePlans: PlannedUsagePlan[]
  apiKeys: PlannedApiKey[]
  findings: UsagePlanFinding[]
}

/**
 * The usage plans, per-method throttles and API keys deploy creates, from `config.gateway.usagePlans` and the
 * operations of `document` that require an API key. `document` is any OpenAPI 2.0/3.x object (the spec, or the
 * deployable document); `$ref`s inside it are followed when local. Nothing here reads a key's value beyond whether it
 * is set and well formed.
 */
export function planUsagePlans(document: JsonObject, config: Pick<ApixConfig, 'gateway' | 'api'>, options: {env?: NodeJS.ProcessEnv} = {}): UsagePlansReport {
  const env = options.env ?? process.env
  const findings: UsagePlanFinding[] = []
  const report = (rule: string, severity: 'error' | 'warning', plan: string | undefined, pointer: string, message: string, source: 'config' | 'document' = 'config'): void => {
    findings.push({rule, severity, message, plan, pointer, source})
  }
  const kind = documentKind(config, document)
  const sourceExt = document['x-amazon-apigateway-api-key-source']
  const apiKeySource = config.api.apiKeySource ?? (sourceExt === 'AUTHORIZER' ? 'AUTHORIZER' : 'HEADER')
  const {methods, keyed} = documentMethods(document, config)
  const plans = Object.entries(config.gateway.usagePlans)

  if (plans.length > 0 && kind === 'http') {
    report('usage-plan-api-type', 'error', undefined, '/usagePlans', 'HTTP APIs have no usage plans or API keys (a REST or WebSocket API feature); remove `usagePlans` or use a REST API')
  }
  if (plans.length > 0 && kind !== 'http' && keyed.length === 0) {
    const rootKey = Array.isArray(document['security']) && document['security'].some((r) => isObject(r) && Object.keys(r).some((k) => apiKeySchemes(document).has(k)))
    report('usage-plan-no-keyed-methods', 'warning', undefined, '/usagePlans', `no operation requires an API key, so no usage plan throttles or meters anything${rootKey ? ' (API Gateway ignores root-level `security`: repeat it in each operation)' : ''}; add \`security: [{api_key: []}]\` with an apiKey scheme \`x-api-key\` in the header (${API_KEYS_OPENAPI_URL})`)
  }

  const keysByName = new Map<string, PlannedApiKey>()
  const stagesOfKey = new Map<string, Map<string, string>>()
  const usagePlans: PlannedUsagePlan[] = []
  for (const [name, plan] of plans) {
    const at = joinPointer('/usagePlans', name)
    // Fields in CreateUsagePlan's order: name, description, apiStages, throttle, quota; then the keys.
    const out: PlannedUsagePlan = {name, ...(plan.description !== undefined ? {description: plan.description} : {}), apiStages: [], apiKeys: []}
    const throttle = plan.throttle ? checkThrottle(plan.throttle, joinPointer(at, 'throttle'), name, report) : undefined
    const quota = plan.quota ? checkQuota(plan.quota, joinPointer(at, 'quota'), name, report) : undefined

    const methodThrottle: Record<string, ThrottleSettings> = {}
    for (const [key, throttle] of Object.entries(plan.methods ?? {})) {
      const p = joinPointer(at, 'methods', key)
      const parsed = parseMethodKey(key)
      if (!parsed) {
        report('usage-plan-method-unknown', 'error', name, p, `usage plan \`${name}\`: \`${key}\` is not a method; write it as \`GET /pets\``)
        continue
      }
      const method = methods.get(`${parsed.method} ${parsed.path}`)
      if (!method) {
        report('usage-plan-method-unknown', 'error', name, p, `usage plan \`${name}\`: the spec has no operation \`${parsed.method} ${parsed.path}\` to throttle`)
        continue
      }
      if (!method.keyed && kind !== 'http') {
        report('usage-plan-method-no-key', 'warning', name, p, `usage plan \`${name}\`: \`${method.label}\` does not require an API key, so this throttle never applies`)
      }
      methodThrottle[method.throttleKey] = checkThrottle(throttle, p, name, report)
    }
    // AWS refuses method throttles in a plan with none of its own: "Can not define fine grain throttling if usage plan
    // throttle is not defined" (https://github.com/aws/aws-cdk/pull/6411).
    if (Object.keys(methodThrottle).length > 0 && !plan.throttle) {
      report('usage-plan-throttle', 'error', name, joinPointer(at, 'methods'), `usage plan \`${name}\`: per-method throttles need a plan-wide \`throttle\` too (API Gateway refuses them without one)`)
    }

    const stages = plan.stages ?? []
    if (stages.length === 0) report('usage-plan-stages', 'warning', name, joinPointer(at, 'stages'), `usage plan \`${name}\` covers no stage, so it meters nothing`)
    stages.forEach((stage, i) => {
      if (!Object.prototype.hasOwnProperty.call(config.gateway.stages, stage)) {
        const known = Object.keys(config.gateway.stages)
        report('usage-plan-stage-unknown', 'error', name, joinPointer(at, 'stages', i), `usage plan \`${name}\` covers stage \`${stage}\`, which \`stages\` does not declare${known.length > 0 ? ` (stages: ${known.join(', ')})` : ''}`)
      }
      out.apiStages.push({stage, throttle: {...methodThrottle}})
    })

    const seen = new Set<string>()
    ;(plan.apiKeys ?? []).forEach((key, i) => {
      const p = joinPointer(at, 'apiKeys', i)
      if (seen.has(key.name)) {
        report('usage-plan-api-key', 'error', name, p, `usage plan \`${name}\` lists API key \`${key.name}\` twice`)
        return
      }
      seen.add(key.name)
      out.apiKeys.push(key.name)
      let planned = keysByName.get(key.name)
      if (!planned) {
        planned = plannedKey(key, p, name, env, report)
        keysByName.set(key.name, planned)
      } else if ((key.valueFrom ?? null) !== (planned.valueFrom ?? null)) {
        report('usage-plan-api-key', 'error', name, p, `API key \`${key.name}\` takes its value from ${source(key.valueFrom)} here and from ${source(planned.valueFrom)} in usage plan \`${planned.usagePlans[0]}\`; one key has one value`)
      }
      planned.usagePlans.push(name)
      if (planned.usagePlans.length === USAGE_PLANS_PER_API_KEY + 1) {
        report('usage-plan-api-key', 'warning', name, p, `API key \`${key.name}\` is in more than ${USAGE_PLANS_PER_API_KEY} usage plans, over API Gateway's default quota per key`)
      }
      const planOfStage = stagesOfKey.get(key.name) ?? new Map<string, string>()
      stagesOfKey.set(key.name, planOfStage)
      for (const stage of stages) {
        const other = planOfStage.get(stage)
        if (other !== undefined && other !== name) {
          report('usage-plan-api-key-stage', 'error', name, p, `API key \`${key.name}\` is in usage plans \`${other}\` and \`${name}\`, which both cover stage \`${stage}\`; API Gateway allows one usage plan per key and stage`)
        } else planOfStage.set(stage, name)
      }
    })
    const {apiKeys, ...head} = out
    usagePlans.push({...head, ...(throttle ? {throttle} : {}), ...(quota ? {quota} : {}), apiKeys})
  }

  return {
    apiKeySource,
    keyedMethods: keyed.map((m) => ({label: m.label, throttleKey: m.throttleKey, pointer: m.pointer})),
    usagePlans,
    apiKeys: [...keysByName.values()],
    findings,
  }
}

type Report = (rule: string, severity: 'error' | 'warning', plan: string | undefined, pointer: string, message: string) => void

function source(valueFrom: string | undefined): string {
  return valueFrom ? `$${valueFrom}` : 'API Gateway (generated)'
}

function plannedKey(key: NonNullable<UsagePlanConfig['apiKeys']>[number], pointer: string, plan: string, env: NodeJS.ProcessEnv, report: Report): PlannedApiKey {
  if (key.name.length > API_KEY_NAME_MAX_LENGTH) report('usage-plan-api-key', 'error', plan, pointer, `API key name \`${key.name.slice(0, 20)}...\` is ${key.name.length} characters; API Gateway allows ${API_KEY_NAME_MAX_LENGTH}`)
  const head = {name: key.name, ...(key.description !== undefined ? {description: key.description} : {})}
  if (!key.valueFrom) return {...head, value: 'generated', usagePlans: []}
  const value = env[key.valueFrom]
  const valueSet = value !== undefined && value !== ''
  if (!valueSet) report('usage-plan-api-key-value', 'warning', plan, pointer, `API key \`${key.name}\` takes its value from $${key.valueFrom}, which is not set here; deploy needs it`)
  // Only the length is ever shown: the value is a secret.
  else if (!API_KEY_VALUE.test(value!)) report('usage-plan-api-key-value', 'error', plan, pointer, `API key \`${key.name}\`: $${key.valueFrom} holds ${value!.length} characters${/^[A-Za-z0-9]*$/.test(value!) ? '' : ', not all letters or digits'}; API Gateway takes 20 to 128 letters and digits`)
  return {...head, value: 'environment', valueFrom: key.valueFrom, valueSet, usagePlans: []}
}

function checkThrottle(throttle: ThrottleConfig, pointer: string, plan: string, report: Report): ThrottleSettings {
  const out: ThrottleSettings = {}
  // ThrottleSettings: burstLimit is an integer, rateLimit a double; CloudFormation states a minimum of 0 for both.
  if (throttle.burstLimit !== undefined) {
    if (!Number.isInteger(throttle.burstLimit) || throttle.burstLimit < 0) report('usage-plan-throttle', 'error', plan, joinPointer(pointer, 'burstLimit'), `usage plan \`${plan}\`: burstLimit must be a whole number of requests, 0 or more`)
    out.burstLimit = throttle.burstLimit
  }
  if (throttle.rateLimit !== undefined) {
    if (typeof throttle.rateLimit !== 'number' || !Number.isFinite(throttle.rateLimit) || throttle.rateLimit < 0) report('usage-plan-throttle', 'error', plan, joinPointer(pointer, 'rateLimit'), `usage plan \`${plan}\`: rateLimit must be requests per second, 0 or more`)
    out.rateLimit = throttle.rateLimit
  }
  return out
}

function checkQuota(quota: NonNullable<UsagePlanConfig['quota']>, pointer: string, plan: string, report: Report): QuotaSettings | undefined {
  const period = quota.period
  if (!QUOTA_PERIODS.includes(period)) {
    report('usage-plan-quota', 'error', plan, joinPointer(pointer, 'period'), `usage plan \`${plan}\`: quota period must be DAY, WEEK or MONTH, not ${JSON.stringify(period)}`)
    return undefined
  }
  if (!Number.isInteger(quota.limit) || quota.limit < 0) report('usage-plan-quota', 'error', plan, joinPointer(pointer, 'limit'), `usage plan \`${plan}\`: quota limit must be a whole number of requests`)
  const offset = quota.offset ?? 0
  const max = QUOTA_OFFSET_MAX[period]
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    const range = max === 0 ? 'a DAY quota takes offset 0' : `a ${period} quota takes an offset of 0 to ${max}${period === 'WEEK' ? ' (0 = Sunday)' : ''}`
    report('usage-plan-quota', 'error', plan, joinPointer(pointer, 'offset'), `usage plan \`${plan}\`: quota offset ${offset} is out of range: ${range}`)
  }
  return {limit: quota.limit, offset, period}
}

/** `GET /pets` (the config's form) or `/pets/GET` (API Gateway's). */
export function parseMethodKey(key: string): {method: string; path: string} | undefined {
  const spaced = /^\s*([A-Za-z]+)\s+(\/\S*)\s*$/.exec(key)
  if (spaced) return {method: spaced[1]!.toUpperCase(), path: spaced[2]!}
  const aws = /^(\/.*)\/([A-Za-z]+)$/.exec(key.trim())
  if (aws) return {method: aws[2]!.toUpperCase(), path: aws[1]!}
  return undefined
}

/** API Gateway's key for a method in `apiStages[].throttle`: the resource path, a slash, the method (`/pets/GET`). */
export function throttleKey(resourcePath: string, method: string): string {
  return `${resourcePath}/${method.toUpperCase()}`
}

interface DocumentMethod {
  label: string
  throttleKey: string
  pointer: string
  keyed: boolean
}

/** Every method of the document (`GET /pets` -> method) and those that require an API key. */
function documentMethods(document: JsonObject, config: Pick<ApixConfig, 'gateway'>): {methods: Map<string, DocumentMethod>; keyed: DocumentMethod[]} {
  const methods = new Map<string, DocumentMethod>()
  const schemes = apiKeySchemes(document)
  const paths = resolveLocal(document, document['paths'])
  if (isObject(paths)) {
    for (const [p, rawItem] of Object.entries(paths)) {
      const item = resolveLocal(document, rawItem)
      if (!isObject(item)) continue
      for (const m of [...HTTP_METHODS, ANY_METHOD]) {
        const op = resolveLocal(document, item[m])
        if (!isObject(op)) continue
        const verb = m === ANY_METHOD ? 'ANY' : m.toUpperCase()
        // API Gateway reads only operation-level security (root-level is ignored on import).
        const security = op['security']
        const keyed = Array.isArray(security) && security.some((r) => isObject(r) && Object.keys(r).some((k) => schemes.has(k)))
        methods.set(`${verb} ${p}`, {label: `${verb} ${p}`, throttleKey: throttleKey(p, verb), pointer: joinPointer('/paths', p, m), keyed})
      }
    }
  }
  // WebSocket routes declare the requirement in the config.
  for (const [route, settings] of Object.entries(config.gateway.websocket?.routes ?? {})) {
    if (settings.apiKeyRequired) methods.set(`ROUTE ${route}`, {label: `route ${route}`, throttleKey: route, pointer: joinPointer('/websocket/routes', route), keyed: true})
  }
  return {methods, keyed: [...methods.values()].filter((m) => m.keyed)}
}

/** Security schemes API Gateway reads as its API key: type apiKey, in header, named x-api-key (any case). */
function apiKeySchemes(document: JsonObject): Set<string> {
  const components = document['components']
  const schemes = isObject(components) ? resolveLocal(document, components['securitySchemes']) : document['securityDefinitions']
  const out = new Set<string>()
  if (!isObject(schemes)) return out
  for (const [name, raw] of Object.entries(schemes)) {
    const s = resolveLocal(document, raw)
    if (isObject(s) && s['type'] === 'apiKey' && s['in'] === 'header' && typeof s['name'] === 'string' && s['name'].toLowerCase() === 'x-api-key') out.add(name)
  }
  return out
}

/** The node a chain of internal `$ref`s ends at; undefined where it cannot be followed. */
function resolveLocal(document: JsonObject, node: unknown): unknown {
  const r = followRefs(document, node, '')
  return r.ok ? r.value : undefined
}

/** `free-tier` -> `FreeTier`: CloudFormation logical ids are alphanumeric. */
export function logicalId(name: string, suffix: string, taken: Set<string>): string {
  const base = name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') || 'Unnamed'
  let id = base + suffix
  for (let n = 2; taken.has(id); n++) id = `${base}${n}${suffix}`
  taken.add(id)
  return id
}

/**
 * The plan as a CloudFormation template: an AWS::ApiGateway::UsagePlan per plan, an AWS::ApiGateway::ApiKey per key
 * and an AWS::ApiGateway::UsagePlanKey per plan and key; the REST API id, the stage names and the key values are
 * Parameters (values NoEcho, never defaulted), so the template holds no secret.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-usageplan.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-apikey.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-usageplankey.html
 */
export function usagePlansTemplate(plan: UsagePlansReport, options: {apiName?: string | undefined; restApiId?: string | undefined} = {}): JsonObject {
  const taken = new Set<string>(['RestApiId'])
  const parameters: JsonObject = {
    RestApiId: {Type: 'String', Description: `The id of the REST API${options.apiName ? ` ${options.apiName}` : ''} the usage plans cover`, ...(options.restApiId ? {Default: options.restApiId} : {})},
  }
  const resources: JsonObject = {}
  const stageParam = new Map<string, string>()
  for (const p of plan.usagePlans) {
    for (const s of p.apiStages) {
      if (stageParam.has(s.stage)) continue
      const id = logicalId(s.stage, 'StageName', taken)
      stageParam.set(s.stage, id)
      parameters[id] = {Type: 'String', Default: s.stage, Description: `The name of stage ${s.stage}`}
    }
  }
  const keyIds = new Map<string, string>()
  for (const k of plan.apiKeys) {
    const id = logicalId(k.name, 'ApiKey', taken)
    keyIds.set(k.name, id)
    const props: JsonObject = {Name: k.name, Enabled: true}
    if (k.description !== undefined) props['Description'] = k.description
    if (k.valueFrom) {
      const param = logicalId(k.name, 'ApiKeyValue', taken)
      parameters[param] = {Type: 'String', NoEcho: true, MinLength: 20, MaxLength: 128, AllowedPattern: '[A-Za-z0-9]+', Description: `The value of API key ${k.name} (apix deploy passes $${k.valueFrom})`}
      props['Value'] = {Ref: param}
    }
    resources[id] = {Type: 'AWS::ApiGateway::ApiKey', Properties: props}
  }
  for (const p of plan.usagePlans) {
    const id = logicalId(p.name, 'UsagePlan', taken)
    const props: JsonObject = {UsagePlanName: p.name}
    if (p.description !== undefined) props['Description'] = p.description
    props['ApiStages'] = p.apiStages.map((s) => {
      const stage: JsonObject = {ApiId: {Ref: 'RestApiId'}, Stage: {Ref: stageParam.get(s.stage)!}}
      if (Object.keys(s.throttle).length > 0) stage['Throttle'] = Object.fromEntries(Object.entries(s.throttle).map(([k, t]) => [k, cfnThrottle(t)]))
      return stage
    })
    if (p.quota) props['Quota'] = {Limit: p.quota.limit, Offset: p.quota.offset, Period: p.quota.period}
    if (p.throttle) props['Throttle'] = cfnThrottle(p.throttle)
    resources[id] = {Type: 'AWS::ApiGateway::UsagePlan', Properties: props}
    for (const key of p.apiKeys) {
      const keyId = keyIds.get(key)!
      resources[logicalId(`${p.name} ${key}`, 'UsagePlanKey', taken)] = {Type: 'AWS::ApiGateway::UsagePlanKey', Properties: {KeyId: {Ref: keyId}, KeyType: 'API_KEY', UsagePlanId: {Ref: id}}}
    }
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Usage plans and API keys${options.apiName ? ` of ${options.apiName}` : ''}, generated by apix from apix.config.yaml`,
    Parameters: parameters,
    Resources: resources,
  }
}

function cfnThrottle(t: ThrottleSettings): JsonObject {
  const out: JsonObject = {}
  if (t.burstLimit !== undefined) out['BurstLimit'] = t.burstLimit
  if (t.rateLimit !== undefined) out['RateLimit'] = t.rateLimit
  return out
}

export const USAGE_PLANS_FORMATS = ['yaml', 'json', 'cloudformation'] as const

export interface UsagePlansCommandOptions {
  spec?: string | undefined
  cwd: string
  configFile?: string | undefined
  format: string
  load?: LoadOptions
  stdinText?: string | undefined
  env?: NodeJS.ProcessEnv
}

export interface UsagePlansOutcome {
  output: string
  stderr: string[]
  exitCode: number
  report: UsagePlansReport
}

/** `apix generate usage-plans` as a function: everything but printing. */
export async function usagePlansCommand(options: UsagePlansCommandOptions): Promise<UsagePlansOutcome> {
  const config = await loadConfig({cwd: options.cwd, ...(options.configFile ? {file: options.configFile} : {})})
  const configFile = config.file
  if (!configFile) throw new ApixError('no apix.config.yaml to read usage plans from', {hint: 'create apix.config.yaml with a `usagePlans` section, or pass --config'})
  if (Object.keys(config.gateway.usagePlans).length === 0) throw new ApixError('the config declares no usage plans', {location: {file: configFile.displayPath}, hint: 'add `usagePlans: {free: {stages: [prod], quota: {limit: 1000, period: MONTH}}}` to it'})
  const input = options.spec ?? (config.api.spec ? path.resolve(config.dir, config.api.spec) : undefined)
  if (!input) throw new ApixError('no spec to read the operations from', {hint: 'name the spec, or set api.spec in apix.config.yaml'})
  const spec = await loadSpec(input, {...options.load, cwd: options.cwd, ...(input === '-' ? {text: options.stdinText ?? ''} : {})})

  // The bundled document: a multi-file spec's operations and schemes all in one place, each traceable to its file.
  const bundled = bundle(spec)
  const report = planUsagePlans(bundled.document, config, options.env ? {env: options.env} : {})
  const locate = (f: UsagePlanFinding): SourceLocation => {
    if (f.source === 'document') {
      const at = bundled.origin(f.pointer) ?? {file: spec.root, pointer: f.pointer}
      return {file: at.file.displayPath, ...at.file.locate(at.pointer), pointer: at.pointer}
    }
    return {file: configFile.displayPath, ...configFile.locate(f.pointer), pointer: f.pointer}
  }
  const stderr = report.findings.map((f) => `apix: ${formatLocation(locate(f))}: ${f.severity === 'warning' ? 'warning: ' : ''}${f.message}`)
  const exitCode = report.findings.some((f) => f.severity === 'error') ? 1 : 0
  const {dump} = await import('js-yaml')
  const yaml = (value: unknown): string => dump(value, {noRefs: true, lineWidth: -1})
  let output: string
  if (options.format === 'cloudformation') {
    output = `# generated by apix from ${configFile.displayPath} - do not edit\n${yaml(usagePlansTemplate(report, {apiName: config.api.name, restApiId: config.api.id}))}`
  } else {
    const body = {
      apiKeySource: report.apiKeySource,
      keyedMethods: report.keyedMethods,
      usagePlans: report.usagePlans,
      apiKeys: report.apiKeys,
      findings: report.findings.map((f) => ({rule: f.rule, severity: f.severity, message: f.message, plan: f.plan ?? null, ...locate(f)})),
    }
    output = options.format === 'json' ? JSON.stringify(body, null, 2) + '\n' : yaml(body)
  }
  return {output, stderr, exitCode, report}
}

