// Basis (x-amazon-apigateway-cors object): "Specifies the cross-origin resource sharing (CORS) configuration for an
// HTTP API. The extension applies to the root-level OpenAPI structure"; allowOrigins, allowMethods, allowHeaders and
// exposeHeaders are arrays, allowCredentials a Boolean, maxAge an integer.
import {HTTP_METHODS, child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const KEY = 'x-amazon-apigateway-cors'
const ARRAYS = ['allowOrigins', 'allowMethods', 'allowHeaders', 'exposeHeaders'] as const
const KNOWN = new Set<string>([...ARRAYS, 'allowCredentials', 'maxAge'])

const rule: Rule = {
  id: 'apigw-cors-configuration',
  category: 'gateway',
  description: 'x-amazon-apigateway-cors must be a root-level object with list-valued allow*/expose* fields, a boolean allowCredentials and an integer maxAge.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-cors-configuration.html',
  check(ctx) {
    const v = ctx.index.root[KEY]
    const at = {file: ctx.spec.root, pointer: '/' + KEY}
    if (v === undefined) return
    if (!isObject(v)) return ctx.report({message: `${KEY} must be an object with allowOrigins, allowMethods, allowHeaders and the like.`, at})
    for (const key of Object.keys(v)) {
      if (!KNOWN.has(key)) ctx.report({message: `${KEY} has no field "${key}"; known fields are ${[...KNOWN].join(', ')}.`, at: child(at, key)})
    }
    for (const key of ARRAYS) {
      const list = v[key]
      if (list !== undefined && !(Array.isArray(list) && list.every((x) => typeof x === 'string'))) {
        ctx.report({message: `${key} must be a list of strings.`, at: child(at, key)})
      }
    }
    const methods = v['allowMethods']
    if (Array.isArray(methods)) {
      methods.forEach((mth, i) => {
        if (typeof mth !== 'string' || mth === '*' || (HTTP_METHODS as readonly string[]).includes(mth.toLowerCase())) return
        ctx.report({message: `allowMethods has "${mth}", which is not an HTTP method or "*".`, at: child(at, 'allowMethods', i)})
      })
    }
    if (v['allowCredentials'] !== undefined && typeof v['allowCredentials'] !== 'boolean') ctx.report({message: 'allowCredentials must be true or false.', at: child(at, 'allowCredentials')})
    const age = v['maxAge']
    if (age !== undefined && !(typeof age === 'number' && Number.isInteger(age) && age >= 0)) ctx.report({message: 'maxAge must be a whole number of seconds.', at: child(at, 'maxAge')})
  },
}
export default rule
