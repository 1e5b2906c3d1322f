// Basis (Amazon API Gateway important notes for REST APIs): models are JSON Schema draft 4, and "The additionalProperties
// and anyOf fields are not supported in Models", "The example tag is not supported", "exclusiveMinimum is not supported",
// "oneOf is not supported by API Gateway", "The readOnly field is not supported". An OpenAPI 3.1 schema's `examples` list
// is reported with `example`: apix converts a 3.1 document to the 3.0 API Gateway imports, and the conversion writes the
// first of `examples` as `example` (src/lib/gateway/convert.ts) unless `example` is already there.
import {targetsRest} from '../../gateway/api-kind.js'
import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const UNSUPPORTED = ['additionalProperties', 'anyOf', 'oneOf', 'exclusiveMinimum', 'example', 'readOnly'] as const
/** Only body schemas become models; parameter and header schemas are reduced to a type. */
const MODEL_ORIGINS = new Set(['component', 'requestBody', 'response'])

const rule: Rule = {
  id: 'apigw-schema-unsupported-keyword',
  category: 'gateway',
  description: 'REST API models do not support `additionalProperties`, `anyOf`, `oneOf`, `exclusiveMinimum`, `example` (nor an OpenAPI 3.1 `examples` list, converted to one) or `readOnly`.',
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
      const examples = s.value['examples']
      if (ctx.version === '3.1' && s.value['example'] === undefined && Array.isArray(examples) && examples.length > 0) {
        ctx.report({
          message:
            'API Gateway models do not support `example`, and converting this OpenAPI 3.1 document to the 3.0 API Gateway imports writes the first of `examples` as one; leave `examples` out of the document you import and keep them in the documentation copy.',
          at: child(s.loc, 'examples'),
        })
      }
    }
  },
}
export default rule
