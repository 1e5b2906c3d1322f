import {describe, expect, it} from 'vitest'
import {gateway} from '../../../src/lib/diff/checks/gateway.js'
import {changeIds, diffDocs, oas, oas31, runCases, swagger, type Doc} from '../helpers.js'

const ok = {'200': {description: 'OK'}}
const INTEGRATION = 'x-amazon-apigateway-integration'

/** One operation carrying these fields (its integration among them). */
const route = (path: string, method: string, fields: Doc = {}, extra: Doc = {}): Doc => oas({[path]: {[method]: {responses: ok, ...fields}}}, extra)
const lambda = (fn: string, more: Doc = {}): Doc => ({
  type: 'aws_proxy',
  httpMethod: 'POST',
  uri: `arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:${fn}/invocations`,
  ...more,
})
const proxy = (uri: string, method: string, more: Doc = {}): Doc => ({type: 'http_proxy', httpMethod: method, uri, ...more})

const apiKeyScheme = {type: 'apiKey', name: 'x-api-key', in: 'header'}
const tokenAuthorizer = {
  type: 'apiKey',
  name: 'Authorization',
  in: 'header',
  'x-amazon-apigateway-authtype': 'custom',
  'x-amazon-apigateway-authorizer': {type: 'token', authorizerUri: 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:authorize/invocations', authorizerResultTtlInSeconds: 300},
}
const cognito = {
  type: 'apiKey',
  name: 'Authorization',
  in: 'header',
  'x-amazon-apigateway-authtype': 'cognito_user_pools',
  'x-amazon-apigateway-authorizer': {type: 'cognito_user_pools', providerARNs: ['arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEf']},
}
const schemes = (s: Doc): Doc => ({components: {securitySchemes: s}})

const validators = {
  'x-amazon-apigateway-request-validators': {basic: {validateRequestBody: true, validateRequestParameters: true}, 'params-only': {validateRequestBody: false, validateRequestParameters: true}},
}
const validated = (validator: string): Doc =>
  route('/validation', 'post', {'x-amazon-apigateway-request-validator': validator, requestBody: {content: {'application/json': {schema: {type: 'object', properties: {name: {type: 'string'}}}}}}}, validators)

/** An HTTP API (CORS is configured on the document) with this CORS configuration. */
const httpApi = (cors: Doc | undefined): Doc => oas31({'/items': {get: {responses: ok, [INTEGRATION]: {type: 'aws_proxy', payloadFormatVersion: '2.0', httpMethod: 'POST', uri: 'arn:aws:lambda:eu-west-1:123456789012:function:items'}}}}, cors ? {'x-amazon-apigateway-cors': cors} : {})
const endpoint = (disabled: boolean): Doc => oas({'/health': {get: {responses: ok}}}, {servers: [{url: 'https://api.example.com/v1', 'x-amazon-apigateway-endpoint-configuration': {disableExecuteApiEndpoint: disabled}}]})

runCases(gateway, [
  {
    id: 'gateway-integration-removed',
    base: route('/orders', 'get', {[INTEGRATION]: lambda('listOrders')}),
    revision: route('/orders', 'get'),
    twin: {base: route('/orders', 'get'), revision: route('/orders', 'get', {[INTEGRATION]: lambda('listOrders')})},
  },
  {
    id: 'gateway-integration-added',
    base: swagger({'/inventory': {get: {responses: ok}}}),
    revision: swagger({'/inventory': {get: {responses: ok, [INTEGRATION]: proxy('https://stock.internal.example.com/inventory', 'GET')}}}),
    twin: {
      base: swagger({'/inventory': {get: {responses: ok, [INTEGRATION]: proxy('https://stock.internal.example.com/inventory', 'GET')}}}),
      revision: swagger({'/inventory': {get: {responses: ok, [INTEGRATION]: proxy('https://stock.internal.example.com/inventory', 'GET', {cacheNamespace: 'inv'})}}}),
    },
  },
  {
    id: 'gateway-integration-type-changed',
    base: route('/payments', 'post', {[INTEGRATION]: lambda('pay')}),
    revision: route('/payments', 'post', {[INTEGRATION]: lambda('pay', {type: 'aws'})}),
    twin: {base: route('/payments', 'post', {[INTEGRATION]: lambda('pay', {type: 'AWS_PROXY'})}), revision: route('/payments', 'post', {[INTEGRATION]: lambda('pay')})},
  },
  {
    id: 'gateway-integration-uri-changed',
    base: route('/catalog', 'get', {[INTEGRATION]: proxy('https://backend-a.example.com/catalog', 'GET')}),
    revision: route('/catalog', 'get', {[INTEGRATION]: proxy('https://backend-b.example.com/catalog', 'GET')}),
    twin: {
      base: route('/catalog', 'get', {[INTEGRATION]: proxy('https://backend-a.example.com/catalog', 'GET', {timeoutInMillis: 8000})}),
      revision: route('/catalog', 'get', {[INTEGRATION]: proxy('https://backend-a.example.com/catalog', 'GET', {timeoutInMillis: 12000})}),
    },
  },
  {
    id: 'gateway-integration-http-method-changed',
    base: route('/profiles/{id}', 'put', {[INTEGRATION]: {type: 'http', httpMethod: 'PUT', uri: 'https://users.example.com/profiles/{id}'}}),
    revision: route('/profiles/{id}', 'put', {[INTEGRATION]: {type: 'http', httpMethod: 'PATCH', uri: 'https://users.example.com/profiles/{id}'}}),
    twin: {
      base: route('/profiles/{id}', 'put', {[INTEGRATION]: {type: 'http', httpMethod: 'put', uri: 'https://users.example.com/profiles/{id}'}}),
      revision: route('/profiles/{id}', 'put', {[INTEGRATION]: {type: 'http', httpMethod: 'PUT', uri: 'https://users.example.com/profiles/{id}'}}),
    },
  },
  {
    id: 'gateway-integration-timeout-decreased',
    base: route('/sessions', 'delete', {[INTEGRATION]: lambda('logout')}),
    revision: route('/sessions', 'delete', {[INTEGRATION]: lambda('logout', {timeoutInMillis: 5000})}),
    twin: {base: route('/sessions', 'delete', {[INTEGRATION]: lambda('logout', {timeoutInMillis: 5000})}), revision: route('/sessions', 'delete', {[INTEGRATION]: lambda('logout')})},
  },
  {
    id: 'gateway-integration-request-mapping-changed',
    base: route('/messages', 'post', {[INTEGRATION]: {type: 'aws', httpMethod: 'POST', uri: 'arn:aws:apigateway:eu-west-1:sqs:path/123456789012/inbox', requestTemplates: {'application/json': 'Action=SendMessage&MessageBody=$input.body'}}}),
    revision: route('/messages', 'post', {[INTEGRATION]: {type: 'aws', httpMethod: 'POST', uri: 'arn:aws:apigateway:eu-west-1:sqs:path/123456789012/inbox', requestTemplates: {'application/json': 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)'}}}),
    twin: {
      base: route('/messages', 'post', {[INTEGRATION]: {type: 'aws', httpMethod: 'POST', uri: 'arn:aws:apigateway:eu-west-1:sqs:path/123456789012/inbox', responses: {default: {statusCode: '200'}}}}),
      revision: route('/messages', 'post', {[INTEGRATION]: {type: 'aws', httpMethod: 'POST', uri: 'arn:aws:apigateway:eu-west-1:sqs:path/123456789012/inbox', responses: {default: {statusCode: '200', responseTemplates: {'application/json': '{"queued": true}'}}}}}),
    },
  },
  {
    id: 'gateway-integration-response-removed',
    base: route('/reports', 'get', {[INTEGRATION]: {type: 'aws', httpMethod: 'POST', uri: 'arn:aws:apigateway:eu-west-1:lambda:path/functions/report', responses: {default: {statusCode: '200'}, '.*Not found.*': {statusCode: '404'}}}}),
    revision: route('/reports', 'get', {[INTEGRATION]: {type: 'aws', httpMethod: 'POST', uri: 'arn:aws:apigateway:eu-west-1:lambda:path/functions/report', responses: {default: {statusCode: '200'}}}}),
    twin: {
      base: route('/reports', 'get', {[INTEGRATION]: {type: 'aws', httpMethod: 'POST', uri: 'arn:aws:apigateway:eu-west-1:lambda:path/functions/report', responses: {default: {statusCode: '200'}}}}),
      revision: route('/reports', 'get', {[INTEGRATION]: {type: 'aws', httpMethod: 'POST', uri: 'arn:aws:apigateway:eu-west-1:lambda:path/functions/report', responses: {default: {statusCode: '200'}, '.*Invalid.*': {statusCode: '400'}}}}),
    },
  },
  {
    id: 'gateway-api-key-required',
    base: route('/quotes', 'get', {}, schemes({api_key: apiKeyScheme})),
    revision: route('/quotes', 'get', {security: [{api_key: []}]}, schemes({api_key: apiKeyScheme})),
    twin: {
      base: route('/quotes', 'get', {}, schemes({partner: {type: 'apiKey', name: 'X-Partner-Token', in: 'header'}})),
      revision: route('/quotes', 'get', {security: [{partner: []}]}, schemes({partner: {type: 'apiKey', name: 'X-Partner-Token', in: 'header'}})),
    },
  },
  {
    id: 'gateway-api-key-no-longer-required',
    base: swagger({'/rates': {get: {responses: ok}}}, {securityDefinitions: {api_key: apiKeyScheme}, security: [{api_key: []}]}),
    revision: swagger({'/rates': {get: {responses: ok, security: []}}}, {securityDefinitions: {api_key: apiKeyScheme}, security: [{api_key: []}]}),
    twin: {
      base: swagger({'/rates': {get: {responses: ok}}}, {securityDefinitions: {api_key: apiKeyScheme}, security: [{api_key: []}]}),
      revision: swagger({'/rates': {get: {responses: ok}}}, {securityDefinitions: {api_key: {...apiKeyScheme, name: 'X-API-Key'}}, security: [{api_key: []}]}),
    },
  },
  {
    id: 'gateway-authorizer-added',
    base: route('/accounts', 'get', {}, schemes({lambdaToken: tokenAuthorizer})),
    revision: route('/accounts', 'get', {security: [{lambdaToken: []}]}, schemes({lambdaToken: tokenAuthorizer})),
    twin: {
      base: route('/accounts', 'get', {security: [{lambdaToken: []}]}, schemes({lambdaToken: tokenAuthorizer})),
      revision: route('/accounts', 'get', {security: [{lambdaToken: []}]}, schemes({lambdaToken: {...tokenAuthorizer, 'x-amazon-apigateway-authorizer': {...tokenAuthorizer['x-amazon-apigateway-authorizer'], authorizerResultTtlInSeconds: 60}}})),
    },
  },
  {
    id: 'gateway-authorizer-removed',
    base: route('/me', 'get', {security: [{userPool: ['openid']}]}, schemes({userPool: cognito})),
    revision: route('/me', 'get', {}, schemes({userPool: cognito})),
    twin: {base: route('/me', 'get', {}, schemes({userPool: cognito})), revision: route('/me', 'get', {'x-amazon-apigateway-auth': {type: 'NONE'}}, schemes({userPool: cognito}))},
  },
  {id: 'gateway-request-validation-stricter', base: validated('params-only'), revision: validated('basic'), twin: {base: validated('basic'), revision: validated('params-only')}},
  {
    id: 'gateway-binary-media-type-removed',
    base: route('/images', 'put', {}, {'x-amazon-apigateway-binary-media-types': ['image/png', 'application/octet-stream']}),
    revision: route('/images', 'put', {}, {'x-amazon-apigateway-binary-media-types': ['image/png']}),
    twin: {base: route('/images', 'put', {}, {'x-amazon-apigateway-binary-media-types': ['image/png']}), revision: route('/images', 'put', {}, {'x-amazon-apigateway-binary-media-types': ['IMAGE/PNG', 'application/pdf']})},
  },
  {
    id: 'gateway-cors-origin-removed',
    base: httpApi({allowOrigins: ['https://app.example.com', 'https://admin.example.com']}),
    revision: httpApi({allowOrigins: ['https://app.example.com']}),
    twin: {base: httpApi({allowOrigins: ['https://app.example.com', 'https://admin.example.com']}), revision: httpApi({allowOrigins: ['*']})},
  },
  {
    id: 'gateway-cors-method-removed',
    base: httpApi({allowOrigins: ['*'], allowMethods: ['GET', 'POST', 'DELETE']}),
    revision: httpApi({allowOrigins: ['*'], allowMethods: ['GET', 'POST']}),
    twin: {base: httpApi({allowOrigins: ['*'], allowMethods: ['GET', 'POST']}), revision: httpApi({allowOrigins: ['*'], allowMethods: ['get', 'post', 'options']})},
  },
  {
    id: 'gateway-cors-header-removed',
    base: httpApi({allowOrigins: ['https://shop.example.com'], allowHeaders: ['content-type', 'x-request-id'], maxAge: 600}),
    revision: httpApi({allowOrigins: ['https://shop.example.com'], allowHeaders: ['content-type'], maxAge: 600}),
    twin: {
      base: httpApi({allowOrigins: ['https://shop.example.com'], allowHeaders: ['Content-Type'], maxAge: 600}),
      revision: httpApi({allowOrigins: ['https://shop.example.com'], allowHeaders: ['content-type', 'authorization'], maxAge: 3600}),
    },
  },
  {
    id: 'gateway-api-key-source-changed',
    base: swagger({'/usage': {get: {responses: ok}}}, {'x-amazon-apigateway-api-key-source': 'HEADER'}),
    revision: swagger({'/usage': {get: {responses: ok}}}, {'x-amazon-apigateway-api-key-source': 'AUTHORIZER'}),
    twin: {base: swagger({'/usage': {get: {responses: ok}}}), revision: swagger({'/usage': {get: {responses: ok}}}, {'x-amazon-apigateway-api-key-source': 'header'})},
  },
  {id: 'gateway-execute-api-endpoint-disabled', base: endpoint(false), revision: endpoint(true), twin: {base: endpoint(true), revision: endpoint(false)}},
])

describe('gateway semantics', () => {
  it('IAM authorization (x-amazon-apigateway-auth AWS_IAM) counts as an authorizer added', async () => {
    const report = await diffDocs(route('/admin', 'post', {'x-amazon-apigateway-auth': {type: 'none'}}), route('/admin', 'post', {'x-amazon-apigateway-auth': {type: 'aws_iam'}}))
    const hit = report.changes.find((c) => c.id === 'gateway-authorizer-added')
    expect(hit?.severity).toBe('error')
    expect(hit?.message).toContain('AWS_IAM')
  })

  it('a Lambda authorizer on x-api-key-like headers is an authorizer, not an API key', async () => {
    const ids = await changeIds(route('/accounts', 'get', {}, schemes({lambdaToken: {...tokenAuthorizer, name: 'x-api-key'}})), route('/accounts', 'get', {security: [{lambdaToken: []}]}, schemes({lambdaToken: {...tokenAuthorizer, name: 'x-api-key'}})))
    expect(ids).toContain('gateway-authorizer-added')
    expect(ids).not.toContain('gateway-api-key-required')
  })

  it('request validation is inherited from the document and only counts where it has something to check', async () => {
    const doc = (validator: string | undefined, body: boolean) =>
      oas({'/search': {get: {parameters: [{name: 'q', in: 'query', required: true, schema: {type: 'string'}}], responses: ok, ...(body ? {requestBody: {content: {'application/json': {schema: {type: 'object'}}}}} : {})}}}, {...validators, ...(validator ? {'x-amazon-apigateway-request-validator': validator} : {})})
    const stricter = (await diffDocs(doc(undefined, false), doc('params-only', false))).changes.filter((c) => c.id === 'gateway-request-validation-stricter')
    expect(stricter.map((c) => c.message)).toEqual(['request validator "params-only" now validates the required request parameters'])
    // basic adds body validation, but the operation has no body to validate.
    expect(await changeIds(doc('params-only', false), doc('basic', false))).not.toContain('gateway-request-validation-stricter')
    expect(await changeIds(doc('params-only', true), doc('basic', true))).toContain('gateway-request-validation-stricter')
  })

  it('an unset timeout is the 29 s default', async () => {
    expect(await changeIds(route('/slow', 'get', {[INTEGRATION]: lambda('slow')}), route('/slow', 'get', {[INTEGRATION]: lambda('slow', {timeoutInMillis: 29000})}))).toEqual([])
    const report = await diffDocs(route('/slow', 'get', {[INTEGRATION]: lambda('slow', {timeoutInMillis: 29000})}), route('/slow', 'get', {[INTEGRATION]: lambda('slow', {timeoutInMillis: 3000})}))
    expect(report.changes.map((c) => c.message)).toEqual(['integration timeoutInMillis decreased from 29000 to 3000'])
  })

  it('reports request parameter mappings and passthroughBehavior with their values', async () => {
    const mapped = (params: Doc, passthrough?: string) =>
      route('/tenants/{id}', 'get', {[INTEGRATION]: {type: 'http', httpMethod: 'GET', uri: 'https://t.example.com/{id}', requestParameters: params, ...(passthrough ? {passthroughBehavior: passthrough} : {})}})
    const report = await diffDocs(mapped({'integration.request.path.id': 'method.request.path.id'}), mapped({'integration.request.path.id': 'method.request.querystring.id', 'integration.request.header.x-tenant': "'acme'"}, 'never'))
    expect(report.changes.filter((c) => c.id === 'gateway-integration-request-mapping-changed').map((c) => c.message).sort()).toEqual([
      'integration passthroughBehavior changed from WHEN_NO_MATCH to NEVER',
      'integration request parameter integration.request.header.x-tenant was added',
      'integration request parameter integration.request.path.id changed from "method.request.path.id" to "method.request.querystring.id"',
    ])
  })

  it('reads the Swagger 2.0 endpoint configuration at the top level', async () => {
    const doc = (cfg: Doc) => swagger({'/ping': {get: {responses: ok}}}, {'x-amazon-apigateway-endpoint-configuration': cfg})
    const report = await diffDocs(doc({vpcEndpointIds: ['vpce-0212a4ababd5b8c3e']}), doc({vpcEndpointIds: ['vpce-0212a4ababd5b8c3e'], disableExecuteApiEndpoint: true}))
    const hit = report.changes.find((c) => c.id === 'gateway-execute-api-endpoint-disabled')
    expect(hit?.severity).toBe('error')
    expect(hit?.revision?.pointer).toBe('/x-amazon-apigateway-endpoint-configuration/disableExecuteApiEndpoint')
  })

  it('dropping the whole CORS configuration removes every origin, method and header', async () => {
    const ids = await changeIds(httpApi({allowOrigins: ['https://a.example.com'], allowMethods: ['PUT'], allowHeaders: ['x-trace']}), httpApi(undefined))
    expect(ids.sort()).toEqual(['gateway-cors-header-removed', 'gateway-cors-method-removed', 'gateway-cors-origin-removed'])
  })
})
