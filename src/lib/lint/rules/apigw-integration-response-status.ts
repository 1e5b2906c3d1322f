// Basis (x-amazon-apigateway-integration.response object): statusCode is the "HTTP status code for the method
// response ... This must correspond to a matching response in the OpenAPI Operation responses field."
import {targetsRest} from '../../gateway/api-kind.js'
import {gatewayMethods, integrationOf} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-integration-response-status',
  category: 'gateway',
  description: "Each integration response's statusCode must be one of the operation's declared responses.",
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-response.html',
  check(ctx) {
    if (!targetsRest(ctx)) return
    for (const m of gatewayMethods(ctx.index)) {
      const integration = integrationOf(ctx.index, m)
      const responses = integration?.value['responses']
      if (!integration || !isObject(responses)) continue
      const declared = isObject(m.value['responses']) ? Object.keys(m.value['responses']) : []
      for (const [pattern, r] of Object.entries(responses)) {
        if (!isObject(r)) continue
        const code = r['statusCode']
        if ((typeof code !== 'string' && typeof code !== 'number') || declared.includes(String(code))) continue
        ctx.report({
          message: `Integration response "${pattern}" of ${m.label} maps to status ${String(code)}, which the operation does not declare; add a "${String(code)}" response to the operation.`,
          at: child(integration.loc, 'responses', pattern, 'statusCode'),
        })
      }
    }
  },
}
export default rule
