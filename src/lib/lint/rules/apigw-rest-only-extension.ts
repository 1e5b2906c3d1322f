// Basis (Choose between REST APIs and HTTP APIs): HTTP APIs have no usage plans, API keys, request validation, API
// caching or resource policies; "HTTP APIs don't support request validation" and import only reports them as info.
// Gateway responses, mapping templates and integration responses are REST API features too.
import {targetsHttp} from '../../gateway/api-kind.js'
import {gatewayMethods, integrationOf} from '../../gateway/extensions.js'
import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const ROOT: Record<string, string> = {
  'x-amazon-apigateway-request-validators': 'request validation',
  'x-amazon-apigateway-request-validator': 'request validation',
  'x-amazon-apigateway-api-key-source': 'API keys',
  'x-amazon-apigateway-gateway-responses': 'gateway responses',
  'x-amazon-apigateway-policy': 'resource policies',
  'x-amazon-apigateway-minimum-compression-size': 'payload compression',
}
const INTEGRATION: Record<string, string> = {
  requestTemplates: 'mapping templates',
  responses: 'integration responses',
  cacheKeyParameters: 'API caching',
  cacheNamespace: 'API caching',
}

const rule: Rule = {
  id: 'apigw-rest-only-extension',
  category: 'gateway',
  description: 'REST API-only features (request validators, API key source, gateway responses, resource policy, mapping templates, caching) are ignored by HTTP APIs.',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
  check(ctx) {
    if (!targetsHttp(ctx)) return
    for (const [key, feature] of Object.entries(ROOT)) {
      if (ctx.index.root[key] === undefined) continue
      ctx.report({message: `HTTP APIs have no ${feature}, so ${key} is ignored; remove it or deploy as a REST API.`, at: {file: ctx.spec.root, pointer: '/' + key}})
    }
    for (const m of gatewayMethods(ctx.index)) {
      if (m.value['x-amazon-apigateway-request-validator'] !== undefined) {
        ctx.report({message: `HTTP APIs have no request validation, so the request validator of ${m.label} is ignored.`, at: child(m.loc, 'x-amazon-apigateway-request-validator')})
      }
      const integration = integrationOf(ctx.index, m)
      if (!integration) continue
      for (const [field, feature] of Object.entries(INTEGRATION)) {
        if (integration.value[field] === undefined) continue
        ctx.report({message: `The integration of ${m.label} sets ${field}, but HTTP APIs have no ${feature}; it is ignored.`, at: child(integration.loc, field)})
      }
    }
  },
}
export default rule
