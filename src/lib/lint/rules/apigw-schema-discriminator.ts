// Basis (Amazon API Gateway important notes for REST APIs): "The discriminator parameter is not supported in any
// schema object."
import {targetsRest} from '../../gateway/api-kind.js'
import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'
import {schemasWith} from '../schema-kit.js'

const rule: Rule = {
  id: 'apigw-schema-discriminator',
  category: 'gateway',
  description: 'API Gateway REST API models do not support `discriminator`; polymorphic payloads are not validated by it.',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  check(ctx) {
    if (!targetsRest(ctx)) return
    for (const s of schemasWith(ctx.index, 'discriminator')) {
      if (s.value['discriminator'] === undefined) continue
      ctx.report({
        message: 'API Gateway ignores `discriminator` in models; do not rely on it for request validation, or validate the variants in the backend.',
        at: child(s.loc, 'discriminator'),
      })
    }
  },
}
export default rule
