// Basis: x-amazon-apigateway-cors "Specifies the cross-origin resource sharing (CORS) configuration for an HTTP API";
// x-amazon-apigateway-importexport-version is "the version of the API Gateway import and export algorithm for HTTP
// APIs"; integrationSubtype is "Supported only for HTTP APIs"; payloadFormatVersion is "Required for HTTP APIs". A
// REST API import does not apply them.
import {targetsRest} from '../../gateway/api-kind.js'
import {gatewayMethods, integrationOf} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const ROOT = ['x-amazon-apigateway-cors', 'x-amazon-apigateway-importexport-version'] as const
const INTEGRATION_FIELDS = ['integrationSubtype', 'payloadFormatVersion'] as const

const rule: Rule = {
  id: 'apigw-http-only-extension',
  category: 'gateway',
  description: 'HTTP API-only extensions (x-amazon-apigateway-cors, importexport-version, integrationSubtype, payloadFormatVersion) do nothing in a REST API.',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-cors-configuration.html',
  check(ctx) {
    if (!targetsRest(ctx)) return
    for (const key of ROOT) {
      if (ctx.index.root[key] === undefined) continue
      const hint = key === 'x-amazon-apigateway-cors' ? 'add OPTIONS methods with a mock integration returning the Access-Control-* headers instead' : 'remove it'
      ctx.report({message: `${key} is an HTTP API extension that a REST API import ignores; ${hint}, or deploy as an HTTP API.`, at: {file: ctx.spec.root, pointer: '/' + key}})
    }
    const components = ctx.index.root['components']
    if (isObject(components) && components['x-amazon-apigateway-integrations'] !== undefined) {
      ctx.report({
        message: 'components/x-amazon-apigateway-integrations is an HTTP API feature; write each REST method its own x-amazon-apigateway-integration.',
        at: {file: ctx.spec.root, pointer: '/components/x-amazon-apigateway-integrations'},
      })
    }
    for (const m of gatewayMethods(ctx.index)) {
      const integration = integrationOf(ctx.index, m)
      if (!integration) continue
      for (const field of INTEGRATION_FIELDS) {
        if (integration.value[field] === undefined) continue
        ctx.report({message: `The integration of ${m.label} sets ${field}, which only HTTP APIs use; a REST API ignores it.`, at: child(integration.loc, field)})
      }
    }
  },
}
export default rule
