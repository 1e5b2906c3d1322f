// Basis (x-amazon-apigateway-gateway-responses and .gatewayResponse objects, Gateway response types): the map is keyed
// by response type (DEFAULT_4XX, INVALID_API_KEY, ...); each value has statusCode, responseParameters
// (gatewayresponse.header.* etc.) and responseTemplates. The GatewayResponse API gives the statusCode pattern [1-5]\d\d.
import {targetsRest} from '../../gateway/api-kind.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const KEY = 'x-amazon-apigateway-gateway-responses'
const TYPES = new Set([
  'DEFAULT_4XX', 'DEFAULT_5XX', 'RESOURCE_NOT_FOUND', 'UNAUTHORIZED', 'INVALID_API_KEY', 'ACCESS_DENIED', 'AUTHORIZER_FAILURE',
  'AUTHORIZER_CONFIGURATION_ERROR', 'INVALID_SIGNATURE', 'EXPIRED_TOKEN', 'MISSING_AUTHENTICATION_TOKEN', 'INTEGRATION_FAILURE',
  'INTEGRATION_TIMEOUT', 'API_CONFIGURATION_ERROR', 'UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST_PARAMETERS', 'BAD_REQUEST_BODY',
  'REQUEST_TOO_LARGE', 'THROTTLED', 'QUOTA_EXCEEDED', 'WAF_FILTERED',
])

const rule: Rule = {
  id: 'apigw-gateway-responses',
  category: 'gateway',
  description: 'x-amazon-apigateway-gateway-responses must be keyed by gateway response types, with valid statusCode, responseParameters and responseTemplates.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.html',
  check(ctx) {
    if (!targetsRest(ctx)) return
    const map = ctx.index.root[KEY]
    const at = {file: ctx.spec.root, pointer: '/' + KEY}
    if (map === undefined) return
    if (!isObject(map)) return ctx.report({message: `${KEY} must map gateway response types to response objects.`, at})
    for (const [type, r] of Object.entries(map)) {
      const rat = child(at, type)
      if (!TYPES.has(type)) {
        ctx.report({message: `"${type}" is not a gateway response type; use one of DEFAULT_4XX, DEFAULT_5XX, BAD_REQUEST_BODY, ... as listed in the API Gateway docs.`, at: rat})
        continue
      }
      if (!isObject(r)) {
        ctx.report({message: `Gateway response ${type} must be an object.`, at: rat})
        continue
      }
      const code = r['statusCode']
      if (code !== undefined && !/^[1-5]\d\d$/.test(String(code))) ctx.report({message: `Gateway response ${type} has statusCode ${JSON.stringify(code)}; use a status such as "400".`, at: child(rat, 'statusCode')})
      const params = r['responseParameters']
      if (isObject(params)) {
        for (const key of Object.keys(params)) {
          if (/^gatewayresponse\.(header|querystring|path)\.[^.]+$/.test(key)) continue
          ctx.report({message: `Gateway response ${type} maps "${key}"; keys must be gatewayresponse.header.<name> (or querystring/path).`, at: child(rat, 'responseParameters', key)})
        }
      }
      const templates = r['responseTemplates']
      if (isObject(templates)) {
        for (const [mt, t] of Object.entries(templates)) {
          if (typeof t !== 'string') ctx.report({message: `The ${mt} template of gateway response ${type} must be a string.`, at: child(rat, 'responseTemplates', mt)})
        }
      }
    }
  },
}
export default rule
