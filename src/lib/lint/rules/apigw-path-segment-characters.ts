// Basis (Amazon API Gateway important notes for REST APIs): "Path segments can only contain alphanumeric characters,
// hyphens, periods, commas, and curly braces." The service also accepts underscores and colons (its CreateResource
// error names `a-zA-Z0-9._-`; colons work since 2022), so those pass here too.
import {targetsRest} from '../../gateway/api-kind.js'
import type {Rule} from '../types.js'

const ALLOWED = /[A-Za-z0-9._,:-]/

const rule: Rule = {
  id: 'apigw-path-segment-characters',
  category: 'gateway',
  description: 'REST API resource path segments may only contain letters, digits, `-`, `.`, `_`, `,`, `:` and a whole-segment `{parameter}`.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  check(ctx) {
    if (!targetsRest(ctx)) return
    for (const p of ctx.index.paths) {
      if (p.kind !== 'path') continue
      const bad = new Set<string>()
      for (const segment of p.path.split('/')) {
        // Braced parts are the business of apigw-path-parameter-segment.
        for (const ch of segment.replace(/\{[^}]*\}/g, '')) if (!ALLOWED.test(ch)) bad.add(ch)
      }
      if (bad.size === 0) continue
      const list = [...bad].map((c) => `"${c}"`).join(', ')
      ctx.report({
        message: `Path "${p.path}" contains ${list}, which API Gateway does not allow in a resource path; use letters, digits, "-", ".", "_", "," or ":".`,
        at: p.refLoc ?? p.loc,
      })
    }
  },
}
export default rule
