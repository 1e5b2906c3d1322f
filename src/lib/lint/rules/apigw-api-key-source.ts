// Basis (x-amazon-apigateway-api-key-source property): "Valid values are: HEADER for receiving the API key from the
// X-API-Key header of a request. AUTHORIZER for receiving the API key from the UsageIdentifierKey from a Lambda
// authorizer."
import {targetsRest} from '../../gateway/api-kind.js'
import type {Rule} from '../types.js'

const KEY = 'x-amazon-apigateway-api-key-source'

const rule: Rule = {
  id: 'apigw-api-key-source',
  category: 'gateway',
  description: 'x-amazon-apigateway-api-key-source must be HEADER or AUTHORIZER.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-api-key-source.html',
  check(ctx) {
    if (!targetsRest(ctx)) return
    const v = ctx.index.root[KEY]
    if (v === undefined || v === 'HEADER' || v === 'AUTHORIZER') return
    ctx.report({message: `${KEY} is ${JSON.stringify(v)}; use HEADER (the X-API-Key header) or AUTHORIZER (the Lambda authorizer's usageIdentifierKey).`, at: {file: ctx.spec.root, pointer: '/' + KEY}})
  },
}
export default rule
