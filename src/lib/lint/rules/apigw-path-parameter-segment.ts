// Basis (Amazon API Gateway important notes for REST APIs): "Path parameters must be separate path segments. For
// example, "resource/{path_parameter_name}" is valid; "resource{path_parameter_name}" is not."
import {targetsRest} from '../../gateway/api-kind.js'
import type {Rule} from '../types.js'

const WHOLE = /^\{[A-Za-z0-9._-]+\+?\}$/

const rule: Rule = {
  id: 'apigw-path-parameter-segment',
  category: 'gateway',
  description: 'A REST API path parameter must be a whole path segment (`/items/{id}`, not `/items/id-{id}` or `/{a}{b}`).',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  check(ctx) {
    if (!targetsRest(ctx)) return
    for (const p of ctx.index.paths) {
      if (p.kind !== 'path') continue
      const bad = p.path.split('/').find((s) => (s.includes('{') || s.includes('}')) && !WHOLE.test(s))
      if (bad === undefined) continue
      ctx.report({
        message: `Path "${p.path}" has the segment "${bad}", but API Gateway needs each path parameter to be a whole segment such as "/{id}"; split it or move the fixed text into its own segment.`,
        at: p.refLoc ?? p.loc,
      })
    }
  },
}
export default rule
