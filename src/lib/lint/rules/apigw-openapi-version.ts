// Basis: "API Gateway supports OpenAPI v2.0 and OpenAPI v3.0 definition files" for REST import, and HTTP APIs are
// created "by importing an OpenAPI 3.0 definition file" (a Swagger 2.0 document is an import error).
import {apiKind} from '../../gateway/api-kind.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-openapi-version',
  category: 'gateway',
  description: 'API Gateway imports Swagger 2.0 and OpenAPI 3.0 for REST APIs and only OpenAPI 3.0 for HTTP APIs; OpenAPI 3.1 is rejected.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html',
  check(ctx) {
    const kind = apiKind(ctx)
    const key = ctx.version === '2.0' ? 'swagger' : 'openapi'
    const at = {file: ctx.spec.root, pointer: '/' + key}
    const written = String(ctx.index.root[key])
    if (ctx.version === '3.1') {
      ctx.report({message: `API Gateway cannot import OpenAPI ${written}; convert the document to OpenAPI 3.0 (or Swagger 2.0 for a REST API).`, at})
    } else if (ctx.version === '2.0' && kind === 'http') {
      ctx.report({message: `HTTP APIs import only OpenAPI 3.0, not Swagger ${written}; convert the document to OpenAPI 3.0.`, at})
    }
  },
}
export default rule
