// Basis (x-amazon-apigateway-binary-media-types property): "Specifies the list of binary media types to be supported
// by API Gateway, such as application/octet-stream and image/jpeg. This extension is a JSON array. It should be included
// as a top-level vendor extension to the OpenAPI document."
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const KEY = 'x-amazon-apigateway-binary-media-types'
const MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+*-]+\/[A-Za-z0-9!#$&^_.+*-]+$/

const rule: Rule = {
  id: 'apigw-binary-media-types',
  category: 'gateway',
  description: 'x-amazon-apigateway-binary-media-types must be a top-level list of media types such as image/png or */*.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-binary-media-types.html',
  check(ctx) {
    const at = {file: ctx.spec.root, pointer: '/' + KEY}
    const v = ctx.index.root[KEY]
    if (v !== undefined) {
      if (!Array.isArray(v)) ctx.report({message: `${KEY} must be a list of media types, for example [image/png, application/octet-stream].`, at})
      else {
        v.forEach((t, i) => {
          if (typeof t === 'string' && MEDIA_TYPE.test(t)) return
          ctx.report({message: `${JSON.stringify(t)} in ${KEY} is not a media type of the form type/subtype.`, at: child(at, i)})
        })
      }
    }
    // Placed in info (a common slip) it is not read at all.
    const info = ctx.index.root['info']
    if (isObject(info) && info[KEY] !== undefined) {
      ctx.report({message: `${KEY} under info is ignored; move it to the top level of the document.`, at: {file: ctx.spec.root, pointer: '/info/' + KEY}})
    }
  },
}
export default rule
