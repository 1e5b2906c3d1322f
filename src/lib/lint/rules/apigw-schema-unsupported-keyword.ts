// Basis (Amazon API Gateway important notes for REST APIs): models are JSON Schema draft 4, and "The additionalProperties
// and anyOf fields are not supported in Models", "The example tag is not supported", "exclusiveMinimum is not supported",
// "oneOf is not supported by API Gateway", "The readOnly field is not supported".
import {targetsRest} from '../../gateway/api-kind.js'
import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const UNSUPPORTED = ['additionalProperties', 'anyOf', 'oneOf', 'exclusiveMinimum', 'example', 'readOnly'] as const
/** Only body schemas become models; parameter and header schemas are reduced to a type. */
const MODEL_ORIGINS = new Set(['component', 'requestBody', 'response'])

const rule: Rule = {
  id: 'apigw-schema-unsupported-keyword',
  category: 'gateway',
  description: 'REST API models do not support `additionalProperties`, `anyOf`, `oneOf`, `exclusiveMinimum`, `example` or `readOnly`.',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  check(ctx) {
    if (!targetsRest(ctx)) return
    for (const s of ctx.index.schemas) {
      if (!MODEL_ORIGINS.has(s.origin.kind)) continue
      for (const keyword of UNSUPPORTED) {
        if (s.value[keyword] === undefined) continue
        const descriptive = keyword === 'example' || keyword === 'readOnly'
        ctx.report({
          message: descriptive
            ? `API Gateway models do not support \`${keyword}\`, so leave it out of the document you import and keep it in the documentation copy.`
            : `API Gateway models do not support \`${keyword}\`, so request validation will not apply it; remove it or enforce the constraint in the backend.`,
          at: child(s.loc, keyword),
        })
      }
    }
  },
}
export default rule
