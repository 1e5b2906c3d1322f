// Basis (Amazon API Gateway important notes for REST APIs): "Response definitions of the "500": {"$ref":
// "#/responses/UnexpectedError"} form is not supported in the OpenAPI document root. To work around this, replace the
// reference by the inline schema."
import {targetsRest} from '../../gateway/api-kind.js'
import {gatewayMethods} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-response-ref',
  category: 'gateway',
  description: 'REST API import does not support operation responses that are a `$ref` to a shared response; write them inline.',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  check(ctx) {
    if (!targetsRest(ctx)) return
    for (const m of gatewayMethods(ctx.index)) {
      const responses = m.value['responses']
      if (!isObject(responses)) continue
      for (const [status, response] of Object.entries(responses)) {
        if (!isObject(response) || typeof response['$ref'] !== 'string') continue
        ctx.report({
          message: `Response ${status} of ${m.label} is a $ref to "${response['$ref']}", which API Gateway import does not support; inline the response.`,
          at: child(m.loc, 'responses', status, '$ref'),
        })
      }
    }
  },
}
export default rule
