// Basis (x-amazon-apigateway-minimum-compression-size): "Specifies the minimum compression size for a REST API. To
// enable compression, specify an integer between 0 and 10485760."
import {targetsRest} from '../../gateway/api-kind.js'
import {MINIMUM_COMPRESSION_SIZE_MAX} from '../../gateway/aws-limits.js'
import type {Rule} from '../types.js'

const KEY = 'x-amazon-apigateway-minimum-compression-size'

const rule: Rule = {
  id: 'apigw-minimum-compression-size',
  category: 'gateway',
  description: `x-amazon-apigateway-minimum-compression-size must be an integer between 0 and ${MINIMUM_COMPRESSION_SIZE_MAX}.`,
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-openapi-minimum-compression-size.html',
  check(ctx) {
    if (!targetsRest(ctx)) return
    const v = ctx.index.root[KEY]
    if (v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MINIMUM_COMPRESSION_SIZE_MAX)) return
    ctx.report({message: `${KEY} is ${JSON.stringify(v)}; give a whole number of bytes between 0 and ${MINIMUM_COMPRESSION_SIZE_MAX}.`, at: {file: ctx.spec.root, pointer: '/' + KEY}})
  },
}
export default rule
