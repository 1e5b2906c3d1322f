import {describe, expect, it} from 'vitest'
import {schemaProperties} from '../../../src/lib/diff/checks/schema-properties.js'
import {changeIds, oas, parameter, requestBody, responseBody, runCases} from '../helpers.js'

const obj = (props: Record<string, unknown>, required: string[] = []) => ({type: 'object', properties: props, ...(required.length ? {required} : {})})
const s = {type: 'string'}
const i = {type: 'integer'}
const deep = (schema: unknown) => parameter(schema, {style: 'deepObject', explode: true})

runCases(schemaProperties, [
  {id: 'request-body-property-removed', base: requestBody(obj({name: s, nickname: s})), revision: requestBody(obj({name: s})), twin: {base: requestBody(obj({name: s, id: {type: 'string', readOnly: true}})), revision: requestBody(obj({name: s}))}},
  {id: 'response-body-property-removed', base: responseBody(obj({id: i, owner: s})), revision: responseBody(obj({id: i})), twin: {base: responseBody(obj({id: i, secret: {type: 'string', writeOnly: true}})), revision: responseBody(obj({id: i}))}},
  {id: 'request-parameter-property-removed', base: deep(obj({from: s, to: s})), revision: deep(obj({from: s})), twin: {base: deep(obj({from: s})), revision: deep(obj({from: s, to: s}))}},

  {id: 'request-body-property-added', base: requestBody(obj({title: s})), revision: requestBody(obj({title: s, tags: {type: 'array', items: s}})), twin: {base: requestBody(obj({title: s})), revision: requestBody(obj({title: s, created: {type: 'string', readOnly: true}}))}},
  {id: 'response-body-property-added', base: responseBody(obj({count: i})), revision: responseBody(obj({count: i, next: s})), twin: {base: responseBody(obj({count: i})), revision: responseBody(obj({count: i, password: {type: 'string', writeOnly: true}}))}},
  {id: 'request-parameter-property-added', base: deep(obj({min: i})), revision: deep(obj({min: i, max: i})), twin: {base: deep(obj({min: i, max: i})), revision: deep(obj({min: i}))}},

  {id: 'request-body-required-property-added', base: requestBody(obj({email: s}, ['email'])), revision: requestBody(obj({email: s, phone: s}, ['email', 'phone'])), twin: {base: requestBody(obj({email: s}, ['email'])), revision: requestBody(obj({email: s, phone: s}, ['email']))}},
  {id: 'response-body-required-property-added', base: responseBody(obj({id: s}, ['id'])), revision: responseBody(obj({id: s, etag: s}, ['id', 'etag'])), twin: {base: responseBody(obj({id: s, etag: s}, ['id', 'etag'])), revision: responseBody(obj({id: s}, ['id']))}},
  {id: 'request-parameter-required-property-added', base: deep(obj({lat: {type: 'number'}}, ['lat'])), revision: deep(obj({lat: {type: 'number'}, lng: {type: 'number'}}, ['lat', 'lng'])), twin: {base: deep(obj({lat: {type: 'number'}}, ['lat'])), revision: deep(obj({lat: {type: 'number'}, lng: {type: 'number'}}, ['lat']))}},

  {id: 'request-body-property-became-required', base: requestBody(obj({age: i})), revision: requestBody(obj({age: i}, ['age'])), twin: {base: requestBody(obj({age: {type: 'integer', readOnly: true}})), revision: requestBody(obj({age: {type: 'integer', readOnly: true}}, ['age']))}},
  {id: 'response-body-property-became-required', base: responseBody(obj({total: i})), revision: responseBody(obj({total: i}, ['total'])), twin: {base: responseBody(obj({total: i}, ['total'])), revision: responseBody(obj({total: i, page: i}, ['total']))}},
  {id: 'request-parameter-property-became-required', base: deep(obj({key: s})), revision: deep(obj({key: s}, ['key'])), twin: {base: deep(obj({key: s}, ['key'])), revision: deep(obj({key: s}))}},

  {id: 'request-body-property-became-optional', base: requestBody(obj({zip: s}, ['zip'])), revision: requestBody(obj({zip: s})), twin: {base: requestBody(obj({zip: s})), revision: requestBody(obj({zip: s}, ['zip']))}},
  {id: 'response-body-property-became-optional', base: responseBody(obj({price: {type: 'number'}}, ['price'])), revision: responseBody(obj({price: {type: 'number'}})), twin: {base: responseBody(obj({token: {type: 'string', writeOnly: true}}, ['token'])), revision: responseBody(obj({token: {type: 'string', writeOnly: true}}))}},
  {id: 'request-parameter-property-became-optional', base: deep(obj({page: i}, ['page'])), revision: deep(obj({page: i})), twin: {base: deep(obj({page: i})), revision: deep(obj({page: i}, ['page']))}},

  {id: 'request-body-property-became-read-only', base: requestBody(obj({status: s})), revision: requestBody(obj({status: {type: 'string', readOnly: true}})), twin: {base: requestBody(obj({status: s})), revision: requestBody(obj({status: {type: 'string', writeOnly: true}}))}},
  {id: 'response-body-property-became-read-only', base: responseBody(obj({createdAt: s})), revision: responseBody(obj({createdAt: {type: 'string', readOnly: true}})), twin: {base: responseBody(obj({createdAt: {type: 'string', readOnly: true}})), revision: responseBody(obj({createdAt: s}))}},
  {id: 'request-body-property-became-write-only', base: requestBody(obj({pin: s})), revision: requestBody(obj({pin: {type: 'string', writeOnly: true}})), twin: {base: requestBody(obj({pin: {type: 'string', writeOnly: true}})), revision: requestBody(obj({pin: s}))}},
  {id: 'response-body-property-became-write-only', base: responseBody(obj({password: s})), revision: responseBody(obj({password: {type: 'string', writeOnly: true}})), twin: {base: responseBody(obj({password: s})), revision: responseBody(obj({password: {type: 'string', readOnly: true}}))}},

  {id: 'request-body-property-deprecated', base: requestBody(obj({legacyId: s})), revision: requestBody(obj({legacyId: {type: 'string', deprecated: true}})), twin: {base: requestBody(obj({legacyId: {type: 'string', deprecated: true}})), revision: requestBody(obj({legacyId: s}))}},
  {id: 'response-body-property-deprecated', base: responseBody(obj({oldName: s})), revision: responseBody(obj({oldName: {type: 'string', deprecated: true}})), twin: {base: responseBody(obj({oldName: s})), revision: responseBody(obj({oldName: {type: 'string', description: 'use name'}}))}},
  {id: 'request-parameter-property-deprecated', base: deep(obj({sortBy: s})), revision: deep(obj({sortBy: {type: 'string', deprecated: true}})), twin: {base: deep(obj({sortBy: s})), revision: deep(obj({sortBy: {type: 'string', maxLength: 20}}))}},
])

describe('schema-properties: comparing meaning', () => {
  it('finds changes below array items and through $ref, and terminates on cycles', async () => {
    const node = (extra: Record<string, unknown>) => ({type: 'object', properties: {value: {type: 'integer'}, children: {type: 'array', items: {$ref: '#/components/schemas/Node'}}, ...extra}})
    const doc = (n: unknown) => oas({'/tree': {get: {responses: {'200': {description: 'OK', content: {'application/json': {schema: {$ref: '#/components/schemas/Node'}}}}}}}}, {components: {schemas: {Node: n}}})
    const report = await changeIds(doc(node({label: {type: 'string'}})), doc(node({})))
    expect(report).toEqual(['response-body-property-removed'])
  })

  it('treats $ref and the same schema inline as no change', async () => {
    const pet = {type: 'object', required: ['id'], properties: {id: {type: 'integer'}}}
    const viaRef = oas({'/pets': {get: {responses: {'200': {description: 'OK', content: {'application/json': {schema: {$ref: '#/components/schemas/Pet'}}}}}}}}, {components: {schemas: {Pet: pet}}})
    expect(await changeIds(viaRef, responseBody(pet))).toEqual([])
  })

  it('reads allOf flattened: moving properties into an allOf member is no change', async () => {
    const flat = {type: 'object', required: ['id', 'name'], properties: {id: {type: 'integer'}, name: {type: 'string'}}}
    const split = {allOf: [{type: 'object', required: ['id'], properties: {id: {type: 'integer'}}}, {type: 'object', required: ['name'], properties: {name: {type: 'string'}}}]}
    expect(await changeIds(requestBody(flat), requestBody(split))).toEqual([])
    expect(await changeIds(responseBody(split), responseBody(flat))).toEqual([])
  })
})
