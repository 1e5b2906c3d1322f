// Basis (Amazon API Gateway important notes for REST APIs): "Numbers of the Int32 or Int64 type are not supported"
// (shown as `"format": "int32", "type": "number"`) and "Decimal number format type ("format": "decimal") is not
// supported in a schema definition."
import {targetsRest} from '../../gateway/api-kind.js'
import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'
import {schemasWith} from '../schema-kit.js'

const rule: Rule = {
  id: 'apigw-number-format',
  category: 'gateway',
  description: 'API Gateway does not support `type: number` with `format: int32`/`int64`, nor `format: decimal`.',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  check(ctx) {
    if (!targetsRest(ctx)) return
    for (const s of schemasWith(ctx.index, 'format')) {
      const format = s.value['format']
      const type = s.value['type']
      const isNumber = type === 'number' || (Array.isArray(type) && type.includes('number'))
      if (format === 'decimal') {
        ctx.report({message: 'API Gateway does not support `format: decimal`; use `type: number` without a format.', at: child(s.loc, 'format')})
      } else if (isNumber && (format === 'int32' || format === 'int64')) {
        ctx.report({
          message: `API Gateway does not support \`type: number\` with \`format: ${format}\`; use \`type: integer\` for whole numbers or drop the format.`,
          at: child(s.loc, 'format'),
        })
      }
    }
  },
}
export default rule
