// Basis (x-amazon-apigateway-authorizer object): "type ... This is a required property. For REST APIs, specify token
// ... Specify request ... For HTTP APIs, specify request for a Lambda authorizer ... Specify jwt for a JWT authorizer";
// authorizerUri is the Lambda function's URI; jwtConfiguration "specifies the issuer and audiences for a JWT
// authorizer". Cognito user pool authorizers use `cognito_user_pools` with `providerARNs`.
import {apiKind} from '../../gateway/api-kind.js'
import {isIntrinsic} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const TYPES = {rest: ['token', 'request', 'cognito_user_pools'], http: ['request', 'jwt'], websocket: ['request']} as const

const rule: Rule = {
  id: 'apigw-authorizer-shape',
  category: 'gateway',
  description: 'x-amazon-apigateway-authorizer needs a type valid for the API type and the fields that type requires (authorizerUri, providerARNs, jwtConfiguration).',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html',
  check(ctx) {
    const kind = apiKind(ctx)
    const allowed: readonly string[] = TYPES[kind]
    for (const [name, scheme] of ctx.index.securitySchemes) {
      const raw = scheme.value['x-amazon-apigateway-authorizer']
      if (raw === undefined) continue
      const at = child(scheme.loc, 'x-amazon-apigateway-authorizer')
      if (!isObject(raw)) {
        ctx.report({message: `The authorizer of security scheme "${name}" must be an object with at least a type.`, at})
        continue
      }
      const type = typeof raw['type'] === 'string' ? raw['type'].toLowerCase() : undefined
      if (type === undefined || !allowed.includes(type)) {
        ctx.report({
          message: `The authorizer of "${name}" has type ${raw['type'] === undefined ? 'missing' : `"${String(raw['type'])}"`}; ${kind.toUpperCase()} APIs accept ${allowed.join(', ')}.`,
          at: raw['type'] === undefined ? at : child(at, 'type'),
        })
        continue
      }
      const need = (field: string, what: string, ok: (v: unknown) => boolean) => {
        const v = raw[field]
        if (isIntrinsic(v) || ok(v)) return
        ctx.report({message: `The ${type} authorizer of "${name}" needs ${field} (${what}).`, at: v === undefined ? at : child(at, field)})
      }
      if (type === 'token' || type === 'request') need('authorizerUri', 'the Lambda function invocation URI', (v) => typeof v === 'string' && v.length > 0)
      if (type === 'cognito_user_pools') need('providerARNs', 'a list of Cognito user pool ARNs', (v) => Array.isArray(v) && v.length > 0)
      if (type === 'jwt') need('jwtConfiguration', 'an object with issuer and audience', (v) => isObject(v))
    }
  },
}
export default rule
