import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ApixError} from '../../src/lib/errors.js'
import {buildSdkModel, bodyKind, clientName, nameFromPath, responseKind, type BuildSdkModelOptions} from '../../src/lib/sdk/build-model.js'
import type {SdkModel, SdkOperation} from '../../src/lib/sdk/model.js'
import {isSafeIdentifier} from '../../src/lib/sdk/names.js'
import {bundle} from '../../src/lib/spec/bundle.js'
import {loadSpec} from '../../src/lib/spec/loader.js'
import type {JsonObject} from '../../src/lib/spec/model.js'
import {getByPointer} from '../../src/lib/spec/pointer.js'
import {REPO, SHARED} from '../helpers/cli.js'

const OUT = path.join(REPO, '.apix-tmp/sdk-out/model')
afterAll(() => rmSync(OUT, {recursive: true, force: true}))

const ok = {'200': {description: 'ok'}}

function spec(paths: JsonObject, rest: JsonObject = {}): JsonObject {
  return {openapi: '3.0.3', info: {title: 'Test API', version: '1.2.3'}, paths, ...rest}
}

function build(doc: JsonObject, options: BuildSdkModelOptions = {}): SdkModel {
  return buildSdkModel(doc, options)
}

/** The one operation of a document with one. */
function only(doc: JsonObject): SdkOperation {
  const ops = build(doc).operations
  expect(ops).toHaveLength(1)
  return ops[0]!
}

function op(operationId: string | undefined, extra: JsonObject = {}): JsonObject {
  return {...(operationId === undefined ? {} : {operationId}), responses: ok, ...extra}
}

function throwsApix(fn: () => unknown, message: RegExp): void {
  let caught: unknown
  try {
    fn()
  } catch (e) {
    caught = e
  }
  expect(caught).toBeInstanceOf(ApixError)
  expect((caught as ApixError).message).toMatch(message)
}

describe('operations', () => {
  it('come in spec order: paths, then get/put/post/delete/options/head/patch/trace', () => {
    const m = build(
      spec({
        '/b': {trace: op('bTrace'), post: op('bPost'), get: op('bGet'), 'x-ext': {}, parameters: []},
        '/a': {patch: op('aPatch'), head: op('aHead'), options: op('aOptions'), delete: op('aDelete'), put: op('aPut'), get: op('aGet')},
        'x-paths-ext': {get: op('ignored')},
      }),
    )
    expect(m.operations.map((o) => o.identifier)).toEqual(['bGet', 'bPost', 'bTrace', 'aGet', 'aPut', 'aDelete', 'aOptions', 'aHead', 'aPatch'])
    expect(m.operations.map((o) => o.idempotent)).toEqual([true, false, true, true, true, true, true, true, false])
  })

  it('point at the operation by path and method', () => {
    const doc = spec({'/pets': {get: op('listPets')}, '/pets/{petId}': {delete: op('deletePet')}, '/a~b': {get: op('tilde')}})
    const m = build(doc)
    expect(m.operations.map((o) => o.pointer)).toEqual(['/paths/~1pets/get', '/paths/~1pets~1{petId}/delete', '/paths/~1a~0b/get'])
    for (const o of m.operations) expect(getByPointer(doc, o.pointer)).toBeDefined()
  })

  it('keep text fields and tags', () => {
    const o = only(spec({'/p': {get: op('x', {summary: 'S', description: 'D */ end', deprecated: true, tags: ['t', 3]})}}))
    expect(o).toMatchObject({operationId: 'x', method: 'get', path: '/p', summary: 'S', description: 'D */ end', deprecated: true, tags: ['t']})
  })

  it('follow a path item $ref, keeping the keyed pointer', () => {
    const doc = spec({'/pets': {$ref: '#/components/pathItems/Pets'}}, {openapi: '3.1.0', components: {pathItems: {Pets: {get: op('listPets', {parameters: [{name: 'q', in: 'query', schema: {type: 'string'}}]})}}}})
    const o = only(doc)
    expect(o.pointer).toBe('/paths/~1pets/get')
    expect(o.parameters[0]!.schemaPointer).toBe('/components/pathItems/Pets/get/parameters/0/schema')
  })
})

describe('method identifiers', () => {
  it.each([
    // [operationId, identifier, rename reason or undefined]
    ['listPets', 'listPets', undefined],
    ['list-pets', 'listPets', undefined],
    ['ListPets', 'listPets', undefined],
    ['pets.list', 'petsList', undefined],
    ['repos/list-for-org', 'reposListForOrg', undefined],
    ['GetHTTPStatus', 'getHttpStatus', undefined],
    ['constructor', 'constructor_', 'reserved word'],
    ['__proto__', 'proto', undefined],
    ['class', 'class_', 'reserved word'],
    ['def', 'def_', 'reserved word'],
    ['1st', '_1st', 'starts with a digit'],
    ['*/', 'getPetsByPetId', 'no letters'],
    ['*/ alert(1) /*', 'alert1', undefined],
    ['a"b\'c\\d', 'aBCD', undefined],
    ['`${process.exit(1)}`', 'processExit1', undefined],
    ['café', 'cafe', undefined],
    ['日本語', 'getPetsByPetId', 'non-ASCII'],
    ['  ', 'getPetsByPetId', undefined],
  ])('%j -> %j', (operationId, identifier, reason) => {
    const m = build(spec({'/pets/{petId}': {get: op(operationId)}}))
    const o = m.operations[0]!
    expect(o.identifier).toBe(identifier)
    expect(isSafeIdentifier(o.identifier)).toBe(true)
    if (reason === undefined) expect(m.renames).toEqual([])
    else expect(m.renames).toEqual([{from: operationId, to: identifier, reason: expect.stringContaining(reason)}])
  })

  it.each([
    ['get', '/pets/{petId}', 'getPetsByPetId'],
    ['get', '/pets', 'getPets'],
    ['delete', '/', 'deleteRoot'],
    ['post', '/users/{userId}/posts/{postId}/comments', 'postUsersByUserIdPostsByPostIdComments'],
    ['get', '/files/{name}.json', 'getFilesByNameJson'],
    ['put', '/v1/class', 'putV1Class'],
  ])('without an operationId: %s %s -> %s', (method, p, name) => {
    expect(nameFromPath(method, p)).toBe(name)
    const o = only(spec({[p]: {[method]: op(undefined)}}))
    expect(o).toMatchObject({operationId: name, identifier: name})
  })

  it('resolve collisions in spec order, without case, and report them', () => {
    const m = build(
      spec({
        '/a': {get: op('getPet'), post: op('get-pet')},
        '/b': {get: op('GetPet'), put: op('getPet2'), post: op('getPet')},
      }),
    )
    // `getPet2` is written in the spec: it keeps its name, and the collisions skip it.
    expect(m.operations.map((o) => o.identifier)).toEqual(['getPet', 'getPet3', 'getPet4', 'getPet2', 'getPet5'])
    expect(m.renames.map((r) => [r.from, r.to])).toEqual([
      ['get-pet', 'getPet3'],
      ['GetPet', 'getPet4'],
      ['getPet', 'getPet5'],
    ])
    expect(m.renames[0]!.reason).toBe('POST /a: `getPet` is already GET /a')
    expect(new Set(m.operations.map((o) => o.identifier.toLowerCase())).size).toBe(5)
  })

  it('is the same on every run', () => {
    const doc = spec({'/a': {get: op('x'), post: op('x'), put: op('class')}, '/b': {get: op('x')}})
    expect(build(doc)).toEqual(build(structuredClone(doc)))
  })

  it('keeps out of names the templates reserve', () => {
    const m = build(spec({'/a': {get: op('request'), post: op('request')}}), {reserved: {methods: ['request']}})
    expect(m.operations.map((o) => o.identifier)).toEqual(['request2', 'request3'])
    expect(m.renames[0]!.reason).toContain('reserved by the templates')
  })
})

describe('parameters', () => {
  it('merge path-level ones, the operation overriding by name and location', () => {
    const o = only(
      spec({
        '/pets/{id}': {
          parameters: [
            {name: 'id', in: 'path', required: true, schema: {type: 'string'}},
            {name: 'limit', in: 'query', description: 'path level', schema: {type: 'integer'}},
            {name: 'X-Trace', in: 'header', description: 'path level'},
          ],
          get: op('getPet', {
            parameters: [
              {name: 'limit', in: 'query', description: 'operation level', required: true},
              {name: 'x-trace', in: 'header', description: 'operation level'},
              {name: 'limit', in: 'cookie'},
            ],
          }),
        },
      }),
    )
    expect(o.parameters.map((p) => [p.in, p.name, p.description ?? ''])).toEqual([
      ['path', 'id', ''],
      ['query', 'limit', 'operation level'],
      ['header', 'x-trace', 'operation level'],
      ['cookie', 'limit', ''],
    ])
    expect(o.parameters.find((p) => p.name === 'limit' && p.in === 'query')!.required).toBe(true)
    expect(o.parameters.map((p) => p.identifier)).toEqual(['id', 'limit', 'xTrace', 'limit2'])
  })

  it.each([
    // [in, style, explode given, style, explode]
    ['query', undefined, undefined, 'form', true],
    ['cookie', undefined, undefined, 'form', true],
    ['path', undefined, undefined, 'simple', false],
    ['header', undefined, undefined, 'simple', false],
    ['query', 'deepObject', true, 'deepObject', true],
    ['query', 'spaceDelimited', undefined, 'spaceDelimited', false],
    ['query', 'pipeDelimited', undefined, 'pipeDelimited', false],
    ['query', 'form', false, 'form', false],
    ['path', 'label', true, 'label', true],
    ['path', 'matrix', undefined, 'matrix', false],
  ])('%s style %s explode %s -> %s %s', (where, style, explode, wantStyle, wantExplode) => {
    const param: JsonObject = {name: 'p', in: where, schema: {type: 'array', items: {type: 'string'}}}
    if (style !== undefined) param['style'] = style
    if (explode !== undefined) param['explode'] = explode
    const p = only(spec({'/x/{p}': {get: op('x', {parameters: [param]})}})).parameters[0]!
    expect([p.style, p.explode]).toEqual([wantStyle, wantExplode])
    expect(p.required).toBe(where === 'path')
    expect(p.allowReserved).toBe(false)
  })

  it('drop Accept, Content-Type and Authorization headers, which the specification ignores', () => {
    const o = only(
      spec({
        '/x': {
          get: op('x', {
            parameters: ['Accept', 'content-type', 'AUTHORIZATION', 'X-Other'].map((name) => ({name, in: 'header', schema: {type: 'string'}})).concat([{name: 'accept', in: 'query', schema: {type: 'string'}}]),
          }),
        },
      }),
    )
    expect(o.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['header:X-Other', 'query:accept'])
  })

  it('follow $refs, and point at the schema they use', () => {
    const doc = spec(
      {
        '/x': {
          get: op('x', {
            parameters: [
              {$ref: '#/components/parameters/Limit'},
              {$ref: '#/components/parameters/Alias'},
              {name: 'filter', in: 'query', content: {'application/json': {schema: {type: 'object'}}}},
              {name: 'inline', in: 'query', schema: {type: 'string'}},
              {name: 'bare', in: 'query'},
            ],
          }),
        },
      },
      {
        components: {
          schemas: {Limit: {type: 'integer'}},
          parameters: {
            Limit: {name: 'limit', in: 'query', schema: {$ref: '#/components/schemas/Limit'}, allowReserved: true, deprecated: true},
            Alias: {$ref: '#/components/parameters/Sort'},
            Sort: {name: 'sort', in: 'query', schema: {type: 'string'}},
          },
        },
      },
    )
    const o = only(doc)
    expect(o.parameters.map((p) => [p.name, p.schemaPointer])).toEqual([
      ['limit', '/components/schemas/Limit'],
      ['sort', '/components/parameters/Sort/schema'],
      ['filter', '/paths/~1x/get/parameters/2/content/application~1json/schema'],
      ['inline', '/paths/~1x/get/parameters/3/schema'],
      ['bare', undefined],
    ])
    expect(o.parameters[0]).toMatchObject({allowReserved: true, deprecated: true})
    for (const p of o.parameters) if (p.schemaPointer) expect(getByPointer(doc, p.schemaPointer)).toBeDefined()
  })

  it('get identifiers unique within the operation, path parameters first', () => {
    const m = build(
      spec({
        '/items/{id}': {
          get: op('getItem', {
            parameters: [
              {name: 'id', in: 'query', schema: {type: 'string'}},
              {name: 'id', in: 'path', required: true, schema: {type: 'string'}},
              {name: 'ID', in: 'header', schema: {type: 'string'}},
              {name: 'class', in: 'query', schema: {type: 'string'}},
              {name: 'expand[]', in: 'query', schema: {type: 'string'}},
              {name: '__proto__', in: 'query', schema: {type: 'string'}},
              {name: '*/', in: 'query', schema: {type: 'string'}},
              {name: '1', in: 'query', schema: {type: 'string'}},
              {name: 'self', in: 'cookie', schema: {type: 'string'}},
            ],
          }),
        },
      }),
    )
    const params = m.operations[0]!.parameters
    expect(params.map((p) => [p.in, p.name, p.identifier])).toEqual([
      ['query', 'id', 'id2'],
      ['path', 'id', 'id'],
      ['header', 'ID', 'id3'],
      ['query', 'class', 'class_'],
      ['query', 'expand[]', 'expand'],
      ['query', '__proto__', 'proto'],
      ['query', '*/', 'param'],
      ['query', '1', '_1'],
      ['cookie', 'self', 'self_'],
    ])
    for (const p of params) expect(isSafeIdentifier(p.identifier)).toBe(true)
    expect(m.renames).toContainEqual({from: 'id', to: 'id2', reason: 'query parameter of getItem: `id` is already the path parameter "id"'})
    expect(m.renames.map((r) => r.to)).toEqual(['id2', 'class_', 'param', '_1', 'id3', 'self_'])
  })

  it('keep out of names the templates reserve', () => {
    const o = build(spec({'/x': {post: op('x', {parameters: [{name: 'body', in: 'query'}]})}}), {reserved: {parameters: ['body']}}).operations[0]!
    expect(o.parameters[0]!.identifier).toBe('body2')
  })

  it('leave out a parameter without a name, and list it to report', () => {
    const m = build(spec({'/x': {get: op('x', {parameters: [{in: 'query'}, {name: '', in: 'header'}, {name: 'q', in: 'query'}]})}}))
    expect(m.operations[0]!.parameters.map((p) => p.name)).toEqual(['q'])
    expect(m.ignoredParameters).toEqual(['/paths/~1x/get/parameters/0', '/paths/~1x/get/parameters/1'])
  })

  it.each([
    [{name: 'x', in: 'body'}, /no valid `in`/],
    [{$ref: '#/components/parameters/Missing'}, /does not resolve/],
    [{$ref: 'other.yaml#/Limit'}, /points outside the document/],
    [{$ref: '#/components/parameters/Loop'}, /circular/],
  ])('refuse a bad parameter %j', (param, message) => {
    const doc = spec({'/x': {get: op('x', {parameters: [param]})}}, {components: {parameters: {Loop: {$ref: '#/components/parameters/Loop'}}}})
    throwsApix(() => build(doc, {source: 'api.yaml'}), message)
  })
})

describe('request bodies', () => {
  it.each([
    ['application/json', undefined, 'json'],
    ['application/json; charset=utf-8', undefined, 'json'],
    ['Application/JSON', undefined, 'json'],
    ['application/problem+json', undefined, 'json'],
    ['application/vnd.api+json', undefined, 'json'],
    ['text/json', undefined, 'json'],
    ['*/*', {type: 'object'}, 'json'],
    ['*/*', {type: 'string'}, 'binary'],
    ['*/*', undefined, 'other'],
    ['application/x-www-form-urlencoded', {type: 'object'}, 'form'],
    ['multipart/form-data', {type: 'object'}, 'multipart'],
    ['multipart/mixed', undefined, 'multipart'],
    ['text/plain', {type: 'string'}, 'text'],
    ['text/x-markdown', undefined, 'text'],
    ['application/octet-stream', undefined, 'binary'],
    ['image/png', undefined, 'binary'],
    ['application/pdf', undefined, 'binary'],
    ['application/x-custom', {type: 'string', format: 'binary'}, 'binary'],
    ['application/x-custom', {type: 'string', contentMediaType: 'image/png'}, 'binary'],
    ['application/xml', {type: 'object'}, 'other'],
  ])('%s with %j is %s', (mediaType, schema, kind) => {
    expect(bodyKind(mediaType, schema)).toBe(kind)
    const content = {[mediaType]: schema === undefined ? {} : {schema}}
    const body = only(spec({'/x': {post: op('x', {requestBody: {content}})}})).body!
    expect(body.mediaTypes).toEqual([{mediaType, kind, schemaPointer: schema === undefined ? undefined : `/paths/~1x/post/requestBody/content/${mediaType.replace(/\//g, '~1')}/schema`}])
  })

  it('are left out of GET and HEAD operations, which HTTP gives no body, and reported', () => {
    const requestBody = {content: {'application/x-www-form-urlencoded': {schema: {type: 'object'}}}}
    const model = build(spec({'/x': {get: op('getX', {requestBody}), head: op('headX', {requestBody}), delete: op('deleteX', {requestBody}), post: op('postX', {requestBody})}}))
    expect(model.operations.map((o) => [o.method, o.body === undefined])).toEqual([
      ['get', true],
      ['post', false],
      ['delete', false],
      ['head', true],
    ])
    expect(model.ignoredBodies).toEqual(['GET /x', 'HEAD /x'])
    expect(build(spec({'/x': {get: op('getX')}})).ignoredBodies).toEqual([])
  })

  it('keep media types in spec order, follow $refs, and say whether required', () => {
    const doc = spec(
      {'/x': {post: op('x', {requestBody: {$ref: '#/components/requestBodies/Pet'}})}, '/y': {post: op('y')}},
      {
        components: {
          schemas: {Pet: {type: 'object'}},
          requestBodies: {
            Pet: {
              required: true,
              content: {'application/json': {schema: {$ref: '#/components/schemas/Pet'}}, 'application/x-www-form-urlencoded': {schema: {$ref: '#/components/schemas/Pet'}}, 'application/xml': {}},
            },
          },
        },
      },
    )
    const [x, y] = build(doc).operations
    expect(x!.body).toEqual({
      required: true,
      mediaTypes: [
        {mediaType: 'application/json', kind: 'json', schemaPointer: '/components/schemas/Pet'},
        {mediaType: 'application/x-www-form-urlencoded', kind: 'form', schemaPointer: '/components/schemas/Pet'},
        {mediaType: 'application/xml', kind: 'other', schemaPointer: undefined},
      ],
    })
    expect(y!.body).toBeUndefined()
  })
})

describe('responses', () => {
  it('by status, with success, media types and header names', () => {
    const doc = spec(
      {
        '/x': {
          get: op('x', {
            responses: {
              '200': {description: 'ok', content: {'application/json': {schema: {type: 'object'}}, 'text/csv': {}}, headers: {'X-Rate-Limit': {schema: {type: 'integer'}}, 'Content-Type': {}, 'x-rate-limit': {}}},
              '204': {description: 'none'},
              '2XX': {description: 'other success'},
              '301': {description: 'moved', headers: {Location: {}}},
              '404': {$ref: '#/components/responses/NotFound'},
              '4XX': {description: 'client'},
              default: {description: 'error', content: {'application/problem+json': {schema: {$ref: '#/components/schemas/Problem'}}}},
              'x-ext': {description: 'not a response'},
            },
          }),
        },
      },
      {components: {schemas: {Problem: {type: 'object'}}, responses: {NotFound: {description: 'missing', content: {'application/octet-stream': {}}}}}},
    )
    const rs = only(doc).responses
    expect(rs.map((r) => [r.status, r.success])).toEqual([
      ['200', true],
      ['204', true],
      ['301', false],
      ['404', false],
      ['2XX', true],
      ['4XX', false],
      ['default', false],
    ])
    expect(rs[0]).toEqual({
      status: '200',
      success: true,
      description: 'ok',
      mediaTypes: [
        {mediaType: 'application/json', kind: 'json', schemaPointer: '/paths/~1x/get/responses/200/content/application~1json/schema'},
        {mediaType: 'text/csv', kind: 'text', schemaPointer: undefined},
      ],
      headers: ['x-rate-limit'],
    })
    expect(rs.find((r) => r.status === '301')!.headers).toEqual(['location'])
    expect(rs.find((r) => r.status === '404')).toMatchObject({description: 'missing', mediaTypes: [{kind: 'binary'}]})
    expect(rs.find((r) => r.status === 'default')!.mediaTypes[0]).toEqual({mediaType: 'application/problem+json', kind: 'json', schemaPointer: '/components/schemas/Problem'})
  })

  it.each([
    ['application/x-www-form-urlencoded', 'other'],
    ['multipart/form-data', 'other'],
    ['text/html', 'text'],
    ['application/vnd.github.v3.star+json', 'json'],
    ['application/octocat-stream', 'other'],
  ])('a %s response is %s', (mediaType, kind) => {
    expect(responseKind(mediaType, undefined)).toBe(kind)
  })
})

describe('security', () => {
  const schemes = {
    key: {type: 'apiKey', in: 'header', name: 'x-api-key', description: 'usage plan key'},
    qkey: {type: 'apiKey', in: 'query', name: 'api_key'},
    ckey: {type: 'apiKey', in: 'cookie', name: 'session'},
    sigv4: {type: 'apiKey', in: 'header', name: 'Authorization', 'x-amazon-apigateway-authtype': 'awsSigv4'},
    cognito: {type: 'apiKey', in: 'header', name: 'Authorization', 'x-amazon-apigateway-authtype': 'cognito_user_pools'},
    bearer: {type: 'http', scheme: 'Bearer', bearerFormat: 'JWT'},
    basic: {type: 'http', scheme: 'basic'},
    oauth: {type: 'oauth2', flows: {}},
    oidc: {type: 'openIdConnect', openIdConnectUrl: 'https://example.com/.well-known/openid-configuration'},
    mtls: {type: 'mutualTLS'},
    alias: {$ref: '#/components/securitySchemes/bearer'},
  }

  it('maps schemes', () => {
    const m = build(spec({}, {components: {securitySchemes: schemes}}))
    expect(m.securitySchemes).toEqual([
      {name: 'key', type: 'apiKey', in: 'header', paramName: 'x-api-key', description: 'usage plan key'},
      {name: 'qkey', type: 'apiKey', in: 'query', paramName: 'api_key', description: undefined},
      {name: 'ckey', type: 'apiKey', in: 'cookie', paramName: 'session', description: undefined},
      {name: 'sigv4', type: 'awsSigv4', description: undefined},
      {name: 'cognito', type: 'apiKey', in: 'header', paramName: 'Authorization', description: undefined},
      {name: 'bearer', type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: undefined},
      {name: 'basic', type: 'http', scheme: 'basic', bearerFormat: undefined, description: undefined},
      {name: 'oauth', type: 'oauth2', description: undefined},
      {name: 'oidc', type: 'openIdConnect', description: undefined},
      {name: 'alias', type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: undefined},
    ])
    expect(m.needsSigV4).toBe(false) // declared, used by no operation
  })

  it('applies the operation requirement, else the root one', () => {
    const m = build(
      spec(
        {
          '/a': {get: op('inherits'), post: op('none', {security: []}), put: op('own', {security: [{oauth: ['read', 'write']}, {key: [], bearer: []}]})},
          '/b': {get: op('optional', {security: [{}, {key: []}]}), post: op('tls', {security: [{mtls: []}]})},
        },
        {components: {securitySchemes: schemes}, security: [{key: []}]},
      ),
    )
    expect(Object.fromEntries(m.operations.map((o) => [o.identifier, o.security]))).toEqual({
      inherits: [[{scheme: 'key', scopes: []}]],
      none: [],
      own: [[{scheme: 'oauth', scopes: ['read', 'write']}], [{scheme: 'key', scopes: []}, {scheme: 'bearer', scopes: []}]],
      optional: [[], [{scheme: 'key', scopes: []}]],
      tls: [[]],
    })
  })

  it('needs SigV4 when an operation uses an awsSigv4 scheme', () => {
    const m = build(spec({'/a': {get: op('a'), post: op('b', {security: [{sigv4: []}]})}}, {components: {securitySchemes: schemes}}))
    expect(m.needsSigV4).toBe(true)
    const any = build(spec({'/a': {get: op('a')}}, {components: {securitySchemes: {iam: {type: 'http', scheme: 'x', 'x-amazon-apigateway-authtype': 'AWSSIGV4'}}}, security: [{iam: []}]}))
    expect(any.securitySchemes).toEqual([{name: 'iam', type: 'awsSigv4', description: undefined}])
    expect(any.needsSigV4).toBe(true)
  })

  it('refuses a requirement naming an undeclared scheme', () => {
    throwsApix(() => build(spec({'/a': {get: op('a', {security: [{nope: []}]})}}, {components: {securitySchemes: schemes}})), /"nope".*does not declare/)
  })
})

describe('document level', () => {
  it('servers with variables, and `/` when there are none', () => {
    const m = build(
      spec(
        {},
        {
          servers: [
            {url: 'https://{region}.example.com/{basePath}', description: 'prod', variables: {region: {default: 'eu', enum: ['eu', 'us'], description: 'where'}, basePath: {default: 'v1'}}},
            {url: '/local'},
            'junk',
          ],
        },
      ),
    )
    expect(m.servers).toEqual([
      {
        url: 'https://{region}.example.com/{basePath}',
        description: 'prod',
        variables: [
          {name: 'region', default: 'eu', enum: ['eu', 'us'], description: 'where'},
          {name: 'basePath', default: 'v1', enum: undefined, description: undefined},
        ],
      },
      {url: '/local', description: undefined, variables: []},
    ])
    expect(build(spec({})).servers).toEqual([{url: '/', description: undefined, variables: []}])
    expect(build(spec({}, {servers: []})).servers).toEqual([{url: '/', description: undefined, variables: []}])
  })

  it("an operation's own servers: its own, else its path item's, else none (the API's)", () => {
    const m = build(
      spec(
        {
          '/a': {servers: [{url: 'https://a.example.com'}], get: op('getA'), put: op('putA', {servers: [{url: 'https://{x}.b.example.com', variables: {x: {default: 'y'}}}]})},
          '/c': {get: op('getC')},
        },
        {servers: [{url: 'https://api.example.com'}]},
      ),
    )
    expect(m.operations.map((o) => [o.identifier, o.servers.map((s) => s.url)])).toEqual([
      ['getA', ['https://a.example.com']],
      ['putA', ['https://{x}.b.example.com']],
      ['getC', []],
    ])
    expect(m.operations[1]!.servers[0]!.variables).toEqual([{name: 'x', default: 'y', enum: undefined, description: undefined}])
  })

  it.each([
    ['Swagger Petstore - OpenAPI 3.0', 'swagger-petstore-openapi-3.0', 'SwaggerPetstoreOpenApi30Client'],
    ['Stripe API', 'stripe-api', 'StripeApiClient'],
    ['Acme Client', 'acme-client', 'AcmeClient'],
    ['1Password Connect', '1password-connect', 'Api1PasswordConnectClient'],
    ['class', 'class', 'ClassClient'],
    ['*/ evil "title" \\', 'evil-title', 'EvilTitleClient'],
    ['', 'api-client', 'ApiClient'],
  ])('title %j -> package %j, client %j', (title, packageName, client) => {
    const m = build({...spec({}), info: {title, version: '1'}})
    expect([m.packageName, m.clientName, m.title]).toEqual([packageName, client, title])
    expect(clientName(title)).toBe(client)
    expect(isSafeIdentifier(m.clientName)).toBe(true)
  })

  it('takes the package name given, and refuses an invalid one', () => {
    expect(build(spec({}), {packageName: '@acme/pets'}).packageName).toBe('@acme/pets')
    throwsApix(() => build(spec({}), {packageName: 'Bad Name'}), /invalid package name "Bad Name"/)
  })

  it('keeps title, version and description', () => {
    const m = build({...spec({}), info: {title: 'T', version: '2.0.0', description: 'D'}})
    expect([m.title, m.version, m.description]).toEqual(['T', '2.0.0', 'D'])
  })

  it('lists tags declared first, then undeclared ones in first use, only those with operations', () => {
    const m = build(
      spec(
        {'/a': {get: op('a', {tags: ['zeta', 'beta']}), post: op('b', {tags: ['alpha', 'gamma']})}},
        {tags: [{name: 'alpha', description: 'A'}, {name: 'unused'}, {name: 'beta'}, {name: 'alpha', description: 'again'}]},
      ),
    )
    expect(m.tags).toEqual([
      {name: 'alpha', description: 'A'},
      {name: 'beta', description: undefined},
      {name: 'zeta', description: undefined},
      {name: 'gamma', description: undefined},
    ])
  })

  it.each([
    [{swagger: '2.0', info: {title: 't', version: '1'}, paths: {}}, /Swagger 2.0/],
    [{openapi: '4.0.0', info: {title: 't', version: '1'}, paths: {}}, /not an OpenAPI 3.0 or 3.1 document/],
    [{info: {title: 't', version: '1'}}, /not an OpenAPI 3.0 or 3.1 document/],
  ])('refuses what is not OpenAPI 3.0 or 3.1', (doc, message) => {
    throwsApix(() => build(doc), message)
  })

  it('accepts a document with no paths', () => {
    const m = build({openapi: '3.1.0', info: {title: 'Hooks', version: '1'}, webhooks: {}})
    expect(m.operations).toEqual([])
  })
})

/** Every identifier compiles as a function, a method, a parameter and a destructured field in JavaScript (strict) and Python. */
function expectCompiles(names: string[], dir: string): void {
  mkdirSync(dir, {recursive: true})
  const js = names.map((n, i) => `export function ${n}(${n}) { const {${n}: a} = {${n}}; let ${n}_ = a; return ${n}_ }\nexport class C${i} { ${n}(${n}) { return ${n} } }\n`).join('')
  const py = names.map((n, i) => `def ${n}(${n}=None):\n    return ${n}\n\nclass C${i}:\n    def ${n}(self, ${n}):\n        return {'${n}': ${n}}\n\n`).join('')
  writeFileSync(path.join(dir, 'names.mjs'), js)
  writeFileSync(path.join(dir, 'names.py'), py)
  execFileSync(process.execPath, ['--check', path.join(dir, 'names.mjs')], {stdio: 'pipe'})
  execFileSync('python3', ['-c', 'import sys; compile(open(sys.argv[1]).read(), sys.argv[1], "exec")', path.join(dir, 'names.py')], {stdio: 'pipe'})
}

const HAS_PYTHON = (() => {
  try {
    execFileSync('python3', ['--version'], {stdio: 'pipe'})
    return true
  } catch {
    return false
  }
})()

describe('hostile names', () => {
  const hostile = ['constructor', '__proto__', 'prototype', 'class', 'def', 'None', 'lambda', 'yield', 'await', 'let', 'package', 'eval', 'arguments', '1st', '*/', '*/ alert(1) /*', '"', "'; drop", 'a\\b', '日本', 'café', '🙂', 'self', 'toString', '']

  it.skipIf(!HAS_PYTHON)('give identifiers that compile in JavaScript and Python', () => {
    const doc = spec(
      Object.fromEntries(
        hostile.map((id, i) => {
          const name = id === '' ? 'x' : id
          return [`/r${i}/{${name}}`, {get: op(id, {parameters: [{name, in: 'path', required: true, schema: {type: 'string'}}, {name, in: 'query', schema: {type: 'string'}}]})}]
        }),
      ),
      {info: {title: hostile.join(' '), version: '1'}},
    )
    const m = build(doc)
    const methods = m.operations.map((o) => o.identifier)
    expect(new Set(methods).size).toBe(methods.length)
    const params = m.operations.flatMap((o) => o.parameters.map((p) => p.identifier))
    for (const id of [...methods, ...params, m.clientName]) expect(isSafeIdentifier(id), id).toBe(true)
    expectCompiles([...new Set([...methods, ...params, m.clientName])], path.join(OUT, 'hostile'))
  })
})

const SMOKE = ['07-swagger-petstore.oas30.yaml', '08-redocly-museum.oas31.yaml', '13-stripe-spec3.oas30.json', '14-github-api.github.com.oas30.json', '12-openai.oas31.yaml']

describe.skipIf(!existsSync(path.join(SHARED, 'specs')))('real specs', () => {
  it.each(SMOKE)('%s', async (file) => {
    const spec = await loadSpec(path.join(SHARED, 'specs', file))
    const document = bundle(spec).document
    const start = performance.now()
    const m = buildSdkModel(document)
    const ms = performance.now() - start
    const ids = m.operations.map((o) => o.identifier)
    expect(ids.length).toBeGreaterThan(0)
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length)
    for (const o of m.operations) {
      expect(isSafeIdentifier(o.identifier), o.identifier).toBe(true)
      expect(getByPointer(document, o.pointer), o.pointer).toBeDefined()
      const params = o.parameters.map((p) => p.identifier)
      expect(new Set(params.map((p) => p.toLowerCase())).size, o.identifier).toBe(params.length)
      for (const p of o.parameters) {
        expect(isSafeIdentifier(p.identifier), p.identifier).toBe(true)
        if (p.schemaPointer) expect(getByPointer(document, p.schemaPointer), p.schemaPointer).toBeDefined()
      }
    }
    expect(isSafeIdentifier(m.clientName)).toBe(true)
    console.log(`${file}: ${m.operations.length} operations, ${m.renames.length} renames, model built in ${ms.toFixed(0)} ms`)
  })
})
