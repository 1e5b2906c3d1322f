// Basis (x-amazon-apigateway-integration.responseParameters object): "Specifies mappings from integration method
// response parameters to method response parameters. Only the header and body types of the integration response
// parameters can be mapped to the header type of the method response", keyed `method.response.header.<param-name>`.
// The header must exist on the method response the mapping belongs to.
import {targetsRest} from '../../gateway/api-kind.js'
import {gatewayMethods, integrationOf} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-integration-response-parameters',
  category: 'gateway',
  description: 'Integration responseParameters must map to `method.response.header.<name>` headers declared on the matching operation response.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responseParameters.html',
  check(ctx) {
    if (!targetsRest(ctx)) return
    for (const m of gatewayMethods(ctx.index)) {
      const integration = integrationOf(ctx.index, m)
      const responses = integration?.value['responses']
      if (!integration || !isObject(responses)) continue
      const methodResponses = isObject(m.value['responses']) ? m.value['responses'] : {}
      for (const [pattern, r] of Object.entries(responses)) {
        if (!isObject(r) || !isObject(r['responseParameters'])) continue
        const status = String(r['statusCode'])
        const resolved = methodResponses[status] === undefined ? undefined : ctx.index.resolve(methodResponses[status], child(m.loc, 'responses', status)).value
        const headers = isObject(resolved) && isObject(resolved['headers']) ? Object.keys(resolved['headers']).map((h) => h.toLowerCase()) : []
        for (const key of Object.keys(r['responseParameters'])) {
          const at = child(integration.loc, 'responses', pattern, 'responseParameters', key)
          const header = /^method\.response\.header\.(.+)$/.exec(key)?.[1]
          if (header === undefined) {
            ctx.report({message: `Response parameter "${key}" of ${m.label} is not of the form method.response.header.<name>; only method response headers can be mapped.`, at})
          } else if (resolved !== undefined && !headers.includes(header.toLowerCase())) {
            ctx.report({
              message: `Response parameter "${key}" of ${m.label} maps to header "${header}", which response ${status} does not declare; add it to that response's headers.`,
              at,
            })
          }
        }
      }
    }
  },
}
export default rule
