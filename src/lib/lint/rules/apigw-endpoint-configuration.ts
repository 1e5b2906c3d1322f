// Basis (x-amazon-apigateway-endpoint-configuration object): it belongs at the top level for Swagger 2.0 and "under
// the vendor extensions of the Server object" for OpenAPI 3.0; disableExecuteApiEndpoint is a Boolean; vpcEndpointIds
// "An array of String ... only supported for REST APIs the PRIVATE endpoint type"; ipAddressType ipv4 or dualstack.
import {apiKind, restEndpointType} from '../../gateway/api-kind.js'
import {child, isObject} from '../../spec/model.js'
import type {NodeLocation} from '../../spec/loader.js'
import type {Rule} from '../types.js'

const KEY = 'x-amazon-apigateway-endpoint-configuration'

const rule: Rule = {
  id: 'apigw-endpoint-configuration',
  category: 'gateway',
  description: 'x-amazon-apigateway-endpoint-configuration must sit where the version expects it and have valid fields (vpcEndpointIds only for PRIVATE REST APIs).',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html',
  check(ctx) {
    const rootAt: NodeLocation = {file: ctx.spec.root, pointer: '/' + KEY}
    const places: Array<{value: unknown; at: NodeLocation}> = []
    if (ctx.version === '2.0') places.push({value: ctx.index.root[KEY], at: rootAt})
    else {
      if (ctx.index.root[KEY] !== undefined) {
        ctx.report({message: `In OpenAPI 3 documents API Gateway reads ${KEY} from a server object, not the top level; move it under servers[0].`, at: rootAt})
      }
      const servers = ctx.index.root['servers']
      if (Array.isArray(servers)) servers.forEach((s, i) => isObject(s) && places.push({value: s[KEY], at: {file: ctx.spec.root, pointer: `/servers/${i}/${KEY}`}}))
    }
    const kind = apiKind(ctx)
    for (const {value, at} of places) {
      if (value === undefined) continue
      if (!isObject(value)) {
        ctx.report({message: `${KEY} must be an object.`, at})
        continue
      }
      const d = value['disableExecuteApiEndpoint']
      if (d !== undefined && typeof d !== 'boolean') ctx.report({message: 'disableExecuteApiEndpoint must be true or false.', at: child(at, 'disableExecuteApiEndpoint')})
      const ids = value['vpcEndpointIds']
      if (ids !== undefined) {
        if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) {
          ctx.report({message: 'vpcEndpointIds must be a list of VPC endpoint ids (vpce-...).', at: child(at, 'vpcEndpointIds')})
        } else if (kind === 'http' || restEndpointType(ctx) !== 'PRIVATE') {
          const what = kind === 'http' ? 'an HTTP API' : `a ${restEndpointType(ctx)} REST API`
          ctx.report({message: `vpcEndpointIds applies only to PRIVATE REST APIs, and this is ${what}; remove it or set api.endpointType to PRIVATE.`, at: child(at, 'vpcEndpointIds')})
        }
      }
      const ip = value['ipAddressType']
      if (ip !== undefined && ip !== 'ipv4' && ip !== 'dualstack') ctx.report({message: `ipAddressType is ${JSON.stringify(ip)}; use ipv4 or dualstack.`, at: child(at, 'ipAddressType')})
    }
  },
}
export default rule
