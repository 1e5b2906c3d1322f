// Basis (Amazon API Gateway important notes for REST APIs): "Model names can only contain alphanumeric characters."
// REST import turns each schema in `definitions` / `components/schemas` into a model of the same name.
import {targetsRest} from '../../gateway/api-kind.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-model-name',
  category: 'gateway',
  description: 'Schema names become REST API model names, which may only contain letters and digits.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  check(ctx) {
    if (!targetsRest(ctx)) return
    const schemas = ctx.index.components.get(ctx.version === '2.0' ? 'definitions' : 'schemas')
    for (const [name, s] of schemas ?? []) {
      if (/^[A-Za-z0-9]+$/.test(name)) continue
      ctx.report({
        message: `Schema "${name}" cannot become an API Gateway model, whose names are letters and digits only; rename it to "${name.replace(/[^A-Za-z0-9]/g, '') || 'Model'}" or similar.`,
        at: s.loc,
      })
    }
  },
}
export default rule
