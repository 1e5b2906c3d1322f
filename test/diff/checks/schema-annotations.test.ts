import {describe, expect, it} from 'vitest'
import {schemaAnnotations} from '../../../src/lib/diff/checks/schema-annotations.js'
import {familyChecks} from '../../../src/lib/diff/registry.js'
import {diffDocs, oas, parameter, requestBody, responseBody, responseHeader, runCases, swagger, type Doc} from '../helpers.js'

const str = {type: 'string'}
const ok = {'200': {description: 'OK'}}
const ref = (name: string) => ({$ref: `#/components/schemas/${name}`})
const withSchemas = (doc: Doc, schemas: Doc): Doc => ({...doc, components: {schemas}})
const obj = (properties: Doc, extra: Doc = {}) => ({type: 'object', properties, ...extra})

const search = (pageSize: Doc) => requestBody(obj({query: str, pageSize}))
const prices = (currency: Doc) => responseBody(obj({amount: {type: 'number'}, currency}))
const settings = (theme: Doc) => responseBody(obj({theme}))
const signup = (notify: Doc) => requestBody(obj({email: {type: 'string', format: 'email'}, notify}, {required: ['email']}))
const upload = (visibility: Doc) => requestBody(obj({file: {type: 'string', format: 'binary'}, visibility}))
const swaggerQuery = (param: Doc) => swagger({'/pets': {get: {parameters: [{name: 'q', in: 'query', ...param}], responses: ok}}})

const pet = obj({name: str, species: str})
const pets = (Pet: Doc) => withSchemas(requestBody(ref('Pet')), {Pet})
const animals = (Cat: Doc, Dog: Doc) => withSchemas(responseBody({oneOf: [ref('Cat'), ref('Dog')]}), {Cat, Dog})
const cat = obj({meows: {type: 'boolean'}})
const dog = obj({barks: {type: 'boolean'}})

runCases(schemaAnnotations, [
  // default changed
  {id: 'request-body-default-changed', base: search({type: 'integer', default: 20}), revision: search({type: 'integer', default: 50}), twin: {base: search({type: 'integer', default: 20}), revision: search({type: 'integer', default: 20, description: 'results per page'})}},
  {id: 'request-parameter-default-changed', base: parameter({type: 'string', enum: ['asc', 'desc'], default: 'asc'}), revision: parameter({type: 'string', enum: ['asc', 'desc'], default: 'desc'}), twin: {base: swaggerQuery({type: 'string', enum: ['asc', 'desc'], default: 'asc'}), revision: parameter({type: 'string', enum: ['asc', 'desc'], default: 'asc'})}},
  {id: 'response-body-default-changed', base: prices({type: 'string', default: 'USD'}), revision: prices({type: 'string', default: 'EUR'}), twin: {base: settings({type: 'object', default: {dark: true, size: 12}}), revision: settings({type: 'object', default: {size: 12, dark: true}})}},
  {id: 'response-header-default-changed', base: responseHeader({type: 'integer', default: 60}), revision: responseHeader({type: 'integer', default: 120}), twin: {base: responseHeader({type: 'integer', default: 60}), revision: responseHeader({type: 'integer', default: 60, maximum: 3600})}},

  // default added
  {id: 'request-body-default-added', base: signup({type: 'boolean'}), revision: signup({type: 'boolean', default: true}), twin: {base: signup({type: 'boolean', default: true}), revision: signup({type: 'boolean'})}},
  {id: 'request-parameter-default-added', base: parameter({type: 'integer', minimum: 1}), revision: parameter({type: 'integer', minimum: 1, default: 1}), twin: {base: parameter({type: 'integer', minimum: 1, default: 1}), revision: parameter({type: 'integer', minimum: 1, default: 1, maximum: 1000})}},
  {id: 'response-body-default-added', base: responseBody({type: 'array', items: str}), revision: responseBody({type: 'array', items: {type: 'string', default: 'n/a'}}), twin: {base: responseBody({type: 'array', items: {type: 'string', default: 'n/a'}}), revision: responseBody({type: 'array', items: str})}},
  {id: 'response-header-default-added', base: responseHeader({type: 'string', enum: ['hit', 'miss']}), revision: responseHeader({type: 'string', enum: ['hit', 'miss'], default: 'miss'}), twin: {base: responseHeader({type: 'string', enum: ['hit', 'miss']}), revision: responseHeader({type: 'string', enum: ['hit', 'miss', 'stale']})}},

  // default removed
  {id: 'request-body-default-removed', base: upload({type: 'string', enum: ['public', 'private'], default: 'private'}), revision: upload({type: 'string', enum: ['public', 'private']}), twin: {base: upload({type: 'string', enum: ['public', 'private']}), revision: upload({type: 'string', enum: ['public', 'private'], default: 'private'})}},
  {id: 'request-parameter-default-removed', base: swaggerQuery({type: 'integer', default: 10}), revision: swaggerQuery({type: 'integer'}), twin: {base: swaggerQuery({type: 'integer', default: 10}), revision: parameter({type: 'integer', default: 10})}},
  {id: 'response-body-default-removed', base: settings({type: 'string', default: 'light'}), revision: settings(str), twin: {base: settings(str), revision: settings({type: 'string', default: 'light'})}},
  {id: 'response-header-default-removed', base: responseHeader({type: 'boolean', default: false}), revision: responseHeader({type: 'boolean'}), twin: {base: responseHeader({type: 'boolean'}), revision: responseHeader({type: 'boolean', default: false})}},

  // a schema that is not a property deprecated
  {id: 'request-body-schema-deprecated', base: pets(pet), revision: pets({...pet, deprecated: true}), twin: {base: pets(pet), revision: pets(obj({name: str, species: {type: 'string', deprecated: true}}))}},
  {id: 'request-parameter-schema-deprecated', base: parameter({type: 'string', format: 'uuid'}), revision: parameter({type: 'string', format: 'uuid', deprecated: true}), twin: {base: parameter({type: 'string', format: 'uuid'}), revision: parameter({type: 'string', format: 'uuid'}, {deprecated: true})}},
  {id: 'response-body-schema-deprecated', base: animals(cat, dog), revision: animals(cat, {...dog, deprecated: true}), twin: {base: animals(cat, {...dog, deprecated: true}), revision: withSchemas(responseBody({oneOf: [ref('Dog'), ref('Cat')]}), {Cat: cat, Dog: {...dog, deprecated: true}})}},
  {id: 'response-header-schema-deprecated', base: responseHeader({type: 'array', items: {type: 'string'}}), revision: responseHeader({type: 'array', items: {type: 'string', deprecated: true}}), twin: {base: responseHeader({type: 'array', items: {type: 'string'}}), revision: responseHeader({type: 'array', items: {type: 'string'}}, {deprecated: true})}},
])

const ours = new Set(familyChecks(schemaAnnotations).map((d) => d.id))
const fromFamily = async (base: Doc, revision: Doc) => (await diffDocs(base, revision)).changes.filter((c) => ours.has(c.id)).map((c) => [c.id, c.severity, c.message])

describe('schema-annotations', () => {
  it('says what the default was and is', async () => {
    expect(await fromFamily(search({type: 'integer', default: 20}), search({type: 'integer', default: 50}))).toEqual([['request-body-default-changed', 'warning', 'request body property `pageSize`: default changed from 20 to 50']])
  })

  it('does not repeat property-deprecated for a deprecated property', async () => {
    const changes = (await diffDocs(requestBody(obj({nick: str})), requestBody(obj({nick: {type: 'string', deprecated: true}})))).changes
    expect(changes.map((c) => c.id)).toEqual(['request-body-property-deprecated'])
  })

  it('reports a deprecated body schema once, naming its component', async () => {
    expect(await fromFamily(pets(pet), pets({...pet, deprecated: true}))).toEqual([['request-body-schema-deprecated', 'info', 'request body schema `Pet` was deprecated']])
  })

  it('names a deprecated oneOf branch', async () => {
    expect(await fromFamily(animals(cat, dog), animals(cat, {...dog, deprecated: true}))).toEqual([['response-body-schema-deprecated', 'info', 'response 200 body: oneOf branch `Dog` was deprecated']])
  })

  it('swaps direction in callbacks', async () => {
    const hook = (schema: Doc) =>
      oas({
        '/subscribe': {
          post: {
            responses: ok,
            callbacks: {onEvent: {'{$request.body#/url}': {post: {requestBody: {content: {'application/json': {schema: obj({retries: schema})}}}, responses: ok}}}},
          },
        },
      })
    expect(await fromFamily(hook({type: 'integer', default: 3}), hook({type: 'integer', default: 5}))).toEqual([['response-body-default-changed', 'info', 'callback request body property `retries`: default changed from 3 to 5']])
    const whole = (deprecated: boolean) => oas({'/subscribe': {post: {responses: ok, callbacks: {onEvent: {'{$request.body#/url}': {post: {requestBody: {content: {'application/json': {schema: {type: 'object', deprecated}}}}, responses: ok}}}}}}})
    expect(await fromFamily(whole(false), whole(true))).toEqual([['response-body-schema-deprecated', 'info', 'callback request body schema was deprecated']])
  })
})
