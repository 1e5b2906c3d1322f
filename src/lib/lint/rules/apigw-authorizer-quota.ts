// Basis: REST API quotas "Authorizers per API (AWS Lambda and Amazon Cognito): 10"; HTTP API quotas "Authorizers per
// API: 10" (both increased only through AWS Support).
import {AUTHORIZERS_PER_API} from '../../gateway/aws-limits.js'
import {isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-authorizer-quota',
  category: 'gateway',
  description: `An API may define ${AUTHORIZERS_PER_API} authorizers before a quota increase is needed.`,
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
  check(ctx) {
    const authorizers = [...ctx.index.securitySchemes.values()].filter((s) => isObject(s.value['x-amazon-apigateway-authorizer']))
    if (authorizers.length <= AUTHORIZERS_PER_API) return
    const pointer = ctx.version === '2.0' ? '/securityDefinitions' : '/components/securitySchemes'
    ctx.report({
      message: `The document defines ${authorizers.length} authorizers, over the API Gateway quota of ${AUTHORIZERS_PER_API} per API; reuse authorizers across methods or ask AWS Support for an increase.`,
      at: {file: ctx.spec.root, pointer},
    })
  },
}
export default rule
