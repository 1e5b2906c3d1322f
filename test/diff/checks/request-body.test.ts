import {describe, expect, it} from 'vitest'
import {parameters} from '../../../src/lib/diff/checks/parameters.js'
import {requestBody} from '../../../src/lib/diff/checks/request-body.js'
import {familyChecks} from '../../../src/lib/diff/registry.js'
import {changeIds, diffDocs, oas, oas31, runCases, swagger, type Doc} from '../helpers.js'

const ok = {'200': {description: 'OK'}}
/** `<method> <path>` with this request body (none when undefined). */
const op = (method: string, path: string, body: Doc | undefined, build = oas) => build({[path]: {[method]: {...(body ? {requestBody: body} : {}), responses: ok}}})
const json = (schema: unknown) => ({'application/json': {schema}})
const pet = {type: 'object', properties: {name: {type: 'string'}}, required: ['name']}
const str = {type: 'string'}

runCases(requestBody, [
  {
    id: 'request-body-added-required',
    base: op('post', '/pets', undefined),
    revision: op('post', '/pets', {required: true, content: json(pet)}),
    twin: {base: op('post', '/pets', undefined), revision: op('post', '/pets', {content: json(pet)})},
  },
  {
    id: 'request-body-added-optional',
    base: op('put', '/pets/{petId}/note', undefined),
    revision: op('put', '/pets/{petId}/note', {content: {'text/plain': {schema: {type: 'string', maxLength: 500}}}}),
    twin: {base: op('put', '/pets/{petId}/note', {content: {'text/plain': {schema: {type: 'string', maxLength: 500}}}}), revision: op('put', '/pets/{petId}/note', undefined)},
  },
  {
    id: 'request-body-removed',
    base: op('patch', '/owners/{ownerId}', {content: json({type: 'object', properties: {phone: str, email: str}})}),
    revision: op('patch', '/owners/{ownerId}', undefined),
    twin: {base: op('patch', '/owners/{ownerId}', undefined), revision: op('patch', '/owners/{ownerId}', {content: json({type: 'object', properties: {phone: str, email: str}})})},
  },
  {
    id: 'request-body-became-required',
    base: op('post', '/orders', {required: false, content: json({type: 'object', properties: {sku: str, quantity: {type: 'integer'}}})}),
    revision: op('post', '/orders', {required: true, content: json({type: 'object', properties: {sku: str, quantity: {type: 'integer'}}})}),
    twin: {
      base: op('post', '/orders', {required: true, content: json({type: 'object', properties: {sku: str, quantity: {type: 'integer'}}})}),
      revision: op('post', '/orders', {content: json({type: 'object', properties: {sku: str, quantity: {type: 'integer'}}})}),
    },
  },
  {
    id: 'request-body-became-optional',
    base: swagger({'/stores': {post: {parameters: [{name: 'store', in: 'body', required: true, schema: {type: 'object', properties: {city: str}}}], responses: ok}}}),
    revision: swagger({'/stores': {post: {parameters: [{name: 'store', in: 'body', schema: {type: 'object', properties: {city: str}}}], responses: ok}}}),
    twin: {
      base: swagger({'/stores': {post: {parameters: [{name: 'store', in: 'body', schema: {type: 'object', properties: {city: str}}}], responses: ok}}}),
      revision: swagger({'/stores': {post: {parameters: [{name: 'store', in: 'body', required: true, schema: {type: 'object', properties: {city: str}}}], responses: ok}}}),
    },
  },
  {
    id: 'request-body-media-type-removed',
    base: op('put', '/invoices/{id}', {content: {'application/json': {schema: {type: 'object'}}, 'application/xml': {schema: {type: 'object'}}}}),
    revision: op('put', '/invoices/{id}', {content: {'application/json': {schema: {type: 'object'}}}}),
    // application/* still accepts XML.
    twin: {
      base: op('put', '/invoices/{id}', {content: {'application/json': {schema: {type: 'object'}}, 'application/xml': {schema: {type: 'object'}}}}),
      revision: op('put', '/invoices/{id}', {content: {'application/json': {schema: {type: 'object'}}, 'application/*': {schema: {type: 'object'}}}}),
    },
  },
  {
    id: 'request-body-media-type-added',
    base: op('post', '/imports', {required: true, content: {'text/plain': {schema: str}}}, oas31),
    revision: op('post', '/imports', {required: true, content: {'text/plain': {schema: str}, 'text/csv': {schema: str}}}, oas31),
    // text/csv was already accepted by */*.
    twin: {
      base: op('post', '/imports', {required: true, content: {'*/*': {schema: str}}}, oas31),
      revision: op('post', '/imports', {required: true, content: {'*/*': {schema: str}, 'text/csv': {schema: str}}}, oas31),
    },
  },
  {
    id: 'request-body-encoding-changed',
    base: op('post', '/avatars', {content: {'multipart/form-data': {schema: {type: 'object', properties: {avatar: {type: 'string', format: 'binary'}}}, encoding: {avatar: {contentType: 'image/png'}}}}}),
    revision: op('post', '/avatars', {content: {'multipart/form-data': {schema: {type: 'object', properties: {avatar: {type: 'string', format: 'binary'}}}, encoding: {avatar: {contentType: 'image/jpeg'}}}}}),
    // Accepting more content types for a part keeps the old ones.
    twin: {
      base: op('post', '/avatars', {content: {'multipart/form-data': {schema: {type: 'object', properties: {avatar: {type: 'string', format: 'binary'}}}, encoding: {avatar: {contentType: 'image/png'}}}}}),
      revision: op('post', '/avatars', {content: {'multipart/form-data': {schema: {type: 'object', properties: {avatar: {type: 'string', format: 'binary'}}}, encoding: {avatar: {contentType: 'image/png, image/jpeg'}}}}}),
    },
  },
])

const ids = new Set([...familyChecks(requestBody), ...familyChecks(parameters)].map((d) => d.id))
const ours = async (base: Doc, revision: Doc) => (await changeIds(base, revision)).filter((id) => ids.has(id))

describe('request bodies: comparing by meaning', () => {
  it('Swagger 2.0 body and formData parameters mean the same as OpenAPI 3.0 request bodies', async () => {
    const petDef = {type: 'object', required: ['name'], properties: {name: str, age: {type: 'integer', minimum: 0}}}
    const base = swagger(
      {
        '/pets': {post: {consumes: ['application/json'], parameters: [{name: 'pet', in: 'body', required: true, schema: {$ref: '#/definitions/Pet'}}, {name: 'X-Trace', in: 'header', type: 'string'}], responses: {'201': {description: 'Created'}}}},
        '/pets/{petId}/photo': {
          parameters: [{name: 'petId', in: 'path', required: true, type: 'integer'}],
          put: {
            consumes: ['multipart/form-data'],
            parameters: [
              {name: 'caption', in: 'formData', required: true, type: 'string'},
              {name: 'file', in: 'formData', required: true, type: 'file'},
            ],
            responses: ok,
          },
        },
        '/pets/{petId}/notes': {
          post: {
            consumes: ['application/x-www-form-urlencoded'],
            parameters: [
              {name: 'petId', in: 'path', required: true, type: 'integer'},
              {name: 'text', in: 'formData', required: true, type: 'string'},
              {name: 'labels', in: 'formData', type: 'array', items: str},
              {name: 'flags', in: 'formData', type: 'array', items: str, collectionFormat: 'multi'},
            ],
            responses: ok,
          },
        },
      },
      {definitions: {Pet: petDef}},
    )
    const revision = oas(
      {
        '/pets': {post: {parameters: [{name: 'X-Trace', in: 'header', schema: str}], requestBody: {required: true, content: json({$ref: '#/components/schemas/Pet'})}, responses: {'201': {description: 'Created'}}}},
        '/pets/{petId}/photo': {
          put: {
            parameters: [{name: 'petId', in: 'path', required: true, schema: {type: 'integer'}}],
            requestBody: {required: true, content: {'multipart/form-data': {schema: {type: 'object', required: ['caption', 'file'], properties: {caption: str, file: {type: 'string', format: 'binary'}}}}}},
            responses: ok,
          },
        },
        '/pets/{petId}/notes': {
          parameters: [{name: 'petId', in: 'path', required: true, schema: {type: 'integer'}}],
          post: {
            requestBody: {
              required: true,
              content: {
                'application/x-www-form-urlencoded': {
                  schema: {type: 'object', required: ['text'], properties: {text: str, labels: {type: 'array', items: str}, flags: {type: 'array', items: str}}},
                  encoding: {labels: {style: 'form', explode: false}},
                },
              },
            },
            responses: ok,
          },
        },
      },
      {components: {schemas: {Pet: petDef}}},
    )
    expect(await ours(base, revision)).toEqual([])
    expect(await ours(revision, base)).toEqual([])
  })

  it('a Swagger 2.0 csv formData array read as an exploded OpenAPI 3 form part is an encoding change, located at the parameter', async () => {
    const base = swagger({
      '/surveys': {post: {consumes: ['application/x-www-form-urlencoded'], parameters: [{name: 'title', in: 'formData', type: 'string'}, {name: 'answers', in: 'formData', type: 'array', items: str}], responses: ok}},
    })
    const revision = op('post', '/surveys', {content: {'application/x-www-form-urlencoded': {schema: {type: 'object', properties: {title: str, answers: {type: 'array', items: str}}}}}})
    const report = await diffDocs(base, revision)
    const found = report.changes.filter((c) => ids.has(c.id))
    expect(found.map((c) => [c.id, c.message, c.base?.pointer])).toEqual([
      ['request-body-encoding-changed', 'application/x-www-form-urlencoded part `answers` explode changed from false to true', '/paths/~1surveys/post/parameters/1'],
    ])
  })

  it('a Swagger 2.0 file part and an OpenAPI 3.1 binary part are encoded alike', async () => {
    const base = swagger({'/scans': {post: {consumes: ['multipart/form-data'], parameters: [{name: 'page', in: 'formData', required: true, type: 'file'}, {name: 'lang', in: 'formData', type: 'string'}], responses: ok}}})
    const revision = op('post', '/scans', {required: true, content: {'multipart/form-data': {schema: {type: 'object', required: ['page'], properties: {page: {type: 'string', format: 'binary'}, lang: str}}}}}, oas31)
    expect(await ours(base, revision)).toEqual([])
  })

  it('a Swagger 2.0 body with no consumes is JSON', async () => {
    const base = swagger({'/tags': {post: {parameters: [{name: 'tag', in: 'body', schema: {type: 'object', properties: {label: str}}}], responses: ok}}})
    const revision = op('post', '/tags', {content: json({type: 'object', properties: {label: str}})})
    expect(await ours(base, revision)).toEqual([])
  })

  it('a url-encoded array part that stops exploding is an encoding change; a single value is not', async () => {
    const form = (encoding: Doc) => op('post', '/subscriptions', {content: {'application/x-www-form-urlencoded': {schema: {type: 'object', properties: {topics: {type: 'array', items: str}, plan: str}}, encoding}}})
    expect(await ours(form({}), form({topics: {explode: false}}))).toEqual(['request-body-encoding-changed'])
    expect(await ours(form({}), form({plan: {style: 'spaceDelimited', explode: false}}))).toEqual([])
  })

  it('multipart style is ignored in OpenAPI 3.0 and applies in 3.1', async () => {
    const form = (encoding: Doc, build = oas) => op('post', '/uploads', {content: {'multipart/form-data': {schema: {type: 'object', properties: {ids: {type: 'array', items: {type: 'integer'}}}}, encoding}}}, build)
    expect(await ours(form({}), form({ids: {style: 'pipeDelimited'}}))).toEqual([])
    expect(await ours(form({}, oas31), form({ids: {style: 'pipeDelimited'}}, oas31))).toEqual(['request-body-encoding-changed'])
  })

  it('a part content type written out as its default is no change', async () => {
    const form = (encoding: Doc) =>
      op('put', '/documents/{docId}', {content: {'multipart/form-data': {schema: {type: 'object', properties: {meta: {type: 'object'}, blob: {type: 'string', format: 'binary'}, title: str}}, encoding}}})
    const explicit = {meta: {contentType: 'application/json'}, blob: {contentType: 'application/octet-stream'}, title: {contentType: 'text/plain'}}
    expect(await ours(form({}), form(explicit))).toEqual([])
    const report = await diffDocs(form({}), form({...explicit, meta: {contentType: 'application/yaml'}}))
    const found = report.changes.filter((c) => ids.has(c.id))
    expect(found.map((c) => c.message)).toEqual(['multipart/form-data part `meta` content type changed from application/json to application/yaml'])
  })

  it('a removed body reports only the removal, not each media type', async () => {
    const base = op('delete', '/carts/{cartId}', {content: {'application/json': {schema: {type: 'object'}}, 'application/xml': {schema: {type: 'object'}}}})
    const revision = op('delete', '/carts/{cartId}', undefined)
    expect(await ours(base, revision)).toEqual(['request-body-removed'])
  })
})
