// Basis: REST API quotas "Resources per API: 300"; HTTP API quotas "Routes per API: 300" (both can be increased on
// request, so going over is a warning until the increase is granted).
import {apiKind} from '../../gateway/api-kind.js'
import {HTTP_ROUTES_PER_API, REST_RESOURCES_PER_API} from '../../gateway/aws-limits.js'
import {gatewayMethods, restResources} from '../../gateway/extensions.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'apigw-resource-quota',
  category: 'gateway',
  description: `A REST API may have ${REST_RESOURCES_PER_API} resources and an HTTP API ${HTTP_ROUTES_PER_API} routes before a quota increase is needed.`,
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
  check(ctx) {
    const at = {file: ctx.spec.root, pointer: '/paths'}
    if (apiKind(ctx) === 'http') {
      const routes = gatewayMethods(ctx.index).length
      if (routes > HTTP_ROUTES_PER_API) ctx.report({message: `The API has ${routes} routes, over the HTTP API quota of ${HTTP_ROUTES_PER_API}; request a "Routes per API" increase or split the API.`, at})
      return
    }
    const resources = restResources(ctx.index.paths.filter((p) => p.kind === 'path').map((p) => p.path)).size
    if (resources > REST_RESOURCES_PER_API) {
      ctx.report({message: `Import would create ${resources} resources (paths and their parent segments), over the REST API quota of ${REST_RESOURCES_PER_API}; request a "Resources per API" increase or split the API.`, at})
    }
  },
}
export default rule
