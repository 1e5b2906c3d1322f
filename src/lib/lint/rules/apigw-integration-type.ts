// Basis (x-amazon-apigateway-integration object): "type: The type of integration with the specified backend"; the
// Integration API lists HTTP, HTTP_PROXY, AWS, AWS_PROXY and MOCK, and the extension takes them in either case.
import {INTEGRATION, gatewayMethods, integrationOf, oneOfIgnoringCase} from '../../gateway/extensions.js'
import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const TYPES = ['aws', 'aws_proxy', 'http', 'http_proxy', 'mock'] as const

const rule: Rule = {
  id: 'apigw-integration-type',
  category: 'gateway',
  description: 'x-amazon-apigateway-integration must have a type: aws, aws_proxy, http, http_proxy or mock.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
  check(ctx) {
    for (const m of gatewayMethods(ctx.index)) {
      const integration = integrationOf(ctx.index, m)
      if (!integration) {
        if (m.value[INTEGRATION] !== undefined) ctx.report({message: `The ${INTEGRATION} of ${m.label} must be an object.`, at: child(m.loc, INTEGRATION)})
        continue
      }
      const type = integration.value['type']
      if (oneOfIgnoringCase(type, TYPES)) continue
      ctx.report({
        message:
          type === undefined
            ? `The integration of ${m.label} has no type; set it to one of ${TYPES.join(', ')}.`
            : `The integration of ${m.label} has type "${String(type)}"; API Gateway accepts ${TYPES.join(', ')}.`,
        at: type === undefined ? integration.loc : child(integration.loc, 'type'),
      })
    }
  },
}
export default rule
