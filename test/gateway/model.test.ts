import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {load as loadYaml} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {emptyConfig, parseConfig, type ApixConfig} from '../../src/lib/config/config.js'
import {emptyGatewayConfig, type GatewayConfig} from '../../src/lib/config/gateway.js'
import {applyGatewayModel, type GatewayModelFinding} from '../../src/lib/gateway/model.js'
import {DEFAULT_LIMITS} from '../../src/lib/spec/limits.js'
import type {JsonObject} from '../../src/lib/spec/model.js'
import {SourceFile} from '../../src/lib/spec/source-file.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const FIXTURES = path.join(here, '..', 'fixtures', 'gateway-model')
const SHARED_SPECS = path.join(here, '..', '..', '..', 'shared', 'specs')
const UPDATE = Boolean(process.env['UPDATE_GOLDEN'])

const GATEWAY_KEYS = ['integrations', 'authorizers', 'cors', 'requestValidators', 'gatewayResponses', 'stages', 'usagePlans', 'websocket'] as const

/**
 * A config from YAML text through `parseConfig`. The config loader (issue 4, part 1) is learning the gateway sections;
 * until it fills `config.gateway` and the rest of `api`, the sections it leaves empty are taken from the parsed file.
 */
async function configFrom(text: string, dir = FIXTURES): Promise<ApixConfig> {
  const file = path.join(dir, 'apix.config.yaml')
  const config = parseConfig(await SourceFile.parse(file, 'apix.config.yaml', text, DEFAULT_LIMITS), dir)
  const raw = config.raw as Record<string, unknown>
  const gateway = config.gateway as unknown as Record<string, unknown>
  const empty = emptyGatewayConfig() as unknown as Record<string, unknown>
  for (const key of GATEWAY_KEYS) {
    if (raw[key] !== undefined && JSON.stringify(gateway[key]) === JSON.stringify(empty[key])) gateway[key] = raw[key]
  }
  if (raw['api'] && typeof raw['api'] === 'object') config.api = {...(raw['api'] as ApixConfig['api']), ...definedOnly(config.api)}
  return config
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** A config built in code: the API type and gateway sections given, the rest empty. */
function config(gateway: Partial<GatewayConfig> = {}, api: Partial<ApixConfig['api']> = {}): ApixConfig {
  const c = emptyConfig('/')
  c.gateway = {...c.gateway, ...gateway}
  c.api = {...c.api, ...api}
  return c
}

const readYaml = (file: string) => loadYaml(readFileSync(file, 'utf8')) as JsonObject
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'

/** Compares with the golden file, writing it when missing or with UPDATE_GOLDEN=1. */
function golden(file: string, text: string): void {
  if (UPDATE || !existsSync(file)) writeFileSync(file, text)
  expect(text).toBe(readFileSync(file, 'utf8'))
}

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:pets'
const doc = (paths: JsonObject, extra: JsonObject = {}): JsonObject => ({openapi: '3.0.3', info: {title: 't', version: '1'}, paths, ...extra})
const op = (extra: JsonObject = {}): JsonObject => ({responses: {'200': {description: 'OK'}}, ...extra})
const integrationOf = (d: JsonObject, p: string, m: string) => ((d['paths'] as JsonObject)[p] as JsonObject)[m] as JsonObject
const messages = (findings: GatewayModelFinding[]) => findings.map((f) => f.message).join('\n')

describe('applyGatewayModel: golden documents', () => {
  for (const name of ['rest', 'http']) {
    it(`${name}: the example spec and config give the golden document and findings, byte for byte`, async () => {
      const dir = path.join(FIXTURES, name)
      const spec = readYaml(path.join(dir, 'openapi.yaml'))
      const before = json(spec)
      const cfg = await configFrom(readFileSync(path.join(dir, 'apix.config.yaml'), 'utf8'), dir)
      const result = applyGatewayModel(spec, cfg, {stage: 'prod'})
      expect(json(spec)).toBe(before)
      golden(path.join(dir, 'expected.json'), json(result.document))
      golden(path.join(dir, 'findings.json'), json(result.findings))
      // Deterministic: a second run gives the same bytes.
      expect(json(applyGatewayModel(spec, cfg, {stage: 'prod'}).document)).toBe(json(result.document))
    })
  }
})

describe.skipIf(!existsSync(SHARED_SPECS))('applyGatewayModel: AWS samples pass through with an empty config', () => {
  const samples = existsSync(SHARED_SPECS) ? readdirSync(SHARED_SPECS).sort().filter((f) => /^1[5-8]-aws-apigw-/.test(f)) : []
  it('finds the four samples', () => expect(samples).toHaveLength(4))
  for (const file of samples) {
    it(file, () => {
      const spec = readYaml(path.join(SHARED_SPECS, file))
      const result = applyGatewayModel(spec, emptyConfig('/'))
      expect(result.findings).toEqual([])
      expect(json(result.document)).toBe(json(spec))
    })
  }
})

describe('applyGatewayModel: integrations', () => {
  it('builds the Lambda invocation URI from the function ARN, keeping stage variables as written', () => {
    const fn = 'arn:aws-cn:lambda:cn-north-1:123456789012:function:pets:${stageVariables.alias}'
    const {document, findings} = applyGatewayModel(doc({'/pets': {get: op()}}), config({integrations: {default: {type: 'lambda-proxy', function: fn}}}))
    expect(findings).toEqual([])
    expect(integrationOf(document, '/pets', 'get')['x-amazon-apigateway-integration']).toEqual({
      type: 'aws_proxy',
      httpMethod: 'POST',
      uri: `arn:aws-cn:apigateway:cn-north-1:lambda:path/2015-03-31/functions/${fn}/invocations`,
    })
  })

  it('takes the region of a function given only as a stage variable from the stage, and reports when it cannot', () => {
    const gw = (stages: GatewayConfig['stages']) => config({integrations: {default: {type: 'lambda-proxy', function: '${stageVariables.fn}'}}, stages})
    const stages = {prod: {variables: {fn: 'arn:aws:lambda:eu-west-1:1:function:a'}}, dev: {variables: {fn: 'arn:aws:lambda:us-east-2:1:function:b'}}}
    const prod = applyGatewayModel(doc({'/a': {get: op()}}), gw(stages), {stage: 'prod'})
    expect((integrationOf(prod.document, '/a', 'get')['x-amazon-apigateway-integration'] as JsonObject)['uri']).toBe(
      'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/${stageVariables.fn}/invocations',
    )
    const ambiguous = applyGatewayModel(doc({'/a': {get: op()}}), gw(stages))
    expect(ambiguous.findings).toMatchObject([{source: 'config', pointer: '/paths/~1a/get', configPointer: '/integrations/default/function'}])
    expect(ambiguous.findings[0]!.message).toMatch(/different regions/)
  })

  it('uses the first matching override; every condition of a match must hold', () => {
    const d = doc({
      '/pets': {get: op({operationId: 'listPets', tags: ['pets']}), post: op({operationId: 'createPet', tags: ['pets']})},
      '/admin/users': {get: op({operationId: 'listUsers', tags: ['admin']})},
    })
    const cfg = config({
      integrations: {
        default: {type: 'lambda-proxy', function: LAMBDA},
        overrides: [
          {match: {tag: 'pets', method: 'POST'}, integration: {type: 'mock'}},
          {match: {path: '/admin/**', operationId: ['nope']}, integration: {type: 'mock'}},
          {match: {path: '/admin/**'}, integration: {type: 'http-proxy', uri: 'https://admin.example.com/users'}},
        ],
      },
    })
    const {document, findings} = applyGatewayModel(d, cfg)
    expect(findings).toEqual([])
    const type = (p: string, m: string) => (integrationOf(document, p, m)['x-amazon-apigateway-integration'] as JsonObject)['type']
    expect([type('/pets', 'get'), type('/pets', 'post'), type('/admin/users', 'get')]).toEqual(['aws_proxy', 'mock', 'http_proxy'])
    expect(integrationOf(document, '/admin/users', 'get')['x-amazon-apigateway-integration']).toEqual({type: 'http_proxy', httpMethod: 'GET', uri: 'https://admin.example.com/users'})
  })

  it("keeps an operation's own integration (the spec wins) and appends extensions after the operation's keys", () => {
    const own = {type: 'http', httpMethod: 'GET', uri: 'https://own.example.com', responses: {default: {statusCode: '200'}}}
    const d = doc({'/a': {get: op({'x-amazon-apigateway-integration': own, summary: 'last key'})}, '/b': {get: op({operationId: 'b'})}})
    const {document} = applyGatewayModel(d, config({integrations: {default: {type: 'mock'}}, requestValidators: {operations: {b: 'all'}}}))
    expect(integrationOf(document, '/a', 'get')['x-amazon-apigateway-integration']).toEqual(own)
    expect(Object.keys(integrationOf(document, '/b', 'get'))).toEqual(['responses', 'operationId', 'x-amazon-apigateway-integration', 'x-amazon-apigateway-request-validator'])
  })

  it('reports an operation that ends up with no integration', () => {
    const {findings} = applyGatewayModel(doc({'/a': {get: op()}}), config())
    expect(findings).toEqual([
      {source: 'spec', pointer: '/paths/~1a/get', configPointer: '/integrations', message: expect.stringMatching(/^GET \/a has no x-amazon-apigateway-integration/)},
    ])
  })

  it('maps every REST setting: VPC link, credentials, parameters, templates, passthrough, content handling, cache keys, TLS', () => {
    const d = doc({'/items/{id}': {get: op({parameters: [{name: 'id', in: 'path', required: true, schema: {type: 'string'}}]})}})
    const cfg = config({
      integrations: {
        default: {
          type: 'http',
          uri: 'https://nlb.internal/items/{id}',
          vpcLink: 'vl123',
          timeoutMs: 5000,
          requestParameters: {'integration.request.header.x-tenant': "'acme'"},
          requestTemplates: {'application/json': '$input.json("$")'},
          passthroughBehavior: 'WHEN_NO_TEMPLATES',
          contentHandling: 'CONVERT_TO_TEXT',
          cacheKeyParameters: ['method.request.path.id'],
          tlsConfig: {insecureSkipVerification: true},
          responses: {'2\\d{2}': {statusCode: '200', responseTemplates: {'application/json': '$input.body'}}},
        },
      },
    })
    const {document, findings} = applyGatewayModel(d, cfg)
    expect(findings).toEqual([])
    expect(integrationOf(document, '/items/{id}', 'get')['x-amazon-apigateway-integration']).toEqual({
      type: 'http',
      httpMethod: 'GET',
      uri: 'https://nlb.internal/items/{id}',
      connectionType: 'VPC_LINK',
      connectionId: 'vl123',
      requestParameters: {'integration.request.header.x-tenant': "'acme'", 'integration.request.path.id': 'method.request.path.id'},
      requestTemplates: {'application/json': '$input.json("$")'},
      passthroughBehavior: 'when_no_templates',
      contentHandling: 'CONVERT_TO_TEXT',
      timeoutInMillis: 5000,
      cacheKeyParameters: ['method.request.path.id'],
      tlsConfig: {insecureSkipVerification: true},
      responses: {'2\\d{2}': {statusCode: '200', responseTemplates: {'application/json': '$input.body'}}},
    })
  })

  it('gives non-proxy integrations a default response and mock integrations a request template', () => {
    const d = doc({'/m': {post: op({responses: {'204': {description: 'none'}}})}, '/l': {post: op()}})
    const cfg = config({integrations: {default: {type: 'mock'}, overrides: [{match: {path: '/l'}, integration: {type: 'lambda', function: LAMBDA, credentials: 'arn:aws:iam::123456789012:role/invoke'}}]}})
    const {document, findings} = applyGatewayModel(d, cfg)
    expect(findings).toEqual([])
    expect(integrationOf(document, '/m', 'post')['x-amazon-apigateway-integration']).toEqual({
      type: 'mock',
      requestTemplates: {'application/json': '{"statusCode": 200}'},
      responses: {default: {statusCode: '204'}},
    })
    expect(integrationOf(document, '/l', 'post')['x-amazon-apigateway-integration']).toMatchObject({type: 'aws', httpMethod: 'POST', credentials: 'arn:aws:iam::123456789012:role/invoke', responses: {default: {statusCode: '200'}}})
  })

  it('reports settings the integration type or the API type ignores, once per config setting', () => {
    const d = doc({'/a': {get: op()}, '/b': {get: op()}})
    const cfg = config({integrations: {default: {type: 'lambda-proxy', function: LAMBDA, httpMethod: 'GET', requestTemplates: {'application/json': '{}'}, payloadFormatVersion: '2.0', vpcLink: 'x'}}})
    const {findings} = applyGatewayModel(d, cfg)
    expect(findings.map((f) => f.configPointer)).toEqual([
      '/integrations/default/httpMethod',
      '/integrations/default/vpcLink',
      '/integrations/default/requestTemplates',
      '/integrations/default/payloadFormatVersion',
    ])
  })

  it('HTTP APIs: only proxy integrations, with payloadFormatVersion', () => {
    const d = doc({'/a': {get: op()}, '/b': {get: op()}, '/c': {get: op()}})
    const cfg = config(
      {
        integrations: {
          default: {type: 'lambda-proxy', function: LAMBDA},
          overrides: [
            {match: {path: '/b'}, integration: {type: 'http-proxy', uri: 'https://b.example.com', passthroughBehavior: 'NEVER'}},
            {match: {path: '/c'}, integration: {type: 'mock'}},
          ],
        },
      },
      {type: 'http'},
    )
    const {document, findings} = applyGatewayModel(d, cfg)
    expect((integrationOf(document, '/a', 'get')['x-amazon-apigateway-integration'] as JsonObject)['payloadFormatVersion']).toBe('2.0')
    expect(integrationOf(document, '/b', 'get')['x-amazon-apigateway-integration']).toEqual({type: 'http_proxy', httpMethod: 'GET', uri: 'https://b.example.com', payloadFormatVersion: '1.0'})
    expect(integrationOf(document, '/c', 'get')['x-amazon-apigateway-integration']).toBeUndefined()
    expect(findings.map((f) => f.configPointer)).toEqual(['/integrations/overrides/0/integration/passthroughBehavior', '/integrations/overrides/1/integration/type'])
  })

  it('reports a URI path parameter the route does not have, and a function that is not an ARN', () => {
    const d = doc({'/a': {get: op()}, '/b': {get: op()}})
    const cfg = config({
      integrations: {default: {type: 'http-proxy', uri: 'https://x.example.com/{id}'}, overrides: [{match: {path: '/b'}, integration: {type: 'lambda-proxy', function: 'pets'}}]},
    })
    expect(messages(applyGatewayModel(d, cfg).findings)).toMatch(/\{id\}, which is not a path parameter of \/a[^]*"pets" is not a Lambda function ARN/)
  })
})

describe('applyGatewayModel: authorizers', () => {
  const secured = (schemes: JsonObject, kind: 'rest' | 'http' = 'rest') =>
    doc({'/a': {get: op({security: [Object.fromEntries(Object.keys(schemes).map((k) => [k, []]))], 'x-amazon-apigateway-integration': {type: 'mock'}})}}, {components: {securitySchemes: schemes}, ...(kind === 'http' ? {} : {})})
  const schemesOf = (d: JsonObject) => ((d['components'] as JsonObject)['securitySchemes'] as JsonObject)

  it('REST: token, request, Cognito and IAM authorizers on apiKey schemes', () => {
    const d = secured({
      bearer: {type: 'http', scheme: 'bearer', description: 'JWT'},
      req: {type: 'apiKey', in: 'header', name: 'X-Session'},
      pool: {type: 'oauth2', flows: {}},
      sigv4: {type: 'apiKey', in: 'header', name: 'Authorization'},
    })
    const cfg = config({
      authorizers: {
        bearer: {type: 'token', function: LAMBDA, ttl: 60, credentials: 'arn:aws:iam::123456789012:role/auth'},
        req: {type: 'request', function: LAMBDA, identitySource: 'method.request.header.X-Session, method.request.querystring.tenant'},
        pool: {type: 'cognito', providerArns: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc']},
        sigv4: {type: 'iam'},
      },
    })
    const {document, findings} = applyGatewayModel(d, cfg)
    expect(findings).toEqual([])
    const uri = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${LAMBDA}/invocations`
    expect(schemesOf(document)).toEqual({
      bearer: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        description: 'JWT',
        'x-amazon-apigateway-authtype': 'custom',
        'x-amazon-apigateway-authorizer': {type: 'token', authorizerUri: uri, authorizerCredentials: 'arn:aws:iam::123456789012:role/auth', authorizerResultTtlInSeconds: 60},
      },
      req: {
        type: 'apiKey',
        in: 'header',
        name: 'X-Session',
        'x-amazon-apigateway-authtype': 'custom',
        'x-amazon-apigateway-authorizer': {type: 'request', identitySource: 'method.request.header.X-Session, method.request.querystring.tenant', authorizerUri: uri},
      },
      pool: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'cognito_user_pools',
        'x-amazon-apigateway-authorizer': {type: 'cognito_user_pools', providerARNs: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc']},
      },
      sigv4: {type: 'apiKey', in: 'header', name: 'Authorization', 'x-amazon-apigateway-authtype': 'awsSigv4'},
    })
  })

  it('HTTP: JWT and Lambda request authorizers', () => {
    const d = secured({jwt: {type: 'openIdConnect', openIdConnectUrl: 'https://issuer.example.com/.well-known/openid-configuration'}, lambda: {type: 'apiKey', in: 'header', name: 'Authorization'}})
    const cfg = config(
      {
        authorizers: {
          jwt: {type: 'jwt', issuer: 'https://issuer.example.com', audience: ['client']},
          lambda: {type: 'request', function: LAMBDA, ttl: 0, enableSimpleResponses: true},
        },
      },
      {type: 'http'},
    )
    const {document, findings} = applyGatewayModel(d, cfg)
    expect(findings).toEqual([])
    expect(schemesOf(document)).toEqual({
      jwt: {
        type: 'openIdConnect',
        openIdConnectUrl: 'https://issuer.example.com/.well-known/openid-configuration',
        'x-amazon-apigateway-authorizer': {type: 'jwt', jwtConfiguration: {issuer: 'https://issuer.example.com', audience: ['client']}, identitySource: '$request.header.Authorization'},
      },
      lambda: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        'x-amazon-apigateway-authorizer': {
          type: 'request',
          identitySource: '$request.header.Authorization',
          authorizerUri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${LAMBDA}/invocations`,
          authorizerPayloadFormatVersion: '2.0',
          authorizerResultTtlInSeconds: 0,
          enableSimpleResponses: true,
        },
      },
    })
  })

  it('reports an authorizer naming no scheme, one the API type lacks, and a used scheme nothing enforces', () => {
    const d = secured({open: {type: 'http', scheme: 'basic'}, jwt: {type: 'oauth2', flows: {}}, key: {type: 'apiKey', in: 'header', name: 'x-api-key'}})
    const cfg = config({authorizers: {ghost: {type: 'iam'}, jwt: {type: 'jwt', issuer: 'https://i', audience: ['a']}}})
    const {findings} = applyGatewayModel(d, cfg)
    expect(findings.map(({source, pointer, configPointer}) => ({source, pointer, configPointer}))).toEqual([
      {source: 'config', pointer: '/components/securitySchemes', configPointer: '/authorizers/ghost'},
      {source: 'config', pointer: '/components/securitySchemes/jwt', configPointer: '/authorizers/jwt/type'},
      {source: 'spec', pointer: '/components/securitySchemes/open', configPointer: '/authorizers'},
    ])
  })

  it("keeps a scheme's own authorizer and reports the config's", () => {
    const own = {type: 'apiKey', in: 'header', name: 'Authorization', 'x-amazon-apigateway-authtype': 'awsSigv4'}
    const {document, findings} = applyGatewayModel(secured({s: own}), config({authorizers: {s: {type: 'token', function: LAMBDA}}}))
    expect(schemesOf(document)['s']).toEqual(own)
    expect(findings).toMatchObject([{source: 'config', pointer: '/components/securitySchemes/s', configPointer: '/authorizers/s'}])
  })

  it('Swagger 2.0: securityDefinitions', () => {
    const d = {swagger: '2.0', info: {title: 't', version: '1'}, paths: {}, securityDefinitions: {s: {type: 'apiKey', in: 'header', name: 'Authorization'}}}
    const {document} = applyGatewayModel(d, config({authorizers: {s: {type: 'iam'}}}))
    expect((document['securityDefinitions'] as JsonObject)['s']).toMatchObject({'x-amazon-apigateway-authtype': 'awsSigv4'})
  })
})

describe('applyGatewayModel: CORS', () => {
  it('REST: an OPTIONS mock on each path without one, and Allow-Origin on non-proxy integration responses', () => {
    const d = doc({
      '/a': {get: op(), post: op()},
      '/b': {options: op({'x-amazon-apigateway-integration': {type: 'mock'}}), get: op()},
    }, {security: [{k: []}], components: {securitySchemes: {k: {type: 'apiKey', in: 'header', name: 'x-api-key'}}}})
    const cfg = config({integrations: {default: {type: 'http', uri: 'https://x.example.com'}}, cors: {allowOrigins: ['*']}})
    const {document, findings} = applyGatewayModel(d, cfg)
    expect(findings).toEqual([])
    const options = integrationOf(document, '/a', 'options')
    expect(options).toEqual({
      security: [],
      responses: {
        '200': {
          description: 'CORS preflight response',
          headers: {
            'Access-Control-Allow-Headers': {schema: {type: 'string'}},
            'Access-Control-Allow-Methods': {schema: {type: 'string'}},
            'Access-Control-Allow-Origin': {schema: {type: 'string'}},
          },
        },
      },
      'x-amazon-apigateway-integration': {
        type: 'mock',
        requestTemplates: {'application/json': '{"statusCode": 200}'},
        passthroughBehavior: 'when_no_match',
        responses: {
          default: {
            statusCode: '200',
            responseParameters: {
              'method.response.header.Access-Control-Allow-Headers': "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'",
              'method.response.header.Access-Control-Allow-Methods': "'GET,OPTIONS,POST'",
              'method.response.header.Access-Control-Allow-Origin': "'*'",
            },
            responseTemplates: {'application/json': '{}'},
          },
        },
      },
    })
    expect(integrationOf(document, '/b', 'options')).toEqual(d['paths'] && ((d['paths'] as JsonObject)['/b'] as JsonObject)['options'])
    const get = integrationOf(document, '/a', 'get')
    expect((get['x-amazon-apigateway-integration'] as JsonObject)['responses']).toEqual({
      default: {statusCode: '200', responseParameters: {'method.response.header.Access-Control-Allow-Origin': "'*'"}},
    })
    expect(get['responses']).toEqual({'200': {description: 'OK', headers: {'Access-Control-Allow-Origin': {schema: {type: 'string'}}}}})
    expect(document['x-amazon-apigateway-gateway-responses']).toEqual({
      DEFAULT_4XX: {responseParameters: {'gatewayresponse.header.Access-Control-Allow-Origin': "'*'"}},
      DEFAULT_5XX: {responseParameters: {'gatewayresponse.header.Access-Control-Allow-Origin': "'*'"}},
    })
  })

  it('REST: the OPTIONS method declares path parameters its path item leaves to the operations, greedy ones as REST APIs name them', () => {
    const id = {name: 'id', in: 'path', required: true, schema: {type: 'string'}}
    const d = doc({
      '/a/{id}': {get: op({parameters: [id]})},
      '/b/{id}': {parameters: [id], get: op()},
      '/c/{proxy+}': {'x-amazon-apigateway-any-method': op({parameters: [{...id, name: 'proxy'}]})},
      '/d/{proxy+}': {get: op({parameters: [{...id, name: 'proxy+'}]})},
    })
    const {document} = applyGatewayModel(d, config({integrations: {default: {type: 'http-proxy', uri: 'https://x.example.com'}}, cors: {allowOrigins: ['*']}}))
    const names = (p: string) => ((integrationOf(document, p, 'options')['parameters'] as JsonObject[] | undefined) ?? []).map((x) => x['name'])
    expect([names('/a/{id}'), names('/b/{id}'), names('/c/{proxy+}'), names('/d/{proxy+}')]).toEqual([['id'], [], ['proxy'], ['proxy+']])
  })

  it('REST: credentials with * are reported', () => {
    const {findings} = applyGatewayModel(doc({}), config({cors: {allowOrigins: ['*', 'https://a'], allowCredentials: true}}))
    expect(findings.map((f) => f.configPointer)).toEqual(['/cors/allowOrigins'])
    expect(findings[0]!.message).toMatch(/^CORS with allowCredentials cannot allow every origin/)
  })

  it("REST: several origins: the preflight echoes the request's Origin when it is one of them, and says Vary: Origin", () => {
    const d = doc({'/a': {get: op()}})
    const cfg = config({integrations: {default: {type: 'lambda-proxy', function: LAMBDA}}, cors: {allowOrigins: ['https://a.example', "https://b.example/it's"]}})
    const {document, findings} = applyGatewayModel(d, cfg)
    // Proxy integrations: the backend echoes the origin on actual responses, so nothing to report.
    expect(findings).toEqual([])
    const preflight = integrationOf(document, '/a', 'options')['x-amazon-apigateway-integration'] as JsonObject
    const response = (preflight['responses'] as JsonObject)['default'] as JsonObject
    expect(response['responseParameters']).toMatchObject({'method.response.header.Access-Control-Allow-Origin': "'https://a.example'", 'method.response.header.Vary': "'Origin'"})
    const template = (response['responseTemplates'] as JsonObject)['application/json'] as string
    expect(template).toContain("#foreach($allowed in ['https://a.example', 'https://b.example/it''s'])")
    expect(template).toContain('#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)')
    // One origin: a static answer, no template logic.
    const single = applyGatewayModel(doc({'/a': {get: op()}}), config({integrations: {default: {type: 'lambda-proxy', function: LAMBDA}}, cors: {allowOrigins: ['https://a.example']}}))
    const singleResponse = ((integrationOf(single.document, '/a', 'options')['x-amazon-apigateway-integration'] as JsonObject)['responses'] as JsonObject)['default'] as JsonObject
    expect(singleResponse['responseTemplates']).toEqual({'application/json': '{}'})
  })

  it('REST: several origins with a non-proxy integration: its static Access-Control-Allow-Origin is reported', () => {
    const {findings} = applyGatewayModel(doc({'/a': {get: op()}}), config({integrations: {default: {type: 'mock'}}, cors: {allowOrigins: ['https://a', 'https://b']}}))
    expect(findings.map((f) => f.configPointer)).toEqual(['/cors/allowOrigins'])
    expect(findings[0]!.message).toMatch(/non-proxy integrations carry one static value, https:\/\/a/)
  })

  it('Swagger 2.0 headers are typed inline', () => {
    const d = {swagger: '2.0', info: {title: 't', version: '1'}, paths: {'/a': {get: op()}}}
    const {document} = applyGatewayModel(d, config({integrations: {default: {type: 'mock'}}, cors: {allowOrigins: ['https://a']}}))
    expect((integrationOf(document, '/a', 'get')['responses'] as JsonObject)['200']).toEqual({description: 'OK', headers: {'Access-Control-Allow-Origin': {type: 'string'}}})
    expect(integrationOf(document, '/a', 'options')['responses']).toMatchObject({'200': {headers: {'Access-Control-Allow-Origin': {type: 'string'}}}})
  })

  it('HTTP: the root x-amazon-apigateway-cors object, and no OPTIONS methods', () => {
    const d = doc({'/a': {get: op(), delete: op()}})
    const cfg = config({integrations: {default: {type: 'lambda-proxy', function: LAMBDA}}, cors: {allowOrigins: ['https://a', 'https://b'], exposeHeaders: ['X-Id'], maxAge: 60}}, {type: 'http'})
    const {document, findings} = applyGatewayModel(d, cfg)
    expect(findings).toEqual([])
    expect(integrationOf(document, '/a', 'options')).toBeUndefined()
    expect(document['x-amazon-apigateway-cors']).toEqual({
      allowOrigins: ['https://a', 'https://b'],
      exposeHeaders: ['X-Id'],
      maxAge: 60,
      allowMethods: ['DELETE', 'GET', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'X-Amz-Date', 'Authorization', 'X-Api-Key', 'X-Amz-Security-Token'],
    })
  })
})

describe('applyGatewayModel: document level', () => {
  it('request validators: the used ones defined, a document default and per-operation choices', () => {
    const d = doc({'/a': {get: op({operationId: 'a'})}, '/b': {post: op({operationId: 'b', 'x-amazon-apigateway-request-validator': 'mine'})}})
    const cfg = config({requestValidators: {default: 'params', operations: {a: 'none', b: 'all', ghost: 'body'}}})
    const {document, findings} = applyGatewayModel(d, cfg)
    // Only validators something uses: b keeps its own "mine", so "all" is not defined.
    expect(document['x-amazon-apigateway-request-validators']).toEqual({
      params: {validateRequestBody: false, validateRequestParameters: true},
      none: {validateRequestBody: false, validateRequestParameters: false},
    })
    expect(document['x-amazon-apigateway-request-validator']).toBe('params')
    expect(integrationOf(document, '/a', 'get')['x-amazon-apigateway-request-validator']).toBe('none')
    expect(integrationOf(document, '/b', 'post')['x-amazon-apigateway-request-validator']).toBe('mine')
    expect(findings.map((f) => f.configPointer)).toEqual(['/integrations', '/integrations', '/requestValidators/operations/b', '/requestValidators/operations/ghost'])
  })

  it('OpenAPI 3: endpoint configuration on the first server (one is added when there is none)', () => {
    const cfg = config({}, {vpcEndpointIds: ['vpce-1'], endpointType: 'PRIVATE', disableExecuteApiEndpoint: true})
    const {document} = applyGatewayModel(doc({}), cfg)
    expect(document['servers']).toEqual([{url: '/', 'x-amazon-apigateway-endpoint-configuration': {vpcEndpointIds: ['vpce-1'], disableExecuteApiEndpoint: true}}])
    const swagger = applyGatewayModel({swagger: '2.0', info: {title: 't', version: '1'}, paths: {}}, cfg).document
    expect(swagger['x-amazon-apigateway-endpoint-configuration']).toEqual({vpcEndpointIds: ['vpce-1'], disableExecuteApiEndpoint: true})
    const regional = applyGatewayModel(doc({}), config({}, {vpcEndpointIds: ['vpce-1'], endpointType: 'REGIONAL'}))
    expect(regional.findings).toMatchObject([{configPointer: '/api/vpcEndpointIds'}])
  })

  it("the document's own document-level extensions win; the config's differing values are reported", () => {
    const d = doc({}, {'x-amazon-apigateway-binary-media-types': ['image/gif'], 'x-amazon-apigateway-gateway-responses': {DEFAULT_4XX: {statusCode: '400'}}})
    const cfg = config({gatewayResponses: {DEFAULT_4XX: {statusCode: '418'}, THROTTLED: {statusCode: '429'}, NOPE: {}}}, {binaryMediaTypes: ['image/png'], name: 'renamed'})
    const {document, findings} = applyGatewayModel(d, cfg)
    expect(document['x-amazon-apigateway-binary-media-types']).toEqual(['image/gif'])
    expect(document['x-amazon-apigateway-gateway-responses']).toEqual({DEFAULT_4XX: {statusCode: '400'}, THROTTLED: {statusCode: '429'}})
    expect((document['info'] as JsonObject)['title']).toBe('renamed')
    expect(findings.map((f) => f.configPointer)).toEqual(['/api/binaryMediaTypes', '/gatewayResponses/DEFAULT_4XX', '/gatewayResponses/NOPE'])
  })

  it('HTTP APIs: REST-only settings are reported and left out', () => {
    const cfg = config(
      {gatewayResponses: {DEFAULT_4XX: {}}, requestValidators: {default: 'all'}},
      {type: 'http', apiKeySource: 'HEADER', binaryMediaTypes: ['image/png'], minimumCompressionSize: 0, policy: {Version: '2012-10-17', Statement: []}},
    )
    const {document, findings} = applyGatewayModel(doc({}), cfg)
    expect(Object.keys(document).filter((k) => k.startsWith('x-'))).toEqual([])
    expect(findings.map((f) => f.configPointer)).toEqual(['/api/apiKeySource', '/api/binaryMediaTypes', '/api/minimumCompressionSize', '/api/policy', '/gatewayResponses', '/requestValidators'])
  })

  it('WebSocket APIs are out of scope: the document comes back unchanged, with a finding', () => {
    const d = doc({'/a': {get: op()}})
    const {document, findings} = applyGatewayModel(d, config({integrations: {default: {type: 'mock'}}}, {type: 'websocket'}))
    expect(document).toEqual(d)
    expect(findings).toMatchObject([{source: 'config', configPointer: '/api/type'}])
  })

  it('never mutates its input', () => {
    const d = doc({'/a': {get: op({operationId: 'a'})}}, {components: {securitySchemes: {s: {type: 'http', scheme: 'bearer'}}}})
    const frozen = JSON.stringify(d)
    deepFreeze(d)
    applyGatewayModel(d, config({integrations: {default: {type: 'http', uri: 'https://x'}}, authorizers: {s: {type: 'token', function: LAMBDA}}, cors: {allowOrigins: ['*']}, requestValidators: {default: 'all', operations: {a: 'body'}}}))
    expect(JSON.stringify(d)).toBe(frozen)
  })
})

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object') return
  Object.freeze(value)
  for (const v of Object.values(value)) deepFreeze(v)
}
