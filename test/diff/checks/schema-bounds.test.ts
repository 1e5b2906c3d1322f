import {describe, expect, it} from 'vitest'
import {schemaBounds} from '../../../src/lib/diff/checks/schema-bounds.js'
import {familyChecks} from '../../../src/lib/diff/registry.js'
import {changeIds, diffDocs, oas, oas31, parameter, requestBody, responseBody, responseHeader, runCases, swagger, type Doc} from '../helpers.js'

const obj = (properties: Record<string, unknown>, extra: Doc = {}) => ({type: 'object', properties, ...extra})
const str = {type: 'string'}
/** Swagger 2.0 `GET /pets` with query parameter `limit` carrying these schema keywords itself. */
const swaggerQuery = (fields: Doc) => swagger({'/pets': {get: {parameters: [{name: 'limit', in: 'query', ...fields}], responses: {'200': {description: 'OK'}}}}})
/** Swagger 2.0 `GET /pets` whose 200 response has header `X-Rate` with these keywords. */
const swaggerHeader = (fields: Doc) => swagger({'/pets': {get: {responses: {'200': {description: 'OK', headers: {'X-Rate': fields}}}}}})
/** OpenAPI 3.1 response header (numeric exclusiveMinimum/exclusiveMaximum). */
const header31 = (schema: Doc) => oas31({'/pets': {get: {responses: {'200': {description: 'OK', headers: {'X-Limit': {schema}}}}}}})
/** OpenAPI 3.1 response body. */
const body31 = (schema: Doc) => oas31({'/pets': {get: {responses: {'200': {description: 'OK', content: {'application/json': {schema}}}}}}})

runCases(schemaBounds, [
  {id: 'request-body-max-length-decreased', base: requestBody(obj({name: {type: 'string', maxLength: 100}})), revision: requestBody(obj({name: {type: 'string', maxLength: 50}})), twin: {base: requestBody(obj({name: {type: 'string', maxLength: 50}})), revision: requestBody(obj({name: {type: 'string', maxLength: 100}}))}},
  {id: 'request-parameter-max-length-decreased', base: parameter(str), revision: parameter({type: 'string', maxLength: 20}), twin: {base: parameter({type: 'string', maxLength: 20}), revision: parameter(str)}},
  {id: 'response-body-max-length-decreased', base: responseBody({type: 'array', items: {type: 'string', maxLength: 255}}), revision: responseBody({type: 'array', items: {type: 'string', maxLength: 64}}), twin: {base: responseBody({type: 'array', items: {type: 'string', maxLength: 255}}), revision: responseBody({type: 'array', items: {type: 'string', maxLength: 255, description: 'a tag'}})}},
  {id: 'response-header-max-length-decreased', base: swaggerHeader({type: 'string', maxLength: 40}), revision: swaggerHeader({type: 'string', maxLength: 16}), twin: {base: swaggerHeader({type: 'string', maxLength: 16}), revision: swaggerHeader({type: 'string', maxLength: 40})}},

  {id: 'request-body-max-length-increased', base: requestBody(obj({bio: {type: 'string', maxLength: 280}})), revision: requestBody(obj({bio: {type: 'string', maxLength: 1000}})), twin: {base: requestBody(obj({bio: {type: 'string', maxLength: 1000}})), revision: requestBody(obj({bio: {type: 'string', maxLength: 280}}))}},
  {id: 'request-parameter-max-length-increased', base: parameter({type: 'string', maxLength: 8}, {name: 'code'}), revision: parameter(str, {name: 'code'}), twin: {base: parameter(str, {name: 'code'}), revision: parameter({type: 'string', maxLength: 8}, {name: 'code'})}},
  {id: 'response-body-max-length-increased', base: responseBody(obj({summary: {type: 'string', maxLength: 140}})), revision: responseBody(obj({summary: {type: 'string', maxLength: 500}})), twin: {base: responseBody(obj({summary: {type: 'string', maxLength: 500}})), revision: responseBody(obj({summary: {type: 'string', maxLength: 140}}))}},
  // The twin: maxLength on an integer means nothing, so changing it is no change.
  {id: 'response-header-max-length-increased', base: responseHeader({type: 'string', maxLength: 36}), revision: responseHeader({type: 'string', maxLength: 64}), twin: {base: responseHeader({type: 'integer', maxLength: 36}), revision: responseHeader({type: 'integer', maxLength: 64})}},

  {id: 'request-body-min-length-increased', base: requestBody(obj({password: {type: 'string', minLength: 8}})), revision: requestBody(obj({password: {type: 'string', minLength: 12}})), twin: {base: requestBody(obj({password: {type: 'string', minLength: 12}})), revision: requestBody(obj({password: {type: 'string', minLength: 8}}))}},
  // The twin: minLength 0 is no bound.
  {id: 'request-parameter-min-length-increased', base: parameter({type: 'string', minLength: 0}), revision: parameter({type: 'string', minLength: 3}), twin: {base: parameter(str), revision: parameter({type: 'string', minLength: 0})}},
  {id: 'response-body-min-length-increased', base: responseBody(str), revision: responseBody({type: 'string', minLength: 1}), twin: {base: responseBody({type: 'string', minLength: 1}), revision: responseBody(str)}},
  {id: 'response-header-min-length-increased', base: responseHeader({type: 'string', minLength: 2}), revision: responseHeader({type: 'string', minLength: 4}), twin: {base: responseHeader({type: 'string', minLength: 2}), revision: responseHeader({type: 'string', minLength: 2}, {description: 'a language tag'})}},

  {id: 'request-body-min-length-decreased', base: requestBody(obj({title: {type: 'string', minLength: 5}})), revision: requestBody(obj({title: {type: 'string', minLength: 1}})), twin: {base: requestBody(obj({title: {type: 'string', minLength: 1}})), revision: requestBody(obj({title: {type: 'string', minLength: 5}}))}},
  {id: 'request-parameter-min-length-decreased', base: swaggerQuery({type: 'string', minLength: 2}), revision: swaggerQuery({type: 'string'}), twin: {base: swaggerQuery({type: 'string', minLength: 2}), revision: swaggerQuery({type: 'string', minLength: 2, description: 'search text'})}},
  {id: 'response-body-min-length-decreased', base: responseBody(obj({code: {type: 'string', minLength: 3}})), revision: responseBody(obj({code: {type: 'string', minLength: 2}})), twin: {base: responseBody(obj({code: {type: 'string', minLength: 2}})), revision: responseBody(obj({code: {type: 'string', minLength: 3}}))}},
  {id: 'response-header-min-length-decreased', base: responseHeader({type: 'string', minLength: 10}), revision: responseHeader(str), twin: {base: responseHeader(str), revision: responseHeader({type: 'string', minLength: 10})}},

  {id: 'request-body-maximum-decreased', base: requestBody(obj({quantity: {type: 'integer', maximum: 100}})), revision: requestBody(obj({quantity: {type: 'integer', maximum: 10}})), twin: {base: requestBody(obj({quantity: {type: 'integer', maximum: 10}})), revision: requestBody(obj({quantity: {type: 'integer', maximum: 100}}))}},
  // Maximum 10 made exclusive is a decrease; for integers, maximum 9 and exclusive maximum 10 are the same.
  {id: 'request-parameter-maximum-decreased', base: parameter({type: 'number', maximum: 10}), revision: parameter({type: 'number', maximum: 10, exclusiveMaximum: true}), twin: {base: parameter({type: 'integer', maximum: 9}), revision: parameter({type: 'integer', maximum: 10, exclusiveMaximum: true})}},
  {id: 'response-body-maximum-decreased', base: responseBody({type: 'number'}), revision: responseBody({type: 'number', maximum: 1}), twin: {base: responseBody({type: 'number', maximum: 1}), revision: responseBody({type: 'number'})}},
  {id: 'response-header-maximum-decreased', base: header31({type: 'integer', exclusiveMaximum: 1000}), revision: header31({type: 'integer', exclusiveMaximum: 500}), twin: {base: header31({type: 'integer', exclusiveMaximum: 500}), revision: header31({type: 'integer', exclusiveMaximum: 1000})}},

  {id: 'request-body-maximum-increased', base: requestBody(obj({discount: {type: 'number', maximum: 50}})), revision: requestBody(obj({discount: {type: 'number', maximum: 75}})), twin: {base: requestBody(obj({discount: {type: 'number', maximum: 75}})), revision: requestBody(obj({discount: {type: 'number', maximum: 50}}))}},
  {id: 'request-parameter-maximum-increased', base: parameter({type: 'integer', maximum: 5, exclusiveMaximum: true}, {name: 'page'}), revision: parameter({type: 'integer', maximum: 5}, {name: 'page'}), twin: {base: parameter({type: 'integer', maximum: 5, exclusiveMaximum: true}, {name: 'page'}), revision: parameter({type: 'integer', maximum: 4}, {name: 'page'})}},
  {id: 'response-body-maximum-increased', base: responseBody(obj({rating: {type: 'number', maximum: 5}})), revision: responseBody(obj({rating: {type: 'number'}})), twin: {base: responseBody(obj({rating: {type: 'number'}})), revision: responseBody(obj({rating: {type: 'number', maximum: 5}}))}},
  {id: 'response-header-maximum-increased', base: swaggerHeader({type: 'integer', maximum: 60}), revision: swaggerHeader({type: 'integer', maximum: 3600}), twin: {base: swaggerHeader({type: 'integer', maximum: 3600}), revision: swaggerHeader({type: 'integer', maximum: 60})}},

  {id: 'request-body-minimum-increased', base: requestBody(obj({age: {type: 'integer', minimum: 0}})), revision: requestBody(obj({age: {type: 'integer', minimum: 18}})), twin: {base: requestBody(obj({age: {type: 'integer', minimum: 18}})), revision: requestBody(obj({age: {type: 'integer', minimum: 0}}))}},
  {id: 'request-parameter-minimum-increased', base: parameter({type: 'integer'}, {name: 'offset'}), revision: parameter({type: 'integer', minimum: 1}, {name: 'offset'}), twin: {base: parameter({type: 'integer', minimum: 1}, {name: 'offset'}), revision: parameter({type: 'integer'}, {name: 'offset'})}},
  {id: 'response-body-minimum-increased', base: responseBody({type: 'number', minimum: 0}), revision: responseBody({type: 'number', minimum: 0, exclusiveMinimum: true}), twin: {base: responseBody({type: 'number', minimum: 0, exclusiveMinimum: true}), revision: responseBody({type: 'number', minimum: 0})}},
  // The twin: for integers, minimum 1 and exclusive minimum 0 are the same.
  {id: 'response-header-minimum-increased', base: header31({type: 'integer', minimum: 1}), revision: header31({type: 'integer', minimum: 5}), twin: {base: header31({type: 'integer', minimum: 1}), revision: header31({type: 'integer', exclusiveMinimum: 0})}},

  {id: 'request-body-minimum-decreased', base: requestBody(obj({temperature: {type: 'number', minimum: -40}})), revision: requestBody(obj({temperature: {type: 'number', minimum: -100}})), twin: {base: requestBody(obj({temperature: {type: 'number', minimum: -100}})), revision: requestBody(obj({temperature: {type: 'number', minimum: -40}}))}},
  {id: 'request-parameter-minimum-decreased', base: swaggerQuery({type: 'integer', minimum: 1}), revision: swaggerQuery({type: 'integer'}), twin: {base: swaggerQuery({type: 'integer', minimum: 1}), revision: swaggerQuery({type: 'integer', minimum: 1, default: 1})}},
  {id: 'response-body-minimum-decreased', base: body31({type: 'number', exclusiveMinimum: 0}), revision: body31({type: 'number', minimum: 0}), twin: {base: body31({type: 'number', minimum: 0}), revision: body31({type: 'number', exclusiveMinimum: 0})}},
  {id: 'response-header-minimum-decreased', base: responseHeader({type: 'integer', minimum: 10}), revision: responseHeader({type: 'integer', minimum: 0}), twin: {base: responseHeader({type: 'integer', minimum: 0}), revision: responseHeader({type: 'integer', minimum: 10})}},

  {id: 'request-body-max-items-decreased', base: requestBody(obj({tags: {type: 'array', items: str, maxItems: 10}})), revision: requestBody(obj({tags: {type: 'array', items: str, maxItems: 5}})), twin: {base: requestBody(obj({tags: {type: 'array', items: str, maxItems: 5}})), revision: requestBody(obj({tags: {type: 'array', items: str, maxItems: 10}}))}},
  {id: 'request-parameter-max-items-decreased', base: parameter({type: 'array', items: {type: 'integer'}}, {name: 'ids'}), revision: parameter({type: 'array', items: {type: 'integer'}, maxItems: 50}, {name: 'ids'}), twin: {base: parameter({type: 'array', items: {type: 'integer'}, maxItems: 50}, {name: 'ids'}), revision: parameter({type: 'array', items: {type: 'integer'}}, {name: 'ids'})}},
  {id: 'response-body-max-items-decreased', base: responseBody({type: 'array', items: {type: 'object'}, maxItems: 100}), revision: responseBody({type: 'array', items: {type: 'object'}, maxItems: 20}), twin: {base: responseBody({type: 'array', items: {type: 'object'}, maxItems: 100}), revision: responseBody({type: 'array', items: {type: 'object'}, maxItems: 100, minItems: 0})}},
  {id: 'response-header-max-items-decreased', base: responseHeader({type: 'array', items: str, maxItems: 3}), revision: responseHeader({type: 'array', items: str, maxItems: 2}), twin: {base: responseHeader({type: 'array', items: str, maxItems: 2}), revision: responseHeader({type: 'array', items: str, maxItems: 3})}},

  {id: 'request-body-max-items-increased', base: requestBody(obj({attachments: {type: 'array', items: {type: 'string', format: 'uri'}, maxItems: 3}})), revision: requestBody(obj({attachments: {type: 'array', items: {type: 'string', format: 'uri'}, maxItems: 10}})), twin: {base: requestBody(obj({attachments: {type: 'array', items: {type: 'string', format: 'uri'}, maxItems: 10}})), revision: requestBody(obj({attachments: {type: 'array', items: {type: 'string', format: 'uri'}, maxItems: 3}}))}},
  {id: 'request-parameter-max-items-increased', base: parameter({type: 'array', items: str, maxItems: 4}, {name: 'fields'}), revision: parameter({type: 'array', items: str}, {name: 'fields'}), twin: {base: parameter({type: 'array', items: str}, {name: 'fields'}), revision: parameter({type: 'array', items: str, maxItems: 4}, {name: 'fields'})}},
  {id: 'response-body-max-items-increased', base: responseBody(obj({results: {type: 'array', items: {type: 'integer'}, maxItems: 25}})), revision: responseBody(obj({results: {type: 'array', items: {type: 'integer'}, maxItems: 50}})), twin: {base: responseBody(obj({results: {type: 'array', items: {type: 'integer'}, maxItems: 50}})), revision: responseBody(obj({results: {type: 'array', items: {type: 'integer'}, maxItems: 25}}))}},
  {id: 'response-header-max-items-increased', base: swaggerHeader({type: 'array', items: str, maxItems: 5}), revision: swaggerHeader({type: 'array', items: str}), twin: {base: swaggerHeader({type: 'array', items: str}), revision: swaggerHeader({type: 'array', items: str, maxItems: 5})}},

  {id: 'request-body-min-items-increased', base: requestBody(obj({recipients: {type: 'array', items: {type: 'string', format: 'email'}}})), revision: requestBody(obj({recipients: {type: 'array', items: {type: 'string', format: 'email'}, minItems: 1}})), twin: {base: requestBody(obj({recipients: {type: 'array', items: {type: 'string', format: 'email'}, minItems: 1}})), revision: requestBody(obj({recipients: {type: 'array', items: {type: 'string', format: 'email'}}}))}},
  {id: 'request-parameter-min-items-increased', base: parameter({type: 'array', items: str, minItems: 1}, {name: 'sort'}), revision: parameter({type: 'array', items: str, minItems: 2}, {name: 'sort'}), twin: {base: parameter({type: 'array', items: str, minItems: 2}, {name: 'sort'}), revision: parameter({type: 'array', items: str, minItems: 1}, {name: 'sort'})}},
  // The twin: minItems 0 is no bound.
  {id: 'response-body-min-items-increased', base: responseBody({type: 'array', items: str, minItems: 0}), revision: responseBody({type: 'array', items: str, minItems: 1}), twin: {base: responseBody({type: 'array', items: str}), revision: responseBody({type: 'array', items: str, minItems: 0})}},
  {id: 'response-header-min-items-increased', base: responseHeader({type: 'array', items: {type: 'integer'}, minItems: 1}), revision: responseHeader({type: 'array', items: {type: 'integer'}, minItems: 3}), twin: {base: responseHeader({type: 'array', items: {type: 'integer'}, minItems: 3}), revision: responseHeader({type: 'array', items: {type: 'integer'}, minItems: 1})}},

  {id: 'request-body-min-items-decreased', base: requestBody({type: 'array', items: {type: 'object'}, minItems: 2}), revision: requestBody({type: 'array', items: {type: 'object'}, minItems: 1}), twin: {base: requestBody({type: 'array', items: {type: 'object'}, minItems: 1}), revision: requestBody({type: 'array', items: {type: 'object'}, minItems: 2})}},
  {id: 'request-parameter-min-items-decreased', base: swaggerQuery({type: 'array', items: str, minItems: 1}), revision: swaggerQuery({type: 'array', items: str}), twin: {base: swaggerQuery({type: 'array', items: str, minItems: 1}), revision: swaggerQuery({type: 'array', items: str, minItems: 1, collectionFormat: 'csv'})}},
  {id: 'response-body-min-items-decreased', base: responseBody(obj({lines: {type: 'array', items: str, minItems: 1}})), revision: responseBody(obj({lines: {type: 'array', items: str, minItems: 0}})), twin: {base: responseBody(obj({lines: {type: 'array', items: str, minItems: 0}})), revision: responseBody(obj({lines: {type: 'array', items: str, minItems: 1}}))}},
  {id: 'response-header-min-items-decreased', base: responseHeader({type: 'array', items: str, minItems: 2}), revision: responseHeader({type: 'array', items: str}), twin: {base: responseHeader({type: 'array', items: str}), revision: responseHeader({type: 'array', items: str, minItems: 2})}},

  {id: 'request-body-unique-items-added', base: requestBody(obj({emails: {type: 'array', items: {type: 'string', format: 'email'}}})), revision: requestBody(obj({emails: {type: 'array', items: {type: 'string', format: 'email'}, uniqueItems: true}})), twin: {base: requestBody(obj({emails: {type: 'array', items: {type: 'string', format: 'email'}, uniqueItems: true}})), revision: requestBody(obj({emails: {type: 'array', items: {type: 'string', format: 'email'}}}))}},
  {id: 'request-parameter-unique-items-added', base: parameter({type: 'array', items: {type: 'integer'}}, {name: 'userIds'}), revision: parameter({type: 'array', items: {type: 'integer'}, uniqueItems: true}, {name: 'userIds'}), twin: {base: parameter({type: 'array', items: {type: 'integer'}}, {name: 'userIds'}), revision: parameter({type: 'array', items: {type: 'integer'}, uniqueItems: false}, {name: 'userIds'})}},
  {id: 'response-body-unique-items-added', base: responseBody({type: 'array', items: str, uniqueItems: false}), revision: responseBody({type: 'array', items: str, uniqueItems: true}), twin: {base: responseBody({type: 'array', items: str, uniqueItems: true}), revision: responseBody({type: 'array', items: str, uniqueItems: false})}},
  {id: 'response-header-unique-items-added', base: responseHeader({type: 'array', items: {type: 'string', enum: ['gzip', 'br']}}), revision: responseHeader({type: 'array', items: {type: 'string', enum: ['gzip', 'br']}, uniqueItems: true}), twin: {base: responseHeader({type: 'array', items: {type: 'string', enum: ['gzip', 'br']}, uniqueItems: true}), revision: responseHeader({type: 'array', items: {type: 'string', enum: ['gzip', 'br']}})}},

  {id: 'request-body-unique-items-removed', base: requestBody({type: 'array', items: {type: 'integer'}, uniqueItems: true}), revision: requestBody({type: 'array', items: {type: 'integer'}}), twin: {base: requestBody({type: 'array', items: {type: 'integer'}}), revision: requestBody({type: 'array', items: {type: 'integer'}, uniqueItems: true})}},
  {id: 'request-parameter-unique-items-removed', base: swaggerQuery({type: 'array', items: str, uniqueItems: true}), revision: swaggerQuery({type: 'array', items: str, uniqueItems: false}), twin: {base: swaggerQuery({type: 'array', items: str, uniqueItems: false}), revision: swaggerQuery({type: 'array', items: str, uniqueItems: true})}},
  {id: 'response-body-unique-items-removed', base: responseBody(obj({roles: {type: 'array', items: str, uniqueItems: true}})), revision: responseBody(obj({roles: {type: 'array', items: str}})), twin: {base: responseBody(obj({roles: {type: 'array', items: str}})), revision: responseBody(obj({roles: {type: 'array', items: str, uniqueItems: true}}))}},
  {id: 'response-header-unique-items-removed', base: responseHeader({type: 'array', items: {type: 'number'}, uniqueItems: true}), revision: responseHeader({type: 'array', items: {type: 'number'}}), twin: {base: responseHeader({type: 'array', items: {type: 'number'}}), revision: responseHeader({type: 'array', items: {type: 'number'}, uniqueItems: true})}},

  // 0.05 / 0.01 is 5.000000000000001 in floating point: still a multiple.
  {id: 'request-body-multiple-of-narrowed', base: requestBody(obj({amount: {type: 'number', multipleOf: 0.01}})), revision: requestBody(obj({amount: {type: 'number', multipleOf: 0.05}})), twin: {base: requestBody(obj({amount: {type: 'number', multipleOf: 0.05}})), revision: requestBody(obj({amount: {type: 'number', multipleOf: 0.01}}))}},
  // The twin: multipleOf 1 on an integer says nothing.
  {id: 'request-parameter-multiple-of-narrowed', base: parameter({type: 'integer'}, {name: 'step'}), revision: parameter({type: 'integer', multipleOf: 5}, {name: 'step'}), twin: {base: parameter({type: 'integer'}, {name: 'step'}), revision: parameter({type: 'integer', multipleOf: 1}, {name: 'step'})}},
  {id: 'response-body-multiple-of-narrowed', base: responseBody({type: 'integer', multipleOf: 2}), revision: responseBody({type: 'integer', multipleOf: 6}), twin: {base: responseBody({type: 'integer', multipleOf: 6}), revision: responseBody({type: 'integer', multipleOf: 2})}},
  {id: 'response-header-multiple-of-narrowed', base: responseHeader({type: 'number', multipleOf: 0.5}), revision: responseHeader({type: 'number', multipleOf: 1.5}), twin: {base: responseHeader({type: 'number', multipleOf: 1.5}), revision: responseHeader({type: 'number', multipleOf: 0.5})}},

  {id: 'request-body-multiple-of-widened', base: requestBody({type: 'integer', multipleOf: 10}), revision: requestBody({type: 'integer', multipleOf: 5}), twin: {base: requestBody({type: 'integer', multipleOf: 5}), revision: requestBody({type: 'integer', multipleOf: 10})}},
  {id: 'request-parameter-multiple-of-widened', base: parameter({type: 'number', multipleOf: 0.25}, {name: 'zoom'}), revision: parameter({type: 'number'}, {name: 'zoom'}), twin: {base: parameter({type: 'number'}, {name: 'zoom'}), revision: parameter({type: 'number', multipleOf: 0.25}, {name: 'zoom'})}},
  {id: 'response-body-multiple-of-widened', base: responseBody(obj({minutes: {type: 'integer', multipleOf: 15}})), revision: responseBody(obj({minutes: {type: 'integer', multipleOf: 5}})), twin: {base: responseBody(obj({minutes: {type: 'integer', multipleOf: 5}})), revision: responseBody(obj({minutes: {type: 'integer', multipleOf: 15}}))}},
  {id: 'response-header-multiple-of-widened', base: swaggerHeader({type: 'integer', multipleOf: 100}), revision: swaggerHeader({type: 'integer', multipleOf: 50}), twin: {base: swaggerHeader({type: 'integer', multipleOf: 50}), revision: swaggerHeader({type: 'integer', multipleOf: 100})}},

  {id: 'request-body-multiple-of-changed', base: requestBody(obj({weight: {type: 'number', multipleOf: 0.2}})), revision: requestBody(obj({weight: {type: 'number', multipleOf: 0.3}})), twin: {base: requestBody(obj({weight: {type: 'number', multipleOf: 0.2}})), revision: requestBody(obj({weight: {type: 'number', multipleOf: 0.4}}))}},
  {id: 'request-parameter-multiple-of-changed', base: parameter({type: 'integer', multipleOf: 4}), revision: parameter({type: 'integer', multipleOf: 6}), twin: {base: parameter({type: 'integer', multipleOf: 4}), revision: parameter({type: 'integer', multipleOf: 2})}},
  {id: 'response-body-multiple-of-changed', base: responseBody({type: 'integer', multipleOf: 3}), revision: responseBody({type: 'integer', multipleOf: 5}), twin: {base: responseBody({type: 'integer', multipleOf: 3}), revision: responseBody({type: 'integer', multipleOf: 3, description: 'a count of triples'})}},
  // The twin: 0.3 / 0.1 is 2.9999999999999996 in floating point, still a multiple.
  {id: 'response-header-multiple-of-changed', base: responseHeader({type: 'number', multipleOf: 0.1}), revision: responseHeader({type: 'number', multipleOf: 0.25}), twin: {base: responseHeader({type: 'number', multipleOf: 0.1}), revision: responseHeader({type: 'number', multipleOf: 0.3})}},

  {id: 'request-body-max-properties-decreased', base: requestBody({type: 'object', additionalProperties: str, maxProperties: 20}), revision: requestBody({type: 'object', additionalProperties: str, maxProperties: 10}), twin: {base: requestBody({type: 'object', additionalProperties: str, maxProperties: 10}), revision: requestBody({type: 'object', additionalProperties: str, maxProperties: 20})}},
  {id: 'response-body-max-properties-decreased', base: responseBody(obj({labels: {type: 'object', additionalProperties: str}})), revision: responseBody(obj({labels: {type: 'object', additionalProperties: str, maxProperties: 8}})), twin: {base: responseBody(obj({labels: {type: 'object', additionalProperties: str, maxProperties: 8}})), revision: responseBody(obj({labels: {type: 'object', additionalProperties: str}}))}},

  {id: 'request-body-max-properties-increased', base: requestBody(obj({metadata: {type: 'object', maxProperties: 5}})), revision: requestBody(obj({metadata: {type: 'object', maxProperties: 50}})), twin: {base: requestBody(obj({metadata: {type: 'object', maxProperties: 50}})), revision: requestBody(obj({metadata: {type: 'object', maxProperties: 5}}))}},
  {id: 'response-body-max-properties-increased', base: responseBody({type: 'object', maxProperties: 3}), revision: responseBody({type: 'object'}), twin: {base: responseBody({type: 'object'}), revision: responseBody({type: 'object', maxProperties: 3})}},

  // The twin: minProperties 0 is no bound.
  {id: 'request-body-min-properties-increased', base: requestBody(obj({name: str, email: str})), revision: requestBody(obj({name: str, email: str}, {minProperties: 1})), twin: {base: requestBody(obj({name: str, email: str})), revision: requestBody(obj({name: str, email: str}, {minProperties: 0}))}},
  {id: 'response-body-min-properties-increased', base: responseBody(obj({settings: {type: 'object', minProperties: 1}})), revision: responseBody(obj({settings: {type: 'object', minProperties: 2}})), twin: {base: responseBody(obj({settings: {type: 'object', minProperties: 2}})), revision: responseBody(obj({settings: {type: 'object', minProperties: 1}}))}},

  {id: 'request-body-min-properties-decreased', base: requestBody({type: 'object', minProperties: 2}), revision: requestBody({type: 'object', minProperties: 1}), twin: {base: requestBody({type: 'object', minProperties: 1}), revision: requestBody({type: 'object', minProperties: 2})}},
  {id: 'response-body-min-properties-decreased', base: responseBody({type: 'object', additionalProperties: {type: 'integer'}, minProperties: 1}), revision: responseBody({type: 'object', additionalProperties: {type: 'integer'}}), twin: {base: responseBody({type: 'object', additionalProperties: {type: 'integer'}}), revision: responseBody({type: 'object', additionalProperties: {type: 'integer'}, minProperties: 1})}},
])

describe('schema-bounds: messages and meaning', () => {
  const own = new Set(familyChecks(schemaBounds).map((d) => d.id))
  /** This family's changes only: other families may list things of their own. */
  const ids = async (base: Doc, revision: Doc) => (await changeIds(base, revision)).filter((id) => own.has(id))

  it('says when a bound was added or removed, and shows exclusive bounds', async () => {
    const added = await diffDocs(parameter({type: 'string'}, {name: 'slug'}), parameter({type: 'string', maxLength: 20}, {name: 'slug'}))
    expect(added.changes.find((c) => c.id === 'request-parameter-max-length-decreased')?.message).toBe('query parameter `slug`: maxLength 20 was added (previously unbounded)')
    const removed = await diffDocs(responseBody(obj({score: {type: 'number', minimum: 1}})), responseBody(obj({score: {type: 'number'}})))
    expect(removed.changes.find((c) => c.id === 'response-body-minimum-decreased')?.message).toBe('response 200 body property `score`: minimum 1 was removed (now unbounded)')
    const exclusive = await diffDocs(requestBody({type: 'number', maximum: 10}), requestBody({type: 'number', maximum: 10, exclusiveMaximum: true}))
    expect(exclusive.changes.find((c) => c.id === 'request-body-maximum-decreased')?.message).toBe('request body: maximum decreased from 10 to 10 (exclusive)')
  })

  it('reads 3.0 boolean and 3.1 numeric exclusive bounds alike', async () => {
    const v30 = oas({'/pets': {get: {responses: {'200': {description: 'OK', content: {'application/json': {schema: {type: 'number', minimum: 0, exclusiveMinimum: true}}}}}}}})
    expect(await ids(v30, body31({type: 'number', exclusiveMinimum: 0}))).toEqual([])
  })

  it('does not report property counts on response headers (nor throw for an id it has not there)', async () => {
    expect(await ids(responseHeader({type: 'object', maxProperties: 4}), responseHeader({type: 'object', maxProperties: 2}))).toEqual([])
  })

  it('finds bounds below $refs as the same change as inline', async () => {
    const components = (maxLength: number) => ({components: {schemas: {Name: {type: 'string', maxLength}}}})
    const base = oas({'/pets': {post: {requestBody: {content: {'application/json': {schema: {type: 'object', properties: {name: {$ref: '#/components/schemas/Name'}}}}}}, responses: {'200': {description: 'OK'}}}}}, components(30))
    expect(await ids(base, requestBody(obj({name: {type: 'string', maxLength: 30}})))).toEqual([])
    expect(await ids(base, requestBody(obj({name: {type: 'string', maxLength: 12}})))).toEqual(['request-body-max-length-decreased'])
  })
})

describe('schema-bounds: an enum decides when it lists every value', () => {
  it('a maxLength dropped where an enum of short strings came in allows nothing longer (Stripe read_method)', async () => {
    const base = responseBody({type: 'object', properties: {read_method: {type: 'string', maxLength: 5000, nullable: true}}})
    const revision = responseBody({type: 'object', properties: {read_method: {type: 'string', nullable: true, enum: ['contact_emv', 'magnetic_stripe_fallback']}}})
    expect(await changeIds(base, revision)).toEqual(['response-body-enum-added'])
  })

  it('still reports a loosened bound when an enum value breaks the old one, and a maximum tightened under old enum values is no change', async () => {
    const long = 'x'.repeat(12)
    expect(await changeIds(responseBody({type: 'string', maxLength: 10}), responseBody({type: 'string', enum: ['ok', long]}))).toContain('response-body-max-length-increased')
    expect(await changeIds(requestBody({type: 'integer', enum: [1, 2, 3]}), requestBody({type: 'integer', enum: [1, 2, 3], maximum: 5}))).toEqual([])
  })
})
