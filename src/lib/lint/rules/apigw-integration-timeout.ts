// Basis (quotas): REST "Integration timeout: 50 milliseconds - 29 seconds for all integration types"; only Regional
// and private REST APIs can have the upper bound raised (edge-optimized: "Can be increased: No"); HTTP APIs "Maximum
// integration timeout: 30 seconds. Can be increased: No". Raisable cases are apigw-integration-timeout-quota's.
import {apiKind, restEndpointType} from '../../gateway/api-kind.js'
import {
  HTTP_INTEGRATION_TIMEOUT_MAX_MS,
  HTTP_INTEGRATION_TIMEOUT_MIN_MS,
  REST_INTEGRATION_TIMEOUT_MAX_MS,
  REST_INTEGRATION_TIMEOUT_MIN_MS,
} from '../../gateway/aws-limits.js'
import {gatewayMethods, integrationOf} from '../../gateway/extensions.js'
import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-integration-timeout',
  category: 'gateway',
  description: 'timeoutInMillis must be an integer of at least 50 and at most 29,000 (edge-optimized REST APIs) or 30,000 (HTTP APIs).',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
  check(ctx) {
    const kind = apiKind(ctx)
    const http = kind === 'http'
    const min = http ? HTTP_INTEGRATION_TIMEOUT_MIN_MS : REST_INTEGRATION_TIMEOUT_MIN_MS
    // Regional and private REST APIs may raise the maximum by quota; apigw-integration-timeout-quota warns there.
    const max = http ? HTTP_INTEGRATION_TIMEOUT_MAX_MS : restEndpointType(ctx) === 'EDGE' ? REST_INTEGRATION_TIMEOUT_MAX_MS : Infinity
    const what = http ? 'HTTP APIs' : 'edge-optimized REST APIs'
    for (const m of gatewayMethods(ctx.index)) {
      const integration = integrationOf(ctx.index, m)
      const t = integration?.value['timeoutInMillis']
      if (!integration || t === undefined) continue
      const at = child(integration.loc, 'timeoutInMillis')
      if (typeof t !== 'number' || !Number.isInteger(t)) {
        ctx.report({message: `timeoutInMillis of ${m.label} must be a whole number of milliseconds.`, at})
      } else if (t < min) {
        ctx.report({message: `timeoutInMillis of ${m.label} is ${t}; the minimum is ${min} ms.`, at})
      } else if (t > max) {
        ctx.report({message: `timeoutInMillis of ${m.label} is ${t}; ${what} allow at most ${max} ms and this cannot be raised.`, at})
      }
    }
  },
}
export default rule
