// Basis: API Gateway imports OpenAPI 3.0 (and Swagger 2.0 for REST APIs), so `apix export` and deploy convert a 3.1
// document to 3.0 (src/lib/gateway/convert.ts). What the conversion cannot carry over is listed here, at the line the
// spec writes it, so nothing is lost silently.
import {bundle} from '../../spec/bundle.js'
import {toOas30} from '../../gateway/convert.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-openapi-31-conversion',
  category: 'gateway',
  description: 'OpenAPI 3.1 constructs that lose meaning when apix converts the document to the OpenAPI 3.0 API Gateway imports (webhooks, tuples, if/then/else, a type list of several types...).',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html',
  versions: ['3.1'],
  checksSpec: true,
  check(ctx) {
    const bundled = bundle(ctx.spec)
    for (const loss of toOas30(bundled.document).losses) {
      const at = bundled.origin(loss.pointer) ?? {file: ctx.spec.root, pointer: ''}
      ctx.report({message: `${loss.message} (API Gateway imports OpenAPI 3.0; apix export converts the document).`, at})
    }
  },
}
export default rule
