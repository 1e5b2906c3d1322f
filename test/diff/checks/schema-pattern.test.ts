import {describe, expect, it} from 'vitest'
import {schemaPattern} from '../../../src/lib/diff/checks/schema-pattern.js'
import {diffDocs, oas, oas31, parameter, requestBody, responseBody, responseHeader, runCases, swagger, type Doc} from '../helpers.js'

const obj = (properties: Record<string, unknown>) => ({type: 'object', properties})
const str = {type: 'string'}
/** Swagger 2.0 `GET /pets` with query parameter `zip` carrying these schema keywords itself. */
const swaggerQuery = (fields: Doc) => swagger({'/pets': {get: {parameters: [{name: 'zip', in: 'query', ...fields}], responses: {'200': {description: 'OK'}}}}})
/** Swagger 2.0 `GET /pets` whose 200 response has header `X-Api-Version` with these keywords. */
const swaggerHeader = (fields: Doc) => swagger({'/pets': {get: {responses: {'200': {description: 'OK', headers: {'X-Api-Version': fields}}}}}})
/** OpenAPI 3.1 response body. */
const body31 = (schema: Doc) => oas31({'/pets': {get: {responses: {'200': {description: 'OK', content: {'application/json': {schema}}}}}}})
/** A response body whose `color` property is the component `Color`. */
const colorRef = (pattern: string) =>
  oas({'/pets': {get: {responses: {'200': {description: 'OK', content: {'application/json': {schema: obj({color: {$ref: '#/components/schemas/Color'}})}}}}}}}, {components: {schemas: {Color: {type: 'string', pattern}}}})

runCases(schemaPattern, [
  {id: 'request-body-pattern-changed', base: requestBody(obj({sku: {type: 'string', pattern: '^[A-Z]{3}-\\d{4}$'}})), revision: requestBody(obj({sku: {type: 'string', pattern: '^[A-Z]{2}-\\d{6}$'}})), twin: {base: requestBody(obj({sku: {type: 'string', pattern: '^[A-Z]{3}-\\d{4}$'}})), revision: requestBody(obj({sku: {type: 'string', pattern: '^[A-Z]{3}-\\d{4}$', example: 'ABC-1234'}}))}},
  // The twin: a pattern on an integer constrains nothing.
  {id: 'request-parameter-pattern-changed', base: parameter({type: 'string', pattern: '^[a-z]+$'}, {name: 'slug'}), revision: parameter({type: 'string', pattern: '^[a-z0-9-]+$'}, {name: 'slug'}), twin: {base: parameter({type: 'integer', pattern: '^[a-z]+$'}, {name: 'slug'}), revision: parameter({type: 'integer', pattern: '^[a-z0-9-]+$'}, {name: 'slug'})}},
  // The twin: the same pattern through a $ref is no change.
  {id: 'response-body-pattern-changed', base: responseBody(obj({color: {type: 'string', pattern: '^#[0-9a-f]{6}$'}})), revision: responseBody(obj({color: {type: 'string', pattern: '^#[0-9A-F]{6}$'}})), twin: {base: responseBody(obj({color: {type: 'string', pattern: '^#[0-9a-f]{6}$'}})), revision: colorRef('^#[0-9a-f]{6}$')}},
  {id: 'response-header-pattern-changed', base: swaggerHeader({type: 'string', pattern: '^v\\d+$'}), revision: swaggerHeader({type: 'string', pattern: '^v\\d+\\.\\d+$'}), twin: {base: swaggerHeader({type: 'string', pattern: '^v\\d+$'}), revision: swaggerHeader({type: 'string', pattern: '^v\\d+$', description: 'the API version'})}},

  {id: 'request-body-pattern-added', base: requestBody(str), revision: requestBody({type: 'string', pattern: '^\\S+$'}), twin: {base: requestBody({type: 'string', pattern: '^\\S+$'}), revision: requestBody(str)}},
  {id: 'request-parameter-pattern-added', base: swaggerQuery({type: 'string'}), revision: swaggerQuery({type: 'string', pattern: '^[0-9]{5}$'}), twin: {base: swaggerQuery({type: 'string', pattern: '^[0-9]{5}$'}), revision: swaggerQuery({type: 'string'})}},
  {id: 'response-body-pattern-added', base: responseBody(obj({phone: str})), revision: responseBody(obj({phone: {type: 'string', pattern: '^\\+[1-9]\\d{1,14}$'}})), twin: {base: responseBody(obj({phone: {type: 'string', pattern: '^\\+[1-9]\\d{1,14}$'}})), revision: responseBody(obj({phone: str}))}},
  {id: 'response-header-pattern-added', base: responseHeader(str), revision: responseHeader({type: 'string', pattern: '^[a-f0-9]{32}$'}), twin: {base: responseHeader({type: 'string', pattern: '^[a-f0-9]{32}$'}), revision: responseHeader(str)}},

  {id: 'request-body-pattern-removed', base: requestBody(obj({username: {type: 'string', pattern: '^[a-zA-Z0-9_]{3,16}$'}})), revision: requestBody(obj({username: str})), twin: {base: requestBody(obj({username: str})), revision: requestBody(obj({username: {type: 'string', pattern: '^[a-zA-Z0-9_]{3,16}$'}}))}},
  {id: 'request-parameter-pattern-removed', base: parameter({type: 'string', pattern: '^\\d{4}-\\d{2}$'}, {name: 'month'}), revision: parameter(str, {name: 'month'}), twin: {base: parameter(str, {name: 'month'}), revision: parameter({type: 'string', pattern: '^\\d{4}-\\d{2}$'}, {name: 'month'})}},
  {id: 'response-body-pattern-removed', base: body31({type: ['string', 'null'], pattern: '^[A-Z]{2}$'}), revision: body31({type: ['string', 'null']}), twin: {base: body31({type: ['string', 'null']}), revision: body31({type: ['string', 'null'], pattern: '^[A-Z]{2}$'})}},
  {id: 'response-header-pattern-removed', base: responseHeader({type: 'string', pattern: '^W/'}), revision: responseHeader(str), twin: {base: responseHeader(str), revision: responseHeader({type: 'string', pattern: '^W/'})}},
])

describe('schema-pattern: messages', () => {
  it('shows the patterns as written', async () => {
    const report = await diffDocs(parameter({type: 'string', pattern: '^\\d+$'}, {name: 'id'}), parameter({type: 'string', pattern: '^\\d{1,9}$'}, {name: 'id'}))
    expect(report.changes.find((c) => c.id === 'request-parameter-pattern-changed')?.message).toBe('query parameter `id`: pattern changed from `^\\d+$` to `^\\d{1,9}$`')
  })
})
