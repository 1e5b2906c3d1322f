// Basis (x-amazon-apigateway-request-validator property): "Specifies a request validator, by referencing a
// request_validator_name of the x-amazon-apigateway-request-validators object map ... This extension can be specified
// at the API level or at the method level."
import {targetsRest} from '../../gateway/api-kind.js'
import {gatewayMethods} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {NodeLocation} from '../../spec/loader.js'
import type {Rule} from '../types.js'

const VALIDATOR = 'x-amazon-apigateway-request-validator'

const rule: Rule = {
  id: 'apigw-request-validator-reference',
  category: 'gateway',
  description: 'x-amazon-apigateway-request-validator must name a validator defined in x-amazon-apigateway-request-validators.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validator.html',
  check(ctx) {
    if (!targetsRest(ctx)) return
    const map = ctx.index.root['x-amazon-apigateway-request-validators']
    const defined = isObject(map) ? Object.keys(map) : []
    const check = (value: unknown, at: NodeLocation, where: string) => {
      if (value === undefined || (typeof value === 'string' && defined.includes(value))) return
      const known = defined.length > 0 ? `defined validators: ${defined.map((d) => `"${d}"`).join(', ')}` : 'the document defines no x-amazon-apigateway-request-validators'
      ctx.report({message: `The request validator ${typeof value === 'string' ? `"${value}"` : 'value'} of ${where} is not defined (${known}).`, at})
    }
    check(ctx.index.root[VALIDATOR], {file: ctx.spec.root, pointer: '/' + VALIDATOR}, 'the API')
    for (const m of gatewayMethods(ctx.index)) check(m.value[VALIDATOR], child(m.loc, VALIDATOR), m.label)
  },
}
export default rule
