import {child, isObject} from '../../spec/model.js'
import {checkExamples, testValue} from '../example-validator.js'
import {isJsonMediaType, schemaLabel} from '../schema-kit.js'
import type {Rule} from '../types.js'

const FORM = /^(application\/x-www-form-urlencoded|multipart\/)/i

const rule: Rule = {
  id: 'media-example-valid',
  category: 'style',
  description:
    'Request and response body examples (`example`, `examples/*/value`, 2.0 response `examples`) must be valid against the body schema. ' +
    'readOnly properties need not appear in request examples, nor writeOnly ones in responses; `externalValue` examples are not fetched.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#media-type-object',
  check(ctx) {
    const {index} = ctx
    for (const mt of index.mediaTypes) {
      const schema = mt.value['schema']
      if (schema === undefined) continue
      const textual = !isJsonMediaType(mt.mediaType) && !FORM.test(mt.mediaType)
      checkExamples(ctx, mt.value, mt.loc, schema, child(mt.loc, 'schema'), mt.direction, textual, () => schemaLabel(mt.loc))
    }
    if (ctx.version === '2.0') {
      for (const r of index.responses) {
        const examples = r.value['examples']
        if (r.value['schema'] === undefined || !isObject(examples)) continue
        for (const [mime, value] of Object.entries(examples)) {
          const at = child(r.loc, 'examples', mime)
          testValue(ctx, r.value['schema'], child(r.loc, 'schema'), value, at, true, 'response', !isJsonMediaType(mime), () => `Example for ${schemaLabel(at)}`)
        }
      }
    }
  },
}

export default rule
