import type {ApixConfig} from '../config/config.js'
import type {AuthorizerConfig, CorsConfig, GatewayResponseConfig, IntegrationConfig, IntegrationMatch} from '../config/gateway.js'
import {globMatcher} from '../lint/glob.js'
import {HTTP_METHODS, isObject, sameValue, type JsonObject} from '../spec/model.js'
import {fragmentToPointer, getByPointer, joinPointer} from '../spec/pointer.js'
import {documentKind} from './api-kind.js'
import {ANY_METHOD, INTEGRATION} from './extensions.js'

/**
 * The deployable document: one bundled OpenAPI 3.0 (or Swagger 2.0) document plus the config, as the document API
 * Gateway imports (PutRestApi for REST APIs, ImportApi / ReimportApi for HTTP APIs), with every x-amazon-apigateway-*
 * extension the config implies.
 *
 * - Pure: the input document is never mutated; the result is a copy.
 * - The spec wins: an extension the document already carries is kept as written (an export from API Gateway, or a
 *   hand-tuned integration, round-trips unchanged). A document-level value, authorizer or validator the config would
 *   have replaced is a finding; an operation's own integration is kept without one, since a config default is meant
 *   for the operations that lack one.
 * - Deterministic: extensions are appended after an object's own keys, in a fixed order, so exports are byte-stable.
 * - Findings, not exceptions: what cannot be built (an operation with no integration, an authorizer naming no security
 *   scheme, a setting the API type ignores) is returned with the document pointer and, for config settings, the config
 *   pointer. The limits AWS enforces on the result (timeouts, quotas, names) are the gateway lint rules' job.
 *
 * Extension reference: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html
 */

export interface GatewayModelFinding {
  message: string
  /** Where in the document (input and output share pointers for nodes the input has). */
  pointer: string
  /** Whether the spec or the config has to change. */
  source: 'spec' | 'config'
  /** The config setting involved, as a pointer into the config file. */
  configPointer?: string
}

export interface GatewayModelResult {
  document: JsonObject
  findings: GatewayModelFinding[]
}

export const EXT = {
  integration: INTEGRATION,
  authorizer: 'x-amazon-apigateway-authorizer',
  authtype: 'x-amazon-apigateway-authtype',
  apiKeySource: 'x-amazon-apigateway-api-key-source',
  binaryMediaTypes: 'x-amazon-apigateway-binary-media-types',
  minimumCompressionSize: 'x-amazon-apigateway-minimum-compression-size',
  endpointConfiguration: 'x-amazon-apigateway-endpoint-configuration',
  policy: 'x-amazon-apigateway-policy',
  gatewayResponses: 'x-amazon-apigateway-gateway-responses',
  requestValidators: 'x-amazon-apigateway-request-validators',
  requestValidator: 'x-amazon-apigateway-request-validator',
  cors: 'x-amazon-apigateway-cors',
} as const

/**
 * Where each config section lives in the config file, for `configPointer`. The config file keeps the gateway sections
 * at the top level, next to `api` and `lint`.
 */
const CONFIG = {
  api: '/api',
  integrations: '/integrations',
  authorizers: '/authorizers',
  cors: '/cors',
  requestValidators: '/requestValidators',
  gatewayResponses: '/gatewayResponses',
  stages: '/stages',
}

// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html: the
// integration `type` values; HTTP APIs take only aws_proxy and http_proxy
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html: "HTTP APIs support only Lambda
// proxy and HTTP proxy integrations").
const INTEGRATION_TYPES: Record<IntegrationConfig['type'], string> = {
  'lambda-proxy': 'aws_proxy',
  lambda: 'aws',
  'http-proxy': 'http_proxy',
  http: 'http',
  aws: 'aws',
  mock: 'mock',
}

// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validators.html
const VALIDATORS = {
  all: {validateRequestBody: true, validateRequestParameters: true},
  body: {validateRequestBody: true, validateRequestParameters: false},
  params: {validateRequestBody: false, validateRequestParameters: true},
  none: {validateRequestBody: false, validateRequestParameters: false},
} as const

// https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
const GATEWAY_RESPONSE_TYPES = new Set([
  'ACCESS_DENIED', 'API_CONFIGURATION_ERROR', 'AUTHORIZER_CONFIGURATION_ERROR', 'AUTHORIZER_FAILURE', 'BAD_REQUEST_BODY',
  'BAD_REQUEST_PARAMETERS', 'DEFAULT_4XX', 'DEFAULT_5XX', 'EXPIRED_TOKEN', 'INTEGRATION_FAILURE', 'INTEGRATION_TIMEOUT',
  'INVALID_API_KEY', 'INVALID_SIGNATURE', 'MISSING_AUTHENTICATION_TOKEN', 'QUOTA_EXCEEDED', 'REQUEST_TOO_LARGE',
  'RESOURCE_NOT_FOUND', 'THROTTLED', 'UNAUTHORIZED', 'UNSUPPORTED_MEDIA_TYPE', 'WAF_FILTERED',
])

/** The API Gateway console's default Access-Control-Allow-Headers (https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors-console.html). */
export const DEFAULT_CORS_HEADERS = ['Content-Type', 'X-Amz-Date', 'Authorization', 'X-Api-Key', 'X-Amz-Security-Token']

/** `{"statusCode": 200}`: what a MOCK integration's request template returns to select its response. */
const MOCK_TEMPLATE = '{"statusCode": 200}'

const LAMBDA_ARN = /^arn:(aws[a-zA-Z-]*):lambda:([a-z]{2}(?:-[a-z]+)+-\d):([^:]+):function:(.+)$/
const LAMBDA_INVOCATION_URI = /^arn:aws[a-zA-Z-]*:apigateway:[^:]+:lambda:path\/2015-03-31\/functions\/.+\/invocations$/
const STAGE_VARIABLE_ONLY = /^\$\{stageVariables\.([A-Za-z0-9_]+)\}$/

interface Operation {
  path: string
  /** The key in the path item: `get`, ..., or `x-amazon-apigateway-any-method`. */
  key: string
  /** `GET`, ..., or `ANY`. */
  verb: string
  value: JsonObject
  pointer: string
  label: string
}

type Kind = 'rest' | 'http'

/**
 * Builds the document API Gateway imports from `document` (a single bundled OpenAPI 3.0 or Swagger 2.0 document) and
 * the config's `api` and gateway sections. `options.stage` picks the stage whose variables resolve a Lambda function
 * given entirely as `${stageVariables.x}` (the region of the invocation URI comes from the ARN it holds).
 */
export function applyGatewayModel(document: JsonObject, config: ApixConfig, options: {stage?: string} = {}): GatewayModelResult {
  const doc = structuredClone(document)
  const findings: GatewayModelFinding[] = []
  const swagger = doc['swagger'] === '2.0'
  const openapi = typeof doc['openapi'] === 'string' ? doc['openapi'] : undefined
  if (!swagger && !openapi?.startsWith('3.0')) {
    findings.push({
      source: 'spec',
      pointer: openapi === undefined ? '' : '/openapi',
      message: `API Gateway imports OpenAPI 3.0 and Swagger 2.0 only, and this document is ${openapi === undefined ? 'neither' : `OpenAPI ${openapi}`}; convert it first (the extensions below are added anyway).`,
    })
  }
  const kind = documentKind(config, doc)
  if (kind === 'websocket') {
    findings.push({
      source: 'config',
      pointer: '',
      configPointer: `${CONFIG.api}/type`,
      message: 'WebSocket APIs are not imported from OpenAPI; apix builds their routes from the `websocket` section at deploy time, so the document is returned unchanged.',
    })
    return {document: doc, findings}
  }
  if (kind === 'http' && swagger) {
    findings.push({source: 'spec', pointer: '/swagger', message: 'HTTP APIs import OpenAPI 3.0 only, and this is a Swagger 2.0 document; convert it or deploy a REST API.'})
  }
  const model = new GatewayModel(doc, config, kind, swagger, options.stage, findings)
  model.build()
  return {document: doc, findings}
}

class GatewayModel {
  private readonly reported = new Set<string>()
  private readonly matchers = new Map<string, (path: string) => boolean>()
  private readonly operations: Operation[]
  private readonly cors: CorsConfig | undefined
  /** apix's validator names that operations were given, to define at the top level. */
  private readonly validatorsUsed = new Set<string>()

  constructor(
    private readonly doc: JsonObject,
    private readonly config: ApixConfig,
    private readonly kind: Kind,
    private readonly swagger: boolean,
    private readonly stage: string | undefined,
    private readonly findings: GatewayModelFinding[],
  ) {
    this.operations = this.collectOperations()
    this.cors = config.gateway.cors
  }

  build(): void {
    if (this.config.api.name !== undefined) {
      // The API's name in API Gateway is the imported document's info.title.
      if (!isObject(this.doc['info'])) this.doc['info'] = {}
      ;(this.doc['info'] as JsonObject)['title'] = this.config.api.name
    }
    for (const op of this.operations) this.applyIntegration(op)
    this.applyAuthorizers()
    this.checkUnenforcedSchemes()
    if (this.kind === 'rest') this.applyRestCors()
    this.applyOperationValidators()
    this.applyDocumentLevel()
  }

  // ---- findings -------------------------------------------------------------------------------------------------

  /** Records a finding once: a config setting used by many operations is reported at the first. */
  private report(source: 'spec' | 'config', pointer: string, message: string, configPointer?: string): void {
    const key = `${source}\u0000${configPointer ?? pointer}\u0000${message}`
    if (this.reported.has(key)) return
    this.reported.add(key)
    this.findings.push(configPointer === undefined ? {message, pointer, source} : {message, pointer, source, configPointer})
  }

  // ---- operations -----------------------------------------------------------------------------------------------

  private collectOperations(): Operation[] {
    const out: Operation[] = []
    const paths = this.doc['paths']
    if (!isObject(paths)) return out
    for (const [path, item] of Object.entries(paths)) {
      const itemPointer = joinPointer('/paths', path)
      if (!isObject(item)) continue
      if (typeof item['$ref'] === 'string') {
        this.report('spec', joinPointer(itemPointer, '$ref'), `Path ${path} is a $ref; bundle the document so its operations are inline before building the gateway document.`)
        continue
      }
      for (const key of [...HTTP_METHODS, ANY_METHOD]) {
        const value = item[key]
        if (!isObject(value)) continue
        const verb = key === ANY_METHOD ? 'ANY' : key.toUpperCase()
        out.push({path, key, verb, value, pointer: joinPointer(itemPointer, key), label: `${verb} ${path}`})
      }
    }
    return out
  }

  // ---- integrations ---------------------------------------------------------------------------------------------

  private applyIntegration(op: Operation): void {
    const own = op.value[INTEGRATION]
    if (own !== undefined) {
      // The spec wins: an operation that carries its own integration keeps it as written.
      if (this.kind === 'rest' && this.cors && isObject(own)) this.checkOwnIntegrationCors(op, own)
      return
    }
    const chosen = this.pickIntegration(op)
    if (!chosen) {
      this.report(
        'spec',
        op.pointer,
        `${op.label} has no x-amazon-apigateway-integration and no config integration applies to it (integrations.default or a matching override); API Gateway cannot deploy a method without one.`,
        CONFIG.integrations,
      )
      return
    }
    const integration = this.buildIntegration(chosen.integration, chosen.at, op)
    if (integration) op.value[INTEGRATION] = integration
  }

  private pickIntegration(op: Operation): {integration: IntegrationConfig; at: string} | undefined {
    const section = this.config.gateway.integrations
    const overrides = section.overrides ?? []
    for (const [i, o] of overrides.entries()) {
      if (this.matches(o.match ?? {}, op)) return {integration: o.integration, at: `${CONFIG.integrations}/overrides/${i}/integration`}
    }
    return section.default ? {integration: section.default, at: `${CONFIG.integrations}/default`} : undefined
  }

  /** Every condition given must hold; `tag` and list forms match when any listed value does. */
  private matches(match: IntegrationMatch, op: Operation): boolean {
    const list = (v: string | string[]) => (Array.isArray(v) ? v : [v])
    if (match.operationId !== undefined && !list(match.operationId).includes(String(op.value['operationId']))) return false
    if (match.tag !== undefined) {
      const tags = Array.isArray(op.value['tags']) ? op.value['tags'] : []
      if (!list(match.tag).some((t) => tags.includes(t))) return false
    }
    if (match.method !== undefined && !list(match.method).some((m) => m.toUpperCase() === op.verb)) return false
    if (match.path !== undefined) {
      let matcher = this.matchers.get(match.path)
      if (!matcher) this.matchers.set(match.path, (matcher = globMatcher(match.path)))
      if (!matcher(op.path)) return false
    }
    return true
  }

  /**
   * One x-amazon-apigateway-integration from a config integration, keys in a fixed order. Fields that do not apply to
   * the integration type or the API type are left out and reported, so nothing the config says is silently lost.
   */
  private buildIntegration(cfg: IntegrationConfig, at: string, op: Operation): JsonObject | undefined {
    const type = cfg.type
    const rest = this.kind === 'rest'
    const lambda = type === 'lambda-proxy' || type === 'lambda'
    const proxy = type === 'lambda-proxy' || type === 'http-proxy'
    const httpLike = type === 'http' || type === 'http-proxy'
    const ignore = (field: keyof IntegrationConfig, why: string) => {
      if (cfg[field] === undefined) return false
      this.report('config', op.pointer, `\`${field}\` ${why}; it is left out of the integration.`, `${at}/${field}`)
      return true
    }
    if (!INTEGRATION_TYPES[type]) {
      this.report('config', op.pointer, `Integration type ${JSON.stringify(type)} is not one of ${Object.keys(INTEGRATION_TYPES).join(', ')}.`, `${at}/type`)
      return undefined
    }
    if (!rest && !proxy) {
      this.report('config', op.pointer, `HTTP APIs support only Lambda proxy and HTTP proxy integrations (lambda-proxy, http-proxy), not ${type}.`, `${at}/type`)
      return undefined
    }
    const out: JsonObject = {type: INTEGRATION_TYPES[type]}

    let uri: string | undefined
    if (lambda) {
      // "For Lambda function invocations, the value must be POST" (x-amazon-apigateway-integration object).
      if (cfg.httpMethod !== undefined && cfg.httpMethod.toUpperCase() !== 'POST') {
        this.report('config', op.pointer, `Lambda functions are invoked with POST, not ${cfg.httpMethod}; apix uses POST.`, `${at}/httpMethod`)
      }
      const fn = cfg.function ?? cfg.uri
      if (fn === undefined) {
        this.report('config', op.pointer, `A ${type} integration needs \`function\`: the Lambda function ARN (or a \${stageVariables.x} form).`, at)
        return undefined
      }
      uri = this.lambdaUri(fn, cfg.function !== undefined ? `${at}/function` : `${at}/uri`, op.pointer)
      if (uri === undefined) return undefined
      out['httpMethod'] = 'POST'
    } else if (type === 'mock') {
      ignore('uri', 'does not apply to mock integrations')
      ignore('httpMethod', 'does not apply to mock integrations')
    } else {
      ignore('function', `applies to Lambda integrations, not ${type}`)
      if (cfg.uri === undefined) {
        this.report('config', op.pointer, `A ${type} integration needs \`uri\`: ${type === 'aws' ? 'the AWS service action ARN' : 'the backend URL'}.`, at)
        return undefined
      }
      uri = cfg.uri
      if (httpLike) {
        // Without an httpMethod the backend is called with the method the client used.
        out['httpMethod'] = (cfg.httpMethod ?? op.verb).toUpperCase()
      } else if (cfg.httpMethod !== undefined) {
        out['httpMethod'] = cfg.httpMethod.toUpperCase()
      } else if (/:action\//.test(uri)) {
        // AWS service actions (`arn:aws:apigateway:{region}:{service}:action/{Action}`) are called with POST.
        out['httpMethod'] = 'POST'
      } else {
        this.report('config', op.pointer, 'An aws integration with a path-style URI needs `httpMethod`: the method the AWS service API expects.', at)
        return undefined
      }
    }
    if (uri !== undefined) out['uri'] = uri

    if (cfg.vpcLink !== undefined) {
      if (httpLike) {
        out['connectionType'] = 'VPC_LINK'
        out['connectionId'] = cfg.vpcLink
      } else ignore('vpcLink', `applies to http and http-proxy integrations, not ${type}`)
    }
    if (cfg.credentials !== undefined) {
      if (lambda || type === 'aws') out['credentials'] = cfg.credentials
      else ignore('credentials', `is the IAM role API Gateway assumes to call an AWS service or Lambda; ${type} integrations do not use it`)
    }

    const params: Record<string, string> = {...cfg.requestParameters}
    if (rest && httpLike && uri !== undefined) this.mapUriPathParameters(uri, params, op, `${at}/uri`)
    if (Object.keys(params).length > 0) out['requestParameters'] = params

    if (rest && !proxy) {
      if (cfg.requestTemplates !== undefined) out['requestTemplates'] = {...cfg.requestTemplates}
      // https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html: a mock integration
      // answers with the status code its request template returns.
      else if (type === 'mock') out['requestTemplates'] = {'application/json': MOCK_TEMPLATE}
      // The extension documents when_no_templates, when_no_match and never in lower case.
      if (cfg.passthroughBehavior !== undefined) out['passthroughBehavior'] = cfg.passthroughBehavior.toLowerCase()
    } else {
      const why = rest ? `applies to non-proxy integrations; ${type} passes the request through as it is` : 'does not apply to HTTP APIs'
      ignore('requestTemplates', why)
      ignore('passthroughBehavior', why)
    }
    if (cfg.contentHandling !== undefined) {
      if (rest) out['contentHandling'] = cfg.contentHandling
      else ignore('contentHandling', 'does not apply to HTTP APIs')
    }
    if (cfg.timeoutMs !== undefined) {
      if (type === 'mock') ignore('timeoutMs', 'does not apply to mock integrations')
      else out['timeoutInMillis'] = cfg.timeoutMs
    }
    if (cfg.cacheKeyParameters !== undefined) {
      if (rest) out['cacheKeyParameters'] = [...cfg.cacheKeyParameters]
      else ignore('cacheKeyParameters', 'does not apply to HTTP APIs (they have no cache)')
    }
    const tls = this.tlsConfig(cfg, type, at, op)
    if (tls) out['tlsConfig'] = tls

    if (!rest) {
      // "payloadFormatVersion ... Required for HTTP APIs. For HTTP APIs, supported values for Lambda proxy
      // integrations are 1.0 and 2.0. For all other integrations, 1.0 is the only supported value."
      if (type === 'lambda-proxy') out['payloadFormatVersion'] = cfg.payloadFormatVersion ?? '2.0'
      else {
        if (cfg.payloadFormatVersion !== undefined && cfg.payloadFormatVersion !== '1.0') {
          this.report('config', op.pointer, `HTTP proxy integrations support payload format 1.0 only, not ${cfg.payloadFormatVersion}; apix uses 1.0.`, `${at}/payloadFormatVersion`)
        }
        out['payloadFormatVersion'] = '1.0'
      }
    } else ignore('payloadFormatVersion', 'applies to HTTP APIs only')

    if (rest && !proxy) {
      out['responses'] = this.integrationResponses(cfg, at, op)
    } else {
      ignore('responses', rest ? `applies to non-proxy integrations; with ${type} the backend's response is passed through` : 'does not apply to HTTP APIs')
    }
    return out
  }

  /** `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations`, region from the ARN. */
  private lambdaUri(fn: string, at: string, pointer: string): string | undefined {
    if (LAMBDA_INVOCATION_URI.test(fn)) return fn
    const arn = LAMBDA_ARN.exec(fn)
    if (arn) return invocationUri(arn[1]!, arn[2]!, fn)
    const variable = STAGE_VARIABLE_ONLY.exec(fn)?.[1]
    if (variable !== undefined) {
      // The function is a stage variable as a whole: the URI keeps it as written, and the region comes from the
      // ARN the stage (or, without --stage, every stage that defines it) holds.
      const stages = this.config.gateway.stages
      const names = this.stage !== undefined ? [this.stage] : Object.keys(stages)
      const places = new Set<string>()
      for (const name of names) {
        const value = stages[name]?.variables?.[variable]
        const m = value === undefined ? null : LAMBDA_ARN.exec(value)
        if (m) places.add(`${m[1]}\u0000${m[2]}`)
      }
      if (places.size === 1) {
        const [partition, region] = [...places][0]!.split('\u0000') as [string, string]
        return invocationUri(partition, region, fn)
      }
      const why = places.size === 0 ? `no stage${this.stage !== undefined ? ` (${this.stage})` : ''} defines it as a Lambda function ARN` : 'the stages hold functions in different regions'
      this.report('config', pointer, `The Lambda function ${fn} gives no region for the invocation URI: ${why}; write the ARN with its region and put the stage variable in the function name or alias (arn:aws:lambda:us-east-1:123456789012:function:orders:\${stageVariables.alias}).`, at)
      return undefined
    }
    this.report('config', pointer, `${JSON.stringify(fn)} is not a Lambda function ARN (arn:aws:lambda:{region}:{account}:function:{name}); API Gateway needs the ARN to build the invocation URI.`, at)
    return undefined
  }

  /**
   * A `{name}` in an http(-proxy) URI is an integration path parameter: REST APIs call it literally unless
   * requestParameters map it (x-amazon-apigateway-integration.requestParameters). apix maps it from the method's path
   * parameter of the same name, which is what a `/{proxy+}` route to `https://backend/{proxy}` means.
   */
  private mapUriPathParameters(uri: string, params: Record<string, string>, op: Operation, at: string): void {
    const pathParams = new Set([...op.path.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]!))
    for (const m of uri.matchAll(/(?<!\$)\{([^}]+)\}/g)) {
      const name = m[1]!
      const key = `integration.request.path.${name}`
      if (params[key] !== undefined) continue
      if (pathParams.has(name)) params[key] = `method.request.path.${name}`
      else this.report('config', op.pointer, `The integration URI has {${name}}, which is not a path parameter of ${op.path} and no requestParameters entry maps; API Gateway would send it literally.`, at)
    }
  }

  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-extensions-integration-tls-config.html:
  // insecureSkipVerification is "Supported only for REST APIs ... only for HTTP and HTTP_PROXY integrations";
  // serverNameToVerify is "Supported only for HTTP API private integrations".
  private tlsConfig(cfg: IntegrationConfig, type: IntegrationConfig['type'], at: string, op: Operation): JsonObject | undefined {
    const tls = cfg.tlsConfig
    if (tls === undefined) return undefined
    const out: JsonObject = {}
    const httpLike = type === 'http' || type === 'http-proxy'
    if (tls.insecureSkipVerification !== undefined) {
      if (this.kind === 'rest' && httpLike) out['insecureSkipVerification'] = tls.insecureSkipVerification
      else this.report('config', op.pointer, '`tlsConfig.insecureSkipVerification` applies to REST API http and http-proxy integrations only; it is left out.', `${at}/tlsConfig/insecureSkipVerification`)
    }
    if (tls.serverNameToVerify !== undefined) {
      if (this.kind === 'http' && cfg.vpcLink !== undefined) out['serverNameToVerify'] = tls.serverNameToVerify
      else this.report('config', op.pointer, '`tlsConfig.serverNameToVerify` applies to HTTP API private integrations (with a vpcLink) only; it is left out.', `${at}/tlsConfig/serverNameToVerify`)
    }
    return Object.keys(out).length > 0 ? out : undefined
  }

  /**
   * "For a non-proxy integration, you must set up at least one integration response, and make it the default
   * response" (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html):
   * without config responses, apix maps `default` to the operation's success status.
   */
  private integrationResponses(cfg: IntegrationConfig, at: string, op: Operation): JsonObject {
    const out: JsonObject = {}
    const configured = cfg.responses !== undefined && Object.keys(cfg.responses).length > 0 ? cfg.responses : undefined
    if (!configured) {
      const status = this.successStatus(op)
      if (this.methodResponse(op, status) === undefined) {
        this.report('spec', joinPointer(op.pointer, 'responses'), `${op.label} declares no ${status} response for the integration's default response to map to; API Gateway answers 500 when no method response matches.`, `${at}/responses`)
      }
    }
    for (const [pattern, r] of Object.entries(configured ?? {default: {statusCode: this.successStatus(op)}})) {
      const status = String(r.statusCode)
      const entry: JsonObject = {statusCode: status}
      const params: JsonObject = {...r.responseParameters}
      if (this.cors) this.addCorsParameters(params, op, status)
      if (Object.keys(params).length > 0) entry['responseParameters'] = params
      if (r.responseTemplates !== undefined) entry['responseTemplates'] = {...r.responseTemplates}
      if (r.contentHandling !== undefined) entry['contentHandling'] = r.contentHandling
      out[pattern] = entry
    }
    return out
  }

  /** The lowest 2xx the operation declares, else its lowest status, else 200. */
  private successStatus(op: Operation): string {
    const responses = isObject(op.value['responses']) ? Object.keys(op.value['responses']) : []
    const codes = responses.filter((s) => /^[1-5]\d\d$/.test(s)).sort()
    return codes.find((s) => s.startsWith('2')) ?? codes[0] ?? '200'
  }

  /** The operation's response for `status`, following a local `$ref` (the target is changed in place). */
  private methodResponse(op: Operation, status: string): JsonObject | undefined {
    const responses = op.value['responses']
    if (!isObject(responses)) return undefined
    const r = responses[status]
    if (isObject(r) && typeof r['$ref'] === 'string' && r['$ref'].startsWith('#')) {
      const target = getByPointer(this.doc, fragmentToPointer(r['$ref']))
      return isObject(target) ? target : undefined
    }
    return isObject(r) ? r : undefined
  }

  /** Declares a string header on a method response (a response parameter mapping needs it declared). */
  private declareHeader(response: JsonObject, name: string): void {
    if (!isObject(response['headers'])) response['headers'] = {}
    const headers = response['headers'] as JsonObject
    if (Object.keys(headers).some((h) => h.toLowerCase() === name.toLowerCase())) return
    headers[name] = this.swagger ? {type: 'string'} : {schema: {type: 'string'}}
  }

  // ---- CORS -----------------------------------------------------------------------------------------------------

  private corsOrigin(): string {
    const origins = this.cors?.allowOrigins ?? []
    return origins[0] ?? '*'
  }

  /** Whether an operation's integration maps responses itself (any type but the proxies): its headers are static. */
  private hasNonProxyIntegrations(): boolean {
    return this.operations.some((op) => {
      const integration = op.value[INTEGRATION]
      const type = isObject(integration) && typeof integration['type'] === 'string' ? integration['type'].toLowerCase() : ''
      return type !== '' && type !== 'aws_proxy' && type !== 'http_proxy'
    })
  }

  /** A REST API's several allowed origins (none of them `*`), which the preflight echoes; else undefined. */
  private echoedOrigins(): string[] | undefined {
    const origins = this.cors?.allowOrigins ?? []
    return this.kind === 'rest' && origins.length > 1 && !origins.includes('*') ? origins : undefined
  }

  /** The CORS headers of an actual (not preflight) response: `Access-Control-Allow-Origin` and its companions. */
  private corsResponseHeaders(): Array<[string, string]> {
    const cors = this.cors!
    const out: Array<[string, string]> = []
    if (cors.allowCredentials === true) out.push(['Access-Control-Allow-Credentials', 'true'])
    out.push(['Access-Control-Allow-Origin', this.corsOrigin()])
    if (cors.exposeHeaders !== undefined && cors.exposeHeaders.length > 0) out.push(['Access-Control-Expose-Headers', cors.exposeHeaders.join(',')])
    return out
  }

  /**
   * https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html: besides the OPTIONS method, "each
   * of the actual CORS-enabled methods must also return the Access-Control-Allow-Origin header"; for non-proxy
   * integrations that is a static response parameter, declared on the method response it maps to. Proxy integrations
   * pass the backend's headers through, so the backend sets them.
   */
  private addCorsParameters(params: JsonObject, op: Operation, status: string): void {
    // A mapping to a response the operation does not declare is reported where the integration is built (default
    // responses) or by the apigw-integration-response-status lint rule (configured ones).
    const response = this.methodResponse(op, status)
    if (!response) return
    for (const [header, value] of this.corsResponseHeaders()) {
      const key = `method.response.header.${header}`
      if (params[key] === undefined) params[key] = quote(value)
      this.declareHeader(response, header)
    }
  }

  private checkOwnIntegrationCors(op: Operation, own: JsonObject): void {
    const type = typeof own['type'] === 'string' ? own['type'].toLowerCase() : ''
    if (type === 'aws_proxy' || type === 'http_proxy' || !isObject(own['responses'])) return
    const missing = Object.values(own['responses']).some(
      (r) => isObject(r) && !(isObject(r['responseParameters']) && Object.keys(r['responseParameters']).some((k) => k.toLowerCase() === 'method.response.header.access-control-allow-origin')),
    )
    if (missing) {
      this.report('spec', joinPointer(op.pointer, INTEGRATION, 'responses'), `${op.label} keeps its own integration, whose responses do not set Access-Control-Allow-Origin; browsers will reject its cross-origin responses.`, CONFIG.cors)
    }
  }

  /**
   * REST APIs answer CORS preflights with an OPTIONS method: a MOCK integration returning the Access-Control-Allow-*
   * headers (https://docs.aws.amazon.com/apigateway/latest/developerguide/enable-cors-for-resource-using-swagger-importer-tool.html).
   * Paths that already have an OPTIONS method keep theirs.
   */
  private applyRestCors(): void {
    const cors = this.cors
    if (!cors) return
    this.checkCorsConfig(cors)
    const paths = this.doc['paths']
    if (!isObject(paths)) return
    const {container} = this.schemes()
    const secured = (Array.isArray(this.doc['security']) && this.doc['security'].length > 0) || (container !== undefined && Object.keys(container).length > 0)
    for (const [path, item] of Object.entries(paths)) {
      if (!isObject(item) || typeof item['$ref'] === 'string' || item['options'] !== undefined) continue
      const verbs = new Set<string>()
      for (const key of [...HTTP_METHODS, ANY_METHOD]) {
        if (!isObject(item[key])) continue
        if (key === ANY_METHOD) for (const m of ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT']) verbs.add(m)
        else verbs.add(key.toUpperCase())
      }
      if (verbs.size === 0) continue
      verbs.add('OPTIONS')
      const methods = cors.allowMethods !== undefined && cors.allowMethods.length > 0 ? cors.allowMethods.map((m) => m.toUpperCase()) : [...verbs].sort()
      const headers: Array<[string, string]> = [
        ['Access-Control-Allow-Headers', (cors.allowHeaders ?? DEFAULT_CORS_HEADERS).join(',')],
        ['Access-Control-Allow-Methods', methods.join(',')],
        ['Access-Control-Allow-Origin', this.corsOrigin()],
      ]
      if (cors.allowCredentials === true) headers.unshift(['Access-Control-Allow-Credentials', 'true'])
      if (cors.maxAge !== undefined) headers.push(['Access-Control-Max-Age', String(cors.maxAge)])
      // Several origins: the answer depends on the request's Origin, so caches must key on it.
      const echo = this.echoedOrigins()
      if (echo) headers.push(['Vary', 'Origin'])
      const declared: JsonObject = {}
      const params: JsonObject = {}
      for (const [name, value] of headers) {
        declared[name] = this.swagger ? {type: 'string'} : {schema: {type: 'string'}}
        params[`method.response.header.${name}`] = quote(value)
      }
      const options: JsonObject = {}
      const parameters = this.undeclaredPathParameters(path, item)
      if (parameters.length > 0) options['parameters'] = parameters
      // Browsers send preflights without credentials: in an API with security schemes, say the method is open on
      // purpose (REST APIs ignore root-level security, so this documents rather than changes it).
      if (secured) options['security'] = []
      options['responses'] = {'200': {description: 'CORS preflight response', headers: declared}}
      options[INTEGRATION] = {
        type: 'mock',
        requestTemplates: {'application/json': MOCK_TEMPLATE},
        passthroughBehavior: 'when_no_match',
        responses: {default: {statusCode: '200', responseParameters: params, responseTemplates: {'application/json': echo ? originEchoTemplate(echo) : '{}'}}},
      }
      item['options'] = options
    }
  }

  /**
   * Path template parameters the path item does not declare (its operations declare them each): OpenAPI requires
   * every operation to declare them, so the generated OPTIONS method declares them too. A greedy `{proxy+}` is named
   * as the path's other operations name it, else `proxy`, as API Gateway's own exports do.
   */
  private undeclaredPathParameters(path: string, item: JsonObject): JsonObject[] {
    const names = (list: unknown) => {
      const out = new Set<string>()
      if (!Array.isArray(list)) return out
      for (const p of list) {
        const param = isObject(p) && typeof p['$ref'] === 'string' && p['$ref'].startsWith('#') ? getByPointer(this.doc, fragmentToPointer(p['$ref'])) : p
        if (isObject(param) && param['in'] === 'path' && typeof param['name'] === 'string') out.add(param['name'])
      }
      return out
    }
    const declared = names(item['parameters'])
    const siblings = new Set<string>()
    for (const key of [...HTTP_METHODS, ANY_METHOD]) if (isObject(item[key])) for (const n of names((item[key] as JsonObject)['parameters'])) siblings.add(n)
    const out: JsonObject[] = []
    for (const m of path.matchAll(/\{([^}+]+)(\+?)\}/g)) {
      const base = m[1]!
      if (declared.has(base) || declared.has(base + m[2])) continue
      const name = m[2] && siblings.has(base + '+') ? base + '+' : base
      out.push(this.swagger ? {name, in: 'path', required: true, type: 'string'} : {name, in: 'path', required: true, schema: {type: 'string'}})
    }
    return out
  }

  private checkCorsConfig(cors: CorsConfig): void {
    if (cors.allowCredentials === true && cors.allowOrigins.includes('*')) {
      this.report('config', '', 'CORS with allowCredentials cannot allow every origin (*): browsers reject credentialed responses with a wildcard origin; list the origins.', `${CONFIG.cors}/allowOrigins`)
    }
    if (this.echoedOrigins() && this.hasNonProxyIntegrations()) {
      this.report(
        'config',
        '',
        `The preflight answers each of the ${cors.allowOrigins.length} origins with its own Access-Control-Allow-Origin, but responses of non-proxy integrations carry one static value, ${cors.allowOrigins[0]}: other origins cannot read them. Use one origin, *, proxy integrations (whose backend echoes the origin) or an HTTP API.`,
        `${CONFIG.cors}/allowOrigins`,
      )
    }
  }

  // ---- authorizers ----------------------------------------------------------------------------------------------

  private schemes(): {container: JsonObject | undefined; base: string} {
    if (this.swagger) return {container: isObject(this.doc['securityDefinitions']) ? this.doc['securityDefinitions'] : undefined, base: '/securityDefinitions'}
    const components = this.doc['components']
    const container = isObject(components) && isObject(components['securitySchemes']) ? components['securitySchemes'] : undefined
    return {container, base: '/components/securitySchemes'}
  }

  private applyAuthorizers(): void {
    const {container, base} = this.schemes()
    for (const [name, auth] of Object.entries(this.config.gateway.authorizers)) {
      const at = joinPointer(CONFIG.authorizers, name)
      const scheme = container?.[name]
      if (!isObject(scheme)) {
        this.report('config', base, `Authorizer "${name}" names no security scheme of the document (${base.slice(1).replace('/', '.')}); the config keys authorizers by scheme name.`, at)
        continue
      }
      const pointer = joinPointer(base, name)
      if (scheme[EXT.authorizer] !== undefined || scheme[EXT.authtype] !== undefined) {
        this.report('config', pointer, `Security scheme "${name}" has its own ${scheme[EXT.authorizer] !== undefined ? EXT.authorizer : EXT.authtype}; the spec's is kept and authorizer "${name}" of the config is not used.`, at)
        continue
      }
      const built = this.buildAuthorizer(name, scheme, auth, at, pointer)
      if (built) container![name] = built
    }
  }

  /**
   * The security scheme with the authorizer extensions appended
   * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html).
   */
  private buildAuthorizer(name: string, scheme: JsonObject, auth: AuthorizerConfig, at: string, pointer: string): JsonObject | undefined {
    const rest = this.kind === 'rest'
    const notFor = (message: string) => {
      this.report('config', pointer, message, `${at}/type`)
      return undefined
    }
    switch (auth.type) {
      case 'iam': {
        // x-amazon-apigateway-authtype "awsSigv4" on an apiKey scheme, for REST and HTTP APIs
        // (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authtype.html).
        const out = this.apiKeyScheme(scheme, 'Authorization', 'header', at, pointer)
        out[EXT.authtype] = 'awsSigv4'
        return out
      }
      case 'jwt': {
        if (rest) return notFor(`Authorizer "${name}" is a JWT authorizer, which only HTTP APIs have; on a REST API use type cognito for a Cognito user pool, or a token Lambda authorizer.`)
        // The HTTP API examples keep the scheme's own type (oauth2 or openIdConnect).
        return {
          ...scheme,
          [EXT.authorizer]: {
            type: 'jwt',
            jwtConfiguration: {issuer: auth.issuer, audience: [...auth.audience]},
            identitySource: auth.identitySource ?? '$request.header.Authorization',
          },
        }
      }
      case 'cognito': {
        if (!rest) return notFor(`Authorizer "${name}" is a Cognito user pool authorizer, which HTTP APIs do not have; use type jwt with issuer https://cognito-idp.{region}.amazonaws.com/{userPoolId}.`)
        const header = this.identityHeader(auth.identitySource, scheme, `${at}/identitySource`, pointer)
        if (header === undefined) return undefined
        const out = this.apiKeyScheme(scheme, header, 'header', at, pointer)
        out[EXT.authtype] = 'cognito_user_pools'
        out[EXT.authorizer] = {type: 'cognito_user_pools', providerARNs: [...auth.providerArns]}
        return out
      }
      case 'token':
      case 'request':
        return this.lambdaAuthorizer(name, scheme, auth, at, pointer)
      default:
        return notFor(`Authorizer "${name}" has type ${JSON.stringify((auth as {type: unknown}).type)}; use token, request, cognito, jwt or iam.`)
    }
  }

  private lambdaAuthorizer(name: string, scheme: JsonObject, auth: Extract<AuthorizerConfig, {type: 'token' | 'request'}>, at: string, pointer: string): JsonObject | undefined {
    const rest = this.kind === 'rest'
    const ignore = (field: keyof typeof auth, why: string) => {
      if (auth[field] !== undefined) this.report('config', pointer, `\`${field}\` ${why}; it is left out of authorizer "${name}".`, `${at}/${field}`)
    }
    if (!rest && auth.type === 'token') {
      this.report('config', pointer, `Authorizer "${name}" is a token authorizer, which HTTP APIs do not have; use type request with identitySource $request.header.Authorization.`, `${at}/type`)
      return undefined
    }
    const uri = this.lambdaUri(auth.function, `${at}/function`, pointer)
    if (uri === undefined) return undefined
    const authorizer: JsonObject = {type: auth.type}
    let out: JsonObject
    if (auth.type === 'token') {
      // A token authorizer reads one header: the apiKey scheme's `name`.
      const header = this.identityHeader(auth.identitySource, scheme, `${at}/identitySource`, pointer)
      if (header === undefined) return undefined
      out = this.apiKeyScheme(scheme, header, 'header', at, pointer)
    } else {
      const prefix = rest ? 'method.request.' : '$request.'
      let source = auth.identitySource
      if (source === undefined && scheme['type'] === 'apiKey' && typeof scheme['name'] === 'string' && (scheme['in'] === 'header' || scheme['in'] === 'query')) {
        source = `${prefix}${scheme['in'] === 'query' ? 'querystring' : 'header'}.${scheme['name']}`
      }
      if (source === undefined && rest) {
        // "For the REQUEST authorizer, this is required when authorization caching is enabled", and caching is on
        // unless the TTL is 0 (https://docs.aws.amazon.com/apigateway/latest/api/API_Authorizer.html).
        if (auth.ttl !== 0) {
          this.report('config', pointer, `Request authorizer "${name}" needs identitySource (method.request.header.X, comma-separated) while its results are cached; give one or set ttl: 0.`, at)
          return undefined
        }
      }
      // The REST examples name the scheme after a single header or query parameter, else "Unused" in the header.
      const single = source === undefined ? null : new RegExp(`^${escapeRegExp(prefix)}(header|querystring)\\.([^,\\s]+)$`).exec(source.trim())
      out = this.apiKeyScheme(scheme, single ? single[2]! : 'Unused', single?.[1] === 'querystring' ? 'query' : 'header', at, pointer, false)
      if (source !== undefined) authorizer['identitySource'] = source
    }
    authorizer['authorizerUri'] = uri
    if (auth.credentials !== undefined) authorizer['authorizerCredentials'] = auth.credentials
    if (auth.identityValidationExpression !== undefined) {
      if (rest && auth.type === 'token') authorizer['identityValidationExpression'] = auth.identityValidationExpression
      else ignore('identityValidationExpression', 'validates the token of REST token authorizers only')
    }
    if (!rest) {
      // "authorizerPayloadFormatVersion ... For HTTP APIs"; enableSimpleResponses is "Supported only for authorizers
      // with an authorizerPayloadFormatVersion of 2.0".
      const format = auth.payloadFormatVersion ?? '2.0'
      authorizer['authorizerPayloadFormatVersion'] = format
      if (auth.ttl !== undefined) authorizer['authorizerResultTtlInSeconds'] = auth.ttl
      if (auth.enableSimpleResponses !== undefined) {
        if (format === '2.0') authorizer['enableSimpleResponses'] = auth.enableSimpleResponses
        else ignore('enableSimpleResponses', 'needs payload format 2.0')
      }
    } else {
      if (auth.ttl !== undefined) authorizer['authorizerResultTtlInSeconds'] = auth.ttl
      ignore('payloadFormatVersion', 'applies to HTTP API authorizers only')
      ignore('enableSimpleResponses', 'applies to HTTP API authorizers only')
      // authType is free-form for Lambda authorizers ("custom" in the AWS examples); a scheme's own value is kept.
      if (out[EXT.authtype] === undefined) out[EXT.authtype] = 'custom'
    }
    out[EXT.authorizer] = authorizer
    return out
  }

  /** The header a token or Cognito authorizer reads: the config's `method.request.header.X`, the apiKey scheme's, or Authorization. */
  private identityHeader(identitySource: string | undefined, scheme: JsonObject, at: string, pointer: string): string | undefined {
    if (identitySource !== undefined) {
      const m = /^method\.request\.header\.([^,\s]+)$/.exec(identitySource.trim())
      if (!m) {
        this.report('config', pointer, `identitySource ${JSON.stringify(identitySource)} must be one header, method.request.header.<name>, for this authorizer type.`, at)
        return undefined
      }
      return m[1]
    }
    if (scheme['type'] === 'apiKey') {
      if (scheme['in'] !== 'header' || typeof scheme['name'] !== 'string') {
        this.report('spec', pointer, 'Token and Cognito authorizers read the token from a header, and this apiKey scheme is not `in: header`.', at)
        return undefined
      }
      return scheme['name']
    }
    return 'Authorization'
  }

  /**
   * The scheme as REST APIs need it for an authorizer: "type: apiKey — Required and the value must be apiKey for an API
   * Gateway API", `in: header` and the identity header as `name`. An apiKey scheme is kept (a different header from
   * the config's is reported); another type (http bearer, oauth2...) is rewritten, keeping its description and
   * extensions.
   */
  private apiKeyScheme(scheme: JsonObject, name: string, where: 'header' | 'query', at: string, pointer: string, strict = true): JsonObject {
    if (scheme['type'] === 'apiKey') {
      if (strict && (scheme['name'] !== name || scheme['in'] !== where)) {
        this.report('config', pointer, `The config's identity source reads ${where} ${name}, but the scheme declares ${String(scheme['in'])} ${String(scheme['name'])}; API Gateway reads the scheme's, so align them.`, `${at}/identitySource`)
      }
      return {...scheme}
    }
    const out: JsonObject = {type: 'apiKey', name, in: where}
    for (const [k, v] of Object.entries(scheme)) if (k === 'description' || k.startsWith('x-')) out[k] = v
    return out
  }

  /** A scheme operations use that API Gateway would not enforce (no authorizer, not IAM, not an API key). */
  private checkUnenforcedSchemes(): void {
    const {container, base} = this.schemes()
    if (!container) return
    const used = new Set<string>()
    const collect = (security: unknown) => {
      if (Array.isArray(security)) for (const req of security) if (isObject(req)) for (const n of Object.keys(req)) used.add(n)
    }
    collect(this.doc['security'])
    for (const op of this.operations) collect(op.value['security'])
    for (const name of used) {
      const scheme = container[name]
      if (!isObject(scheme) || this.config.gateway.authorizers[name] !== undefined) continue
      if (isObject(scheme[EXT.authorizer])) continue
      const authtype = scheme[EXT.authtype]
      if (typeof authtype === 'string' && /^awsSigv4$/i.test(authtype)) continue
      // REST APIs turn an x-api-key header scheme into "API key required".
      if (this.kind === 'rest' && scheme['type'] === 'apiKey' && scheme['in'] === 'header' && String(scheme['name']).toLowerCase() === 'x-api-key') continue
      this.report(
        'spec',
        joinPointer(base, name),
        `Security scheme "${name}" is used by operations, but the config has no authorizer for it and it has no ${EXT.authorizer}; API Gateway would leave those operations open. Add authorizers.${name} to the config.`,
        CONFIG.authorizers,
      )
    }
  }

  // ---- request validators ---------------------------------------------------------------------------------------

  private applyOperationValidators(): void {
    const section = this.config.gateway.requestValidators
    if (!section?.operations) return
    if (this.kind === 'http') return // reported once in applyDocumentLevel
    const byId = new Map<string, Operation>()
    for (const op of this.operations) if (typeof op.value['operationId'] === 'string') byId.set(op.value['operationId'], op)
    for (const [operationId, validator] of Object.entries(section.operations)) {
      const at = joinPointer(CONFIG.requestValidators, 'operations', operationId)
      const op = byId.get(operationId)
      if (!op) {
        this.report('config', '/paths', `requestValidators.operations names operationId "${operationId}", which no operation has.`, at)
        continue
      }
      if (!(validator in VALIDATORS)) {
        this.report('config', op.pointer, `Request validator ${JSON.stringify(validator)} is not one of ${Object.keys(VALIDATORS).join(', ')}.`, at)
        continue
      }
      if (op.value[EXT.requestValidator] !== undefined) {
        if (op.value[EXT.requestValidator] !== validator) this.report('config', joinPointer(op.pointer, EXT.requestValidator), `${op.label} names its own request validator; the spec's is kept.`, at)
        continue
      }
      op.value[EXT.requestValidator] = validator
      this.validatorsUsed.add(validator)
    }
  }

  // ---- document level -------------------------------------------------------------------------------------------

  /** Sets a root extension unless the document has its own (which wins; a different config value is reported). */
  private setRoot(target: JsonObject, targetPointer: string, key: string, value: unknown, at: string): void {
    if (target[key] === undefined) {
      target[key] = value
      return
    }
    if (!sameValue(target[key], value)) this.report('config', joinPointer(targetPointer, key), `The document has its own ${key}; it is kept and ${at.slice(1).replace(/\//g, '.')} is not used.`, at)
  }

  private restOnly(value: unknown, at: string, what: string): boolean {
    if (value === undefined) return false
    if (this.kind === 'rest') return true
    this.report('config', '', `${what} applies to REST APIs only; HTTP APIs ignore it, so it is left out.`, at)
    return false
  }

  private applyDocumentLevel(): void {
    const api = this.config.api
    const gateway = this.config.gateway
    const doc = this.doc

    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-api-key-source.html
    if (this.restOnly(api.apiKeySource, `${CONFIG.api}/apiKeySource`, 'api.apiKeySource')) {
      this.setRoot(doc, '', EXT.apiKeySource, api.apiKeySource, `${CONFIG.api}/apiKeySource`)
    }
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-binary-media-types.html
    if (this.restOnly(api.binaryMediaTypes, `${CONFIG.api}/binaryMediaTypes`, 'api.binaryMediaTypes') && api.binaryMediaTypes!.length > 0) {
      this.setRoot(doc, '', EXT.binaryMediaTypes, [...api.binaryMediaTypes!], `${CONFIG.api}/binaryMediaTypes`)
    }
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-openapi-minimum-compression-size.html
    if (this.restOnly(api.minimumCompressionSize, `${CONFIG.api}/minimumCompressionSize`, 'api.minimumCompressionSize')) {
      this.setRoot(doc, '', EXT.minimumCompressionSize, api.minimumCompressionSize, `${CONFIG.api}/minimumCompressionSize`)
    }
    this.applyEndpointConfiguration()
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/openapi-extensions-policy.html
    if (this.restOnly(api.policy, `${CONFIG.api}/policy`, 'api.policy')) {
      this.setRoot(doc, '', EXT.policy, structuredClone(api.policy), `${CONFIG.api}/policy`)
    }
    const hasResponses = Object.keys(gateway.gatewayResponses).length > 0
    if (this.restOnly(hasResponses ? gateway.gatewayResponses : undefined, CONFIG.gatewayResponses, 'gatewayResponses') || (this.kind === 'rest' && this.cors)) {
      this.applyGatewayResponses()
    }
    if (this.restOnly(gateway.requestValidators, CONFIG.requestValidators, 'requestValidators')) this.applyValidators()
    if (this.kind === 'http' && this.cors) this.applyHttpCors(this.cors)
  }

  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html:
  // top level in Swagger 2.0, "under the vendor extensions of the Server object" in OpenAPI 3.0; vpcEndpointIds only
  // for PRIVATE REST APIs.
  private applyEndpointConfiguration(): void {
    const api = this.config.api
    const value: JsonObject = {}
    if (api.vpcEndpointIds !== undefined && api.vpcEndpointIds.length > 0) {
      if (this.kind === 'http' || api.endpointType !== 'PRIVATE') {
        this.report('config', '', `api.vpcEndpointIds applies only to PRIVATE REST APIs, and this is ${this.kind === 'http' ? 'an HTTP API' : `a ${api.endpointType ?? 'EDGE'} REST API`}; set api.endpointType: PRIVATE or remove it.`, `${CONFIG.api}/vpcEndpointIds`)
      } else value['vpcEndpointIds'] = [...api.vpcEndpointIds]
    }
    if (api.disableExecuteApiEndpoint !== undefined) value['disableExecuteApiEndpoint'] = api.disableExecuteApiEndpoint
    if (Object.keys(value).length === 0) return
    if (this.swagger) {
      this.setRoot(this.doc, '', EXT.endpointConfiguration, value, CONFIG.api)
      return
    }
    if (!Array.isArray(this.doc['servers']) || this.doc['servers'].length === 0) this.doc['servers'] = [{url: '/'}]
    const servers = this.doc['servers'] as unknown[]
    if (!isObject(servers[0])) servers[0] = {url: '/'}
    const own = (servers[0] as JsonObject)[EXT.endpointConfiguration]
    if (isObject(own)) {
      // Field by field: the document's own fields win.
      for (const [k, v] of Object.entries(value)) this.setRoot(own, `/servers/0/${EXT.endpointConfiguration}`, k, v, `${CONFIG.api}/${k}`)
    } else this.setRoot(servers[0] as JsonObject, '/servers/0', EXT.endpointConfiguration, value, CONFIG.api)
  }

  /**
   * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.html.
   * The document's own response types win; the config adds the others. With CORS, DEFAULT_4XX and DEFAULT_5XX also
   * carry Access-Control-Allow-Origin, as the console's "Enable CORS" offers, so browsers can read API Gateway's own
   * errors (authorizer denials, throttling) instead of reporting a CORS failure
   * (https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors-console.html).
   */
  private applyGatewayResponses(): void {
    const existing = this.doc[EXT.gatewayResponses]
    const own = isObject(existing) ? existing : undefined
    const added = new Map<string, GatewayResponseConfig>()
    const configured = this.kind === 'rest' ? this.config.gateway.gatewayResponses : {}
    for (const [type, response] of Object.entries(configured)) {
      const at = joinPointer(CONFIG.gatewayResponses, type)
      if (!GATEWAY_RESPONSE_TYPES.has(type)) {
        this.report('config', '', `Gateway response type ${type} is not one API Gateway has (${[...GATEWAY_RESPONSE_TYPES].slice(0, 4).join(', ')}, ...).`, at)
      } else if (own?.[type] !== undefined) {
        this.report('config', joinPointer('/' + EXT.gatewayResponses, type), `The document has its own ${type} gateway response; it is kept and gatewayResponses.${type} is not used.`, at)
      } else added.set(type, response)
    }
    if (this.cors) {
      for (const type of ['DEFAULT_4XX', 'DEFAULT_5XX']) if (own?.[type] === undefined && !added.has(type)) added.set(type, {})
    }
    if (added.size === 0) return
    const target: JsonObject = own ?? {}
    for (const [type, response] of added) {
      const params: JsonObject = {...response.responseParameters}
      // A customized response type stops taking DEFAULT_4XX's headers, so every response apix writes carries them.
      if (this.cors) {
        for (const [header, value] of this.corsResponseHeaders()) params[`gatewayresponse.header.${header}`] ??= quote(value)
      }
      const entry: JsonObject = {}
      if (response.statusCode !== undefined) entry['statusCode'] = String(response.statusCode)
      if (Object.keys(params).length > 0) entry['responseParameters'] = params
      if (response.responseTemplates !== undefined) entry['responseTemplates'] = {...response.responseTemplates}
      target[type] = entry
    }
    if (!own) this.doc[EXT.gatewayResponses] = target
  }

  /**
   * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validator.html:
   * the API-level validator applies to every method that does not name its own.
   */
  private applyValidators(): void {
    const section = this.config.gateway.requestValidators!
    const used = new Set(this.validatorsUsed)
    if (section.default !== undefined && this.doc[EXT.requestValidator] === undefined) used.add(section.default)
    if (section.default !== undefined && !(section.default in VALIDATORS)) {
      this.report('config', '', `Request validator ${JSON.stringify(section.default)} is not one of ${Object.keys(VALIDATORS).join(', ')}.`, `${CONFIG.requestValidators}/default`)
      return
    }
    if (used.size === 0 && section.default === undefined) return
    const existing = this.doc[EXT.requestValidators]
    const own = isObject(existing) ? existing : undefined
    const definitions: JsonObject = own ?? {}
    for (const name of (Object.keys(VALIDATORS) as Array<keyof typeof VALIDATORS>).filter((n) => used.has(n))) {
      if (own?.[name] !== undefined) {
        if (!sameValue(own[name], VALIDATORS[name])) {
          this.report('config', joinPointer('/' + EXT.requestValidators, name), `The document defines its own request validator "${name}", which differs from apix's (${describeValidator(name)}); the document's is kept.`, CONFIG.requestValidators)
        }
        continue
      }
      definitions[name] = {...VALIDATORS[name]}
    }
    if (!own && Object.keys(definitions).length > 0) this.doc[EXT.requestValidators] = definitions
    if (section.default !== undefined) this.setRoot(this.doc, '', EXT.requestValidator, section.default, `${CONFIG.requestValidators}/default`)
  }

  /** https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-cors-configuration.html */
  private applyHttpCors(cors: CorsConfig): void {
    this.checkCorsConfig(cors)
    const verbs = new Set<string>()
    for (const op of this.operations) {
      if (op.verb === 'ANY') for (const m of ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT']) verbs.add(m)
      else verbs.add(op.verb)
    }
    verbs.add('OPTIONS')
    const value: JsonObject = {allowOrigins: [...cors.allowOrigins]}
    if (cors.allowCredentials !== undefined) value['allowCredentials'] = cors.allowCredentials
    if (cors.exposeHeaders !== undefined) value['exposeHeaders'] = [...cors.exposeHeaders]
    if (cors.maxAge !== undefined) value['maxAge'] = cors.maxAge
    value['allowMethods'] = cors.allowMethods !== undefined && cors.allowMethods.length > 0 ? cors.allowMethods.map((m) => m.toUpperCase()) : [...verbs].sort()
    value['allowHeaders'] = [...(cors.allowHeaders ?? DEFAULT_CORS_HEADERS)]
    this.setRoot(this.doc, '', EXT.cors, value, CONFIG.cors)
  }
}

function invocationUri(partition: string, region: string, functionArn: string): string {
  return `arn:${partition}:apigateway:${region}:lambda:path/2015-03-31/functions/${functionArn}/invocations`
}

/** A static value in a response parameter mapping is a single-quoted string literal. */
function quote(value: string): string {
  return `'${value}'`
}

/**
 * The preflight's response mapping template for several allowed origins: API Gateway's mapping-template override
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html)
 * replaces the static Access-Control-Allow-Origin (the first origin) with the request's Origin when it is one of them.
 * Velocity single-quoted strings interpolate nothing; a quote inside is doubled.
 */
function originEchoTemplate(origins: string[]): string {
  const list = origins.map((o) => `'${o.replace(/'/g, "''")}'`).join(', ')
  return [
    "#set($origin = $input.params().header.get('Origin'))",
    "#if(\"$!origin\" == '')#set($origin = $input.params().header.get('origin'))#end",
    `#foreach($allowed in [${list}])`,
    '#if("$!origin" == $allowed)#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)#end',
    '#end',
    '{}',
  ].join('\n')
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function describeValidator(name: keyof typeof VALIDATORS): string {
  const v = VALIDATORS[name]
  return `body ${v.validateRequestBody ? 'on' : 'off'}, parameters ${v.validateRequestParameters ? 'on' : 'off'}`
}

