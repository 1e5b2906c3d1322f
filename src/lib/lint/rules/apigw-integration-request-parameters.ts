// Basis (x-amazon-apigateway-integration.requestParameters object): "Specifies mappings from named method request
// parameters to integration request parameters. The method request parameters must be defined before being
// referenced", keys are `integration.request.<param-type>.<param-name>`. The Integration API adds that
// cacheKeyParameters "must also be specified for Method requestParameters".
import {targetsRest} from '../../gateway/api-kind.js'
import {gatewayMethods, integrationOf, methodRequestParameterKeys} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const KEY = /^integration\.request\.(querystring|path|header|multivaluequerystring|multivalueheader)\.[^.].*$/
const SOURCE = /^method\.request\.(querystring|path|header|multivaluequerystring|multivalueheader)\.(.+)$/

const rule: Rule = {
  id: 'apigw-integration-request-parameters',
  category: 'gateway',
  description: 'Integration requestParameters and cacheKeyParameters may only use `method.request.*` parameters the operation declares.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-requestParameters.html',
  check(ctx) {
    if (!targetsRest(ctx)) return
    for (const m of gatewayMethods(ctx.index)) {
      const integration = integrationOf(ctx.index, m)
      if (!integration) continue
      const declared = methodRequestParameterKeys(m)
      const undeclared = (source: string) => {
        const match = SOURCE.exec(source)
        if (!match) return undefined
        const where = match[1]!.replace('multivalue', '')
        return declared.has(`${where}:${match[2]}`) ? undefined : {where, name: match[2]!}
      }
      const params = integration.value['requestParameters']
      if (isObject(params)) {
        for (const [key, value] of Object.entries(params)) {
          const at = child(integration.loc, 'requestParameters', key)
          if (!KEY.test(key)) {
            ctx.report({message: `Request parameter "${key}" of ${m.label} is not of the form integration.request.{querystring|path|header}.<name>.`, at})
            continue
          }
          const missing = typeof value === 'string' ? undeclared(value) : undefined
          if (missing) {
            ctx.report({message: `Request parameter "${key}" of ${m.label} reads "${String(value)}", but the operation declares no ${missing.where} parameter "${missing.name}"; declare it or fix the mapping.`, at})
          }
        }
      }
      const cacheKeys = integration.value['cacheKeyParameters']
      if (!Array.isArray(cacheKeys)) continue
      cacheKeys.forEach((k, i) => {
        const missing = typeof k === 'string' ? undeclared(k) : undefined
        if (!missing) return
        ctx.report({
          message: `Cache key "${String(k)}" of ${m.label} names a ${missing.where} parameter "${missing.name}" that the operation does not declare; declare it or remove the key.`,
          at: child(integration.loc, 'cacheKeyParameters', i),
        })
      })
    }
  },
}
export default rule
