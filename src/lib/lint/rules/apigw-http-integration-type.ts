// Basis (Use OpenAPI definitions for HTTP APIs): an integration of type AWS "produces warnings on import because HTTP
// APIs support only Lambda proxy and HTTP proxy integrations" (AWS_PROXY, with integrationSubtype for other AWS
// services, and HTTP_PROXY); the feature comparison lists no mock integrations for HTTP APIs.
import {targetsHttp} from '../../gateway/api-kind.js'
import {gatewayMethods, integrationOf, oneOfIgnoringCase} from '../../gateway/extensions.js'
import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-http-integration-type',
  category: 'gateway',
  description: 'HTTP API integrations must be AWS_PROXY or HTTP_PROXY; aws, http and mock integrations are REST API features.',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html',
  check(ctx) {
    if (!targetsHttp(ctx)) return
    for (const m of gatewayMethods(ctx.index)) {
      const integration = integrationOf(ctx.index, m)
      const type = integration?.value['type']
      if (!integration || typeof type !== 'string' || oneOfIgnoringCase(type, ['aws_proxy', 'http_proxy'])) continue
      ctx.report({
        message: `The integration of ${m.label} has type "${type}", which HTTP APIs do not support; use AWS_PROXY (Lambda, or an AWS service with integrationSubtype) or HTTP_PROXY.`,
        at: child(integration.loc, 'type'),
      })
    }
  },
}
export default rule
