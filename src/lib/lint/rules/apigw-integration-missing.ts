// Basis (x-amazon-apigateway-integration object): it "specifies details of the backend integration used for this
// method". A REST method imported without one has no integration, and deploying the API then fails with
// "No integration defined for method".
import {targetsRest} from '../../gateway/api-kind.js'
import {INTEGRATION, gatewayMethods} from '../../gateway/extensions.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-integration-missing',
  category: 'gateway',
  description: 'Every REST API method needs an x-amazon-apigateway-integration, or the deployment fails.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
  check(ctx) {
    if (!targetsRest(ctx)) return
    for (const m of gatewayMethods(ctx.index)) {
      if (m.value[INTEGRATION] !== undefined) continue
      ctx.report({
        message: `${m.label} has no ${INTEGRATION}, so deploying the REST API fails with "No integration defined for method"; add one (type mock if it has no backend yet).`,
        at: m.loc,
      })
    }
  },
}
export default rule
