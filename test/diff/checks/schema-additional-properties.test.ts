import {describe, expect, it} from 'vitest'
import {schemaAdditionalProperties} from '../../../src/lib/diff/checks/schema-additional-properties.js'
import {changeIds, diffDocs, parameter, requestBody, responseBody, responseHeader, runCases, type Doc} from '../helpers.js'

const obj = (properties: Record<string, unknown>, extra: Doc = {}) => ({type: 'object', properties, ...extra})
const str = {type: 'string'}
const int = {type: 'integer'}
/** A query parameter `filter` serialized as a deep object. */
const deep = (schema: unknown) => parameter(schema, {name: 'filter', style: 'deepObject', explode: true})

runCases(schemaAdditionalProperties, [
  {id: 'request-body-additional-properties-narrowed', base: requestBody(obj({name: str})), revision: requestBody(obj({name: str}, {additionalProperties: false})), twin: {base: requestBody(obj({name: str}, {additionalProperties: false})), revision: requestBody(obj({name: str}))}},
  // Extra properties whose schema became false; the twin narrows inside that schema, which is the other families' business.
  {id: 'response-body-additional-properties-narrowed', base: responseBody({type: 'object', additionalProperties: str}), revision: responseBody({type: 'object', additionalProperties: false}), twin: {base: responseBody({type: 'object', additionalProperties: str}), revision: responseBody({type: 'object', additionalProperties: {type: 'string', maxLength: 10}})}},
  // From "anything" to "integers only"; the twin writes "anything" another way.
  {id: 'request-parameter-additional-properties-narrowed', base: deep(obj({from: str})), revision: deep(obj({from: str}, {additionalProperties: int})), twin: {base: deep(obj({from: str})), revision: deep(obj({from: str}, {additionalProperties: {}}))}},

  {id: 'request-body-additional-properties-widened', base: requestBody(obj({qty: int}, {additionalProperties: false})), revision: requestBody(obj({qty: int}, {additionalProperties: str})), twin: {base: requestBody(obj({qty: int}, {additionalProperties: str})), revision: requestBody(obj({qty: int}, {additionalProperties: {not: {}}}))}},
  {id: 'response-body-additional-properties-widened', base: responseBody(obj({id: str}, {additionalProperties: false})), revision: responseBody(obj({id: str})), twin: {base: responseBody(obj({id: str})), revision: responseBody(obj({id: str}, {additionalProperties: false}))}},
  {id: 'request-parameter-additional-properties-widened', base: deep({type: 'object', additionalProperties: int}), revision: deep({type: 'object'}), twin: {base: deep({type: 'object', additionalProperties: int}), revision: deep({type: 'object', additionalProperties: {type: 'integer', description: 'a count'}})}},
])

describe('schema-additional-properties: recursion and meaning', () => {
  it('compares the schemas of extra properties, under the segment {}', async () => {
    const report = await diffDocs(responseBody(obj({labels: {type: 'object', additionalProperties: {type: 'string', maxLength: 64}}})), responseBody(obj({labels: {type: 'object', additionalProperties: {type: 'string', maxLength: 128}}})))
    const hit = report.changes.find((c) => c.id === 'response-body-max-length-increased')
    expect(hit?.message).toBe('response 200 body property `labels.{}`: maxLength increased from 64 to 128')
  })

  it('reads `true`, `{}` and leaving it out as the same', async () => {
    const ids = async (a: Doc, b: Doc) => (await changeIds(a, b)).filter((id) => id.includes('additional-properties'))
    expect(await ids(requestBody(obj({a: str}, {additionalProperties: true})), requestBody(obj({a: str})))).toEqual([])
    expect(await ids(requestBody(obj({a: str}, {additionalProperties: {description: 'anything'}})), requestBody(obj({a: str}, {additionalProperties: true})))).toEqual([])
  })

  it('says what changed', async () => {
    const report = await diffDocs(requestBody(obj({tags: {type: 'object', additionalProperties: str}})), requestBody(obj({tags: {type: 'object', additionalProperties: false}})))
    expect(report.changes.find((c) => c.id === 'request-body-additional-properties-narrowed')?.message).toBe('request body property `tags`: additional properties are no longer allowed (their schema became false)')
  })

  it('does not report response headers (nor throw for an id it has not there)', async () => {
    expect((await changeIds(responseHeader({type: 'object', additionalProperties: false}), responseHeader({type: 'object'}))).filter((id) => id.includes('additional-properties'))).toEqual([])
  })
})
