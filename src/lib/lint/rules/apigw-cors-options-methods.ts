// Basis (Enable CORS on a resource using the API Gateway import API): "You must first define an OPTIONS method in your
// resource that returns the required headers", a mock integration whose responseParameters set
// method.response.header.Access-Control-Allow-Methods; browsers reject preflighted calls whose method is not listed.
import {targetsRest} from '../../gateway/api-kind.js'
import {gatewayMethods, integrationOf} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const HEADER = 'method.response.header.Access-Control-Allow-Methods'

const rule: Rule = {
  id: 'apigw-cors-options-methods',
  category: 'gateway',
  description: "A CORS OPTIONS method's static Access-Control-Allow-Methods must list every method of its path.",
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/enable-cors-for-resource-using-swagger-importer-tool.html',
  check(ctx) {
    if (!targetsRest(ctx)) return
    const methods = gatewayMethods(ctx.index)
    for (const options of methods.filter((m) => m.method === 'options')) {
      const integration = integrationOf(ctx.index, options)
      const responses = integration?.value['responses']
      if (!integration || !isObject(responses)) continue
      const siblings = methods.filter((m) => m.path === options.path && m.method !== 'options')
      if (siblings.some((m) => m.method === 'any')) continue
      for (const [pattern, r] of Object.entries(responses)) {
        const value = isObject(r) && isObject(r['responseParameters']) ? r['responseParameters'][HEADER] : undefined
        // Only static values ('GET,POST') can be checked; mappings from the backend are decided at run time.
        if (typeof value !== 'string' || !/^'.*'$/.test(value)) continue
        const listed = value.slice(1, -1).split(',').map((s) => s.trim().toUpperCase())
        if (listed.includes('*')) continue
        const missing = siblings.map((m) => m.method.toUpperCase()).filter((m) => !listed.includes(m))
        if (missing.length === 0) continue
        ctx.report({
          message: `The CORS preflight of ${options.path} allows ${value} but the path also has ${missing.join(', ')}; browsers will block cross-origin ${missing.join('/')} calls, so add them to Access-Control-Allow-Methods.`,
          at: child(integration.loc, 'responses', pattern, 'responseParameters', HEADER),
        })
      }
    }
  },
}
export default rule
