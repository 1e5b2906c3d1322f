// Basis (REST quotas): "Integration timeout for Regional APIs / private APIs: 50 milliseconds - 29 seconds ... Can be
// increased: Yes" (raising it beyond 29 seconds may require lowering the account-level throttle quota).
import {apiKind, restEndpointType} from '../../gateway/api-kind.js'
import {REST_INTEGRATION_TIMEOUT_MAX_MS} from '../../gateway/aws-limits.js'
import {gatewayMethods, integrationOf} from '../../gateway/extensions.js'
import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-integration-timeout-quota',
  category: 'gateway',
  description: 'A Regional or private REST API integration timeout above 29,000 ms only works after a Service Quotas increase.',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
  check(ctx) {
    const endpoint = restEndpointType(ctx)
    if (apiKind(ctx) !== 'rest' || endpoint === 'EDGE') return
    for (const m of gatewayMethods(ctx.index)) {
      const integration = integrationOf(ctx.index, m)
      const t = integration?.value['timeoutInMillis']
      if (!integration || typeof t !== 'number' || t <= REST_INTEGRATION_TIMEOUT_MAX_MS) continue
      ctx.report({
        message: `timeoutInMillis of ${m.label} is ${t}, above the default ${REST_INTEGRATION_TIMEOUT_MAX_MS} ms; request the "Maximum integration timeout" quota increase for this ${endpoint} API before deploying.`,
        at: child(integration.loc, 'timeoutInMillis'),
      })
    }
  },
}
export default rule
