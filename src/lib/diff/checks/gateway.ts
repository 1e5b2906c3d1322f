import {isObject, sameValue, type JsonObject} from '../../spec/model.js'
import type {CheckFamily, OperationContext, WhereBoth} from '../check.js'
import {show} from '../check.js'
import {childNode, type NApi, type Node, type NOperation} from '../model.js'
import type {Where} from '../types.js'

/**
 * API Gateway extensions (x-amazon-apigateway-*) whose change alters what a deployed API accepts or does. They are read
 * raw from the operation and the document root: the model does not normalize vendor extensions.
 * Reference: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html
 */

/** Per operation: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html */
const INTEGRATION = 'x-amazon-apigateway-integration'
/** Per operation or document: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validator.html */
const VALIDATOR = 'x-amazon-apigateway-request-validator'
/** Document: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validators.html */
const VALIDATORS = 'x-amazon-apigateway-request-validators'
/** Security scheme: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html */
const AUTHORIZER = 'x-amazon-apigateway-authorizer'
const AUTHTYPE = 'x-amazon-apigateway-authtype'
/** Per operation, `{type: AWS_IAM | NONE}`: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-auth.html */
const AUTH = 'x-amazon-apigateway-auth'
const KEY_SOURCE = 'x-amazon-apigateway-api-key-source'
const BINARY = 'x-amazon-apigateway-binary-media-types'
const CORS = 'x-amazon-apigateway-cors'
const ENDPOINT = 'x-amazon-apigateway-endpoint-configuration'

/** REST API integrations time out after 29 s unless `timeoutInMillis` says otherwise (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html). */
const DEFAULT_TIMEOUT = 29_000

export const gateway: CheckFamily = {
  name: 'gateway',
  checks: [
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
    {id: 'gateway-integration-removed', severity: 'error', direction: null, description: `An operation lost its ${INTEGRATION}: the deployed method has no backend to call.`},
    {id: 'gateway-integration-added', severity: 'info', direction: null, description: `An operation gained an ${INTEGRATION} backend.`},
    {id: 'gateway-integration-type-changed', severity: 'warning', direction: null, description: 'The integration type changed (e.g. aws_proxy to aws): how requests reach the backend and responses come back differs.'},
    {id: 'gateway-integration-uri-changed', severity: 'info', direction: null, description: 'The integration uri changed: requests go to another backend.'},
    {id: 'gateway-integration-http-method-changed', severity: 'warning', direction: null, description: 'The HTTP method API Gateway uses to call the backend changed.'},
    {id: 'gateway-integration-timeout-decreased', severity: 'warning', direction: null, description: 'The integration timeoutInMillis decreased (default 29000): slow requests that used to succeed now time out with 504.'},
    {id: 'gateway-integration-request-mapping-changed', severity: 'warning', direction: 'request', description: 'Integration requestTemplates, requestParameters or passthroughBehavior changed: what the backend receives from the same request differs.'},
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html
    {id: 'gateway-integration-response-removed', severity: 'warning', direction: 'response', description: 'An integration response (status pattern) was removed: backend results it mapped fall through to the default mapping.'},
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-key-usage-plan-oas.html: a security requirement naming an `apiKey` scheme `x-api-key` in header sets apiKeyRequired.
    {id: 'gateway-api-key-required', severity: 'error', direction: 'request', description: 'An operation now requires an API key (x-api-key): old clients send none and get 403.'},
    {id: 'gateway-api-key-no-longer-required', severity: 'info', direction: 'request', description: 'An operation no longer requires an API key.'},
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html, https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-auth.html
    {id: 'gateway-authorizer-added', severity: 'error', direction: 'request', description: 'An operation is now guarded by an authorizer (Lambda, Cognito, JWT or IAM): old requests without its credentials are refused.'},
    {id: 'gateway-authorizer-removed', severity: 'info', direction: 'request', description: 'An authorizer no longer guards an operation.'},
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validator.html, https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validators.requestValidator.html
    {id: 'gateway-request-validation-stricter', severity: 'warning', direction: 'request', description: 'The request validator of an operation now validates its body or parameters: requests the backend tolerated may get 400.'},
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-binary-media-types.html
    {id: 'gateway-binary-media-type-removed', severity: 'error', direction: 'request', description: 'A binary media type was removed: payloads of that type are handled as text and binary content is corrupted.'},
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-cors-configuration.html
    {id: 'gateway-cors-origin-removed', severity: 'error', direction: 'request', description: 'A CORS allowed origin was removed: browsers on that origin can no longer call the API.'},
    {id: 'gateway-cors-method-removed', severity: 'error', direction: 'request', description: 'A CORS allowed method was removed: browser calls with that method fail preflight.'},
    {id: 'gateway-cors-header-removed', severity: 'error', direction: 'request', description: 'A CORS allowed header was removed: browser calls sending that header fail preflight.'},
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-api-key-source.html
    {id: 'gateway-api-key-source-changed', severity: 'error', direction: 'request', description: 'The API key source changed (HEADER or AUTHORIZER): where clients\' API keys are read from differs.'},
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html
    {id: 'gateway-execute-api-endpoint-disabled', severity: 'error', direction: null, description: 'The default execute-api endpoint was disabled: clients calling it must move to the custom domain name.'},
  ],

  api(a, b, ctx) {
    binaryMediaTypes(a, b, ctx.report)
    cors(a, b, ctx.report)
    const sa = keySource(a)
    const sb = keySource(b)
    if (sa !== sb) ctx.report('gateway-api-key-source-changed', `api key source changed from ${sa} to ${sb}`, {base: rootField(a, KEY_SOURCE), revision: rootField(b, KEY_SOURCE)})
    const da = executeApiDisabled(a)
    const db = executeApiDisabled(b)
    if (!da && db) ctx.report('gateway-execute-api-endpoint-disabled', 'the default execute-api endpoint was disabled (disableExecuteApiEndpoint: true)', {base: a.root, revision: db})
  },

  operation(a, b, ctx) {
    if (a.kind !== 'path') return
    integration(a, b, ctx)
    const ka = requiresApiKey(a, ctx.base)
    const kb = requiresApiKey(b, ctx.revision)
    if (!ka && kb) ctx.report('gateway-api-key-required', `an api key is now required (scheme \`${kb}\`, x-api-key header)`, {base: a.security.node, revision: b.security.node})
    if (ka && !kb) ctx.report('gateway-api-key-no-longer-required', `an api key is no longer required (scheme \`${ka}\`)`, {base: a.security.node, revision: b.security.node})
    const aa = authorizers(a, ctx.base)
    const ab = authorizers(b, ctx.revision)
    for (const [name, where] of ab) if (!aa.has(name)) ctx.report('gateway-authorizer-added', `${name} now guards the operation`, {base: a.security.node, revision: where})
    for (const [name, where] of aa) if (!ab.has(name)) ctx.report('gateway-authorizer-removed', `${name} no longer guards the operation`, {base: where, revision: b.security.node})
    validation(a, b, ctx)
  },
}

type Report = (id: string, message: string, where: WhereBoth) => void

function obj(n: Node): Node<JsonObject> | undefined {
  return isObject(n.value) ? (n as Node<JsonObject>) : undefined
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

function integration(a: NOperation, b: NOperation, ctx: OperationContext): void {
  const ia = obj(childNode(a.node, INTEGRATION))
  const ib = obj(childNode(b.node, INTEGRATION))
  if (ia && !ib) return ctx.report('gateway-integration-removed', `${INTEGRATION} was removed`, {base: ia, revision: b.node})
  if (!ia && ib) return ctx.report('gateway-integration-added', `${INTEGRATION} was added`, {base: a.node, revision: ib})
  if (!ia || !ib) return
  const va = ia.value
  const vb = ib.value
  const at = (key: string): WhereBoth => ({base: childNode(ia, key), revision: childNode(ib, key)})

  const ta = str(va['type'])?.toUpperCase()
  const tb = str(vb['type'])?.toUpperCase()
  if (ta !== tb) ctx.report('gateway-integration-type-changed', `integration type changed from ${ta ?? 'none'} to ${tb ?? 'none'}`, at('type'))
  const ua = str(va['uri'])
  const ub = str(vb['uri'])
  if (ua !== ub) ctx.report('gateway-integration-uri-changed', `integration uri changed from ${show(ua)} to ${show(ub)}`, at('uri'))
  const ma = str(va['httpMethod'])?.toUpperCase()
  const mb = str(vb['httpMethod'])?.toUpperCase()
  if (ma !== undefined && mb !== undefined && ma !== mb) ctx.report('gateway-integration-http-method-changed', `integration httpMethod changed from ${ma} to ${mb}`, at('httpMethod'))
  const timeout = (v: JsonObject) => (typeof v['timeoutInMillis'] === 'number' ? v['timeoutInMillis'] : DEFAULT_TIMEOUT)
  if (timeout(vb) < timeout(va)) ctx.report('gateway-integration-timeout-decreased', `integration timeoutInMillis decreased from ${timeout(va)} to ${timeout(vb)}`, at('timeoutInMillis'))

  for (const [key, label] of [['requestTemplates', 'request template for'], ['requestParameters', 'request parameter']] as const) {
    const ma2 = isObject(va[key]) ? va[key] : {}
    const mb2 = isObject(vb[key]) ? vb[key] : {}
    for (const name of new Set([...Object.keys(ma2), ...Object.keys(mb2)])) {
      const x = ma2[name]
      const y = mb2[name]
      if (sameValue(x, y)) continue
      const where = {base: childNode(ia, key, name), revision: childNode(ib, key, name)}
      const verb = x === undefined ? 'was added' : y === undefined ? 'was removed' : key === 'requestParameters' ? `changed from ${show(x)} to ${show(y)}` : 'was changed'
      ctx.report('gateway-integration-request-mapping-changed', `integration ${label} ${name} ${verb}`, where)
    }
  }
  // Requests of a content type with no template pass through unless passthroughBehavior says NEVER (415) (default WHEN_NO_MATCH).
  const pa = str(va['passthroughBehavior'])?.toUpperCase() ?? 'WHEN_NO_MATCH'
  const pb = str(vb['passthroughBehavior'])?.toUpperCase() ?? 'WHEN_NO_MATCH'
  if (pa !== pb) ctx.report('gateway-integration-request-mapping-changed', `integration passthroughBehavior changed from ${pa} to ${pb}`, at('passthroughBehavior'))

  const ra = isObject(va['responses']) ? va['responses'] : {}
  const rb = isObject(vb['responses']) ? vb['responses'] : {}
  for (const pattern of Object.keys(ra)) {
    if (!(pattern in rb)) ctx.report('gateway-integration-response-removed', `integration response ${show(pattern)} was removed`, {base: childNode(ia, 'responses', pattern), revision: childNode(ib, 'responses')})
  }
}

/** The `x-api-key` header scheme an operation's security names (API Gateway sets apiKeyRequired for it), if any. */
function requiresApiKey(op: NOperation, api: NApi): string | undefined {
  for (const alternative of op.security.alternatives) {
    for (const name of alternative.keys()) {
      const s = api.securitySchemes.get(name)?.value
      if (!s || isAuthorizer(s)) continue
      if (s['type'] === 'apiKey' && s['in'] === 'header' && str(s['name'])?.toLowerCase() === 'x-api-key') return name
    }
  }
  return undefined
}

function isAuthorizer(scheme: JsonObject): boolean {
  return isObject(scheme[AUTHORIZER]) || typeof scheme[AUTHTYPE] === 'string'
}

/** Authorizers guarding an operation, by what messages call them: schemes with an authorizer, and IAM authorization. */
function authorizers(op: NOperation, api: NApi): Map<string, Where> {
  const out = new Map<string, Where>()
  for (const alternative of op.security.alternatives) {
    for (const name of alternative.keys()) {
      const s = api.securitySchemes.get(name)
      if (!s || !isAuthorizer(s.value)) continue
      const auth = s.value[AUTHORIZER]
      const type = isObject(auth) ? str(auth['type']) : str(s.value[AUTHTYPE])
      out.set(`authorizer \`${name}\`${type ? ` (${type.toLowerCase()})` : ''}`, s)
    }
  }
  const auth = op.node.value[AUTH]
  if (isObject(auth) && str(auth['type'])?.toUpperCase() === 'AWS_IAM') out.set('authorization AWS_IAM (IAM permissions)', childNode(op.node, AUTH))
  return out
}

interface Validation {
  name: string | undefined
  body: boolean
  parameters: boolean
  where: Where
}

/** The request validator in force for an operation: its own, else the document's (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validator.html). */
function validatorOf(op: NOperation, api: NApi): Validation {
  const own = str(op.node.value[VALIDATOR])
  const name = own ?? str(api.root.value[VALIDATOR])
  const where = own !== undefined ? childNode(op.node, VALIDATOR) : api.root.value[VALIDATOR] !== undefined ? childNode(api.root, VALIDATOR) : op.node
  const all = api.root.value[VALIDATORS]
  const v = name !== undefined && isObject(all) ? all[name] : undefined
  if (!isObject(v)) return {name, body: false, parameters: false, where}
  return {name, body: v['validateRequestBody'] === true, parameters: v['validateRequestParameters'] === true, where}
}

function validation(a: NOperation, b: NOperation, ctx: OperationContext): void {
  const va = validatorOf(a, ctx.base)
  const vb = validatorOf(b, ctx.revision)
  const where = {base: va.where, revision: vb.where}
  const named = vb.name === undefined ? 'request validator' : `request validator ${show(vb.name)}`
  // Body validation only matters with a body; parameter validation checks the required parameters are there.
  if (!va.body && vb.body && b.requestBody) ctx.report('gateway-request-validation-stricter', `${named} now validates the request body`, where)
  if (!va.parameters && vb.parameters && [...b.parameters.values()].some((p) => p.required)) {
    ctx.report('gateway-request-validation-stricter', `${named} now validates the required request parameters`, where)
  }
}

function binaryMediaTypes(a: NApi, b: NApi, report: Report): void {
  const list = childNode(b.root, BINARY)
  const kept = new Set(strings(list.value).map((t) => t.toLowerCase()))
  const node = childNode(a.root, BINARY)
  if (!Array.isArray(node.value)) return
  node.value.forEach((t, i) => {
    if (typeof t === 'string' && !kept.has(t.toLowerCase())) report('gateway-binary-media-type-removed', `binary media type ${t} was removed`, {base: childNode(node, i), revision: Array.isArray(list.value) ? list : b.root})
  })
}

function cors(a: NApi, b: NApi, report: Report): void {
  const ca = childNode(a.root, CORS)
  const cb = childNode(b.root, CORS)
  if (!isObject(ca.value)) return
  const lists = [
    ['allowOrigins', 'origin', 'gateway-cors-origin-removed', (s: string) => s.toLowerCase()],
    ['allowMethods', 'method', 'gateway-cors-method-removed', (s: string) => s.toUpperCase()],
    ['allowHeaders', 'header', 'gateway-cors-header-removed', (s: string) => s.toLowerCase()],
  ] as const
  for (const [key, what, id, norm] of lists) {
    const la = childNode(ca, key)
    const lb = childNode(cb, key)
    const kept = new Set(strings(lb.value).map(norm))
    if (kept.has('*') || !Array.isArray(la.value)) continue
    la.value.forEach((v, i) => {
      if (typeof v === 'string' && !kept.has(norm(v))) report(id, `allowed CORS ${what} ${v} was removed`, {base: childNode(la, i), revision: Array.isArray(lb.value) ? lb : isObject(cb.value) ? cb : b.root})
    })
  }
}

/** A document-level extension, or the document when it is not written (its default applies). */
function rootField(api: NApi, key: string): Where {
  return api.root.value[key] === undefined ? api.root : childNode(api.root, key)
}

function keySource(api: NApi): string {
  return str(api.root.value[KEY_SOURCE])?.toUpperCase() ?? 'HEADER'
}

/** Where the default endpoint is disabled: top level (Swagger 2.0) or a server's extensions (OpenAPI 3). */
function executeApiDisabled(api: NApi): Where | undefined {
  const places: Node[] = [childNode(api.root, ENDPOINT)]
  const servers = childNode(api.root, 'servers')
  if (Array.isArray(servers.value)) servers.value.forEach((_, i) => places.push(childNode(servers, i, ENDPOINT)))
  for (const p of places) {
    if (isObject(p.value) && p.value['disableExecuteApiEndpoint'] === true) return childNode(p, 'disableExecuteApiEndpoint')
  }
  return undefined
}
