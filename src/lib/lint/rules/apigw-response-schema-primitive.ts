// Basis (Amazon API Gateway important notes for REST APIs): "In method responses, schema definition must be of an
// object type and cannot be of primitive types. For example, "schema": { "type": "string"} is not supported. However,
// you can work around this using the following object type: "schema": { "$ref": "#/definitions/StringResponse" }".
import {targetsRest} from '../../gateway/api-kind.js'
import {gatewayMethods} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {NodeLocation} from '../../spec/loader.js'
import type {Rule} from '../types.js'

const PRIMITIVES = new Set(['string', 'number', 'integer', 'boolean'])

const rule: Rule = {
  id: 'apigw-response-schema-primitive',
  category: 'gateway',
  description: 'REST API method responses cannot have an inline primitive schema (`type: string`); reference a named schema instead.',
  defaultSeverity: 'warning',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  check(ctx) {
    if (!targetsRest(ctx)) return
    const inspect = (schema: unknown, at: NodeLocation, label: string) => {
      if (!isObject(schema) || schema['$ref'] !== undefined) return
      const type = schema['type']
      // OpenAPI 3.1 spells a nullable primitive as a type array (`[string, 'null']`); it is still a primitive schema.
      const named = typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((t) => t !== 'null') : []
      if (named.length === 0 || !named.every((t) => typeof t === 'string' && PRIMITIVES.has(t))) return
      const shown = Array.isArray(type) ? `[${type.join(', ')}]` : String(type)
      ctx.report({
        message: `${label} has an inline \`type: ${shown}\` schema, which API Gateway does not support in method responses; move it to a named schema and \`$ref\` it.`,
        at: child(at, 'type'),
      })
    }
    for (const m of gatewayMethods(ctx.index)) {
      const responses = m.value['responses']
      if (!isObject(responses)) continue
      for (const [status, raw] of Object.entries(responses)) {
        if (status.startsWith('x-')) continue
        const r = ctx.index.resolve(raw, child(m.loc, 'responses', status))
        if (!isObject(r.value)) continue
        const label = `Response ${status} of ${m.label}`
        if (ctx.version === '2.0') inspect(r.value['schema'], child(r.loc, 'schema'), label)
        const content = r.value['content']
        if (!isObject(content)) continue
        for (const [mt, media] of Object.entries(content)) {
          if (isObject(media)) inspect(media['schema'], child(r.loc, 'content', mt, 'schema'), `${label} (${mt})`)
        }
      }
    }
  },
}
export default rule
