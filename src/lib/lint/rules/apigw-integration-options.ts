// Basis (x-amazon-apigateway-integration object): passthroughBehavior "Supported values are when_no_templates,
// when_no_match, and never"; contentHandling "Valid values are CONVERT_TO_TEXT ... and CONVERT_TO_BINARY";
// connectionType "The valid value is VPC_LINK for private integration or INTERNET, otherwise"; cacheKeyParameters is
// "An array of string"; responses maps selection patterns to response objects whose statusCode is a string.
import {gatewayMethods, integrationOf, oneOfIgnoringCase} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const ENUMS: Record<string, readonly string[]> = {
  passthroughBehavior: ['when_no_match', 'when_no_templates', 'never'],
  contentHandling: ['CONVERT_TO_TEXT', 'CONVERT_TO_BINARY'],
  connectionType: ['INTERNET', 'VPC_LINK'],
}

const rule: Rule = {
  id: 'apigw-integration-options',
  category: 'gateway',
  description: 'x-amazon-apigateway-integration options must have valid values: passthroughBehavior, contentHandling, connectionType, cacheKeyParameters and responses.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
  check(ctx) {
    for (const m of gatewayMethods(ctx.index)) {
      const integration = integrationOf(ctx.index, m)
      if (!integration) continue
      const v = integration.value
      for (const [field, allowed] of Object.entries(ENUMS)) {
        if (v[field] === undefined || oneOfIgnoringCase(v[field], allowed)) continue
        ctx.report({
          message: `The integration of ${m.label} has ${field} "${String(v[field])}"; API Gateway accepts ${allowed.join(', ')}.`,
          at: child(integration.loc, field),
        })
      }
      const keys = v['cacheKeyParameters']
      if (keys !== undefined && !(Array.isArray(keys) && keys.every((k) => typeof k === 'string'))) {
        ctx.report({message: `The integration of ${m.label} has cacheKeyParameters that are not a list of strings.`, at: child(integration.loc, 'cacheKeyParameters')})
      }
      const responses = v['responses']
      if (responses === undefined) continue
      if (!isObject(responses)) {
        ctx.report({message: `The integration responses of ${m.label} must map selection patterns to response objects.`, at: child(integration.loc, 'responses')})
        continue
      }
      for (const [pattern, r] of Object.entries(responses)) {
        const code = isObject(r) ? r['statusCode'] : undefined
        if (typeof code === 'string' ? /^[1-5]\d\d$/.test(code) : typeof code === 'number' && Number.isInteger(code) && code >= 100 && code <= 599) continue
        ctx.report({
          message: `Integration response "${pattern}" of ${m.label} needs a statusCode such as "200" naming the method response it maps to.`,
          at: child(integration.loc, 'responses', pattern),
        })
      }
    }
  },
}
export default rule
