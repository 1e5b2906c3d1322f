import {describe, expect, it} from 'vitest'
import {security} from '../../../src/lib/diff/checks/security.js'
import {changeIds, oas, oas31, runCases, swagger, type Doc} from '../helpers.js'

const ok = {'200': {description: 'OK'}}

/** OpenAPI 3.0: `GET /pets` with its own `security` (when given), these schemes and this global requirement. */
const pets = (schemes: Doc, opSecurity?: unknown[], global?: unknown[]) =>
  oas({'/pets': {get: {responses: ok, ...(opSecurity ? {security: opSecurity} : {})}}}, {components: {securitySchemes: schemes}, ...(global ? {security: global} : {})})
/** OpenAPI 3.1: `PUT /accounts/{id}` and `GET /status`, the document requiring `global`. */
const accounts = (schemes: Doc, global: unknown[], statusSecurity?: unknown[]) =>
  oas31(
    {
      '/accounts/{id}': {put: {parameters: [{name: 'id', in: 'path', required: true, schema: {type: 'integer'}}], responses: {'204': {description: 'Saved'}}}},
      '/status': {get: {responses: ok, ...(statusSecurity ? {security: statusSecurity} : {})}},
    },
    {components: {securitySchemes: schemes}, security: global},
  )
/** Swagger 2.0: `POST /pets` with these definitions and requirement. */
const store = (definitions: Doc, req: unknown[] = []) => swagger({'/pets': {post: {responses: {'201': {description: 'Created'}}, ...(req.length ? {security: req} : {})}}}, {securityDefinitions: definitions})

const apiKey = {type: 'apiKey', in: 'header', name: 'X-API-Key'}
const bearer = {type: 'http', scheme: 'bearer', bearerFormat: 'JWT'}
const oauth = (scopes: Doc, extra: Doc = {}) => ({type: 'oauth2', flows: {authorizationCode: {authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes}, ...extra}})
const oidc = (url: string, extra: Doc = {}) => ({type: 'openIdConnect', openIdConnectUrl: url, ...extra})
const v2oauth = (tokenUrl: string, scopes: Doc = {'pets:write': 'modify pets'}) => ({type: 'oauth2', flow: 'password', tokenUrl, scopes})

runCases(security, [
  {
    id: 'security-added',
    base: pets({key: apiKey}),
    revision: pets({key: apiKey}, undefined, [{key: []}]),
    // Authentication offered but optional: anonymous access stays.
    twin: {base: pets({key: apiKey}), revision: pets({key: apiKey}, undefined, [{}, {key: []}])},
  },
  {
    id: 'security-first-declared',
    // The old document described no authentication at all; the new one documents an API key on every operation.
    base: oas({'/models': {get: {responses: ok}}}),
    revision: oas({'/models': {get: {responses: ok}}}, {components: {securitySchemes: {ApiKeyAuth: {type: 'http', scheme: 'bearer'}}}, security: [{ApiKeyAuth: []}]}),
    // A document that already declared schemes, now requiring one: that is security-added, not this.
    twin: {base: pets({key: apiKey}), revision: pets({key: apiKey}, [{key: []}])},
  },
  {
    id: 'security-removed',
    base: accounts({jwt: bearer}, [{jwt: []}]),
    revision: accounts({jwt: bearer}, [{jwt: []}], []),
    twin: {base: accounts({jwt: bearer}, [{jwt: []}], []), revision: accounts({jwt: bearer}, [{jwt: []}])},
  },
  {
    id: 'security-alternative-added',
    base: store({api_key: {type: 'apiKey', in: 'header', name: 'api_key'}, petstore_auth: v2oauth('https://petstore.example.com/token')}, [{api_key: []}]),
    revision: store({api_key: {type: 'apiKey', in: 'header', name: 'api_key'}, petstore_auth: v2oauth('https://petstore.example.com/token')}, [{api_key: []}, {petstore_auth: ['pets:write']}]),
    twin: {
      base: store({api_key: {type: 'apiKey', in: 'header', name: 'api_key'}, petstore_auth: v2oauth('https://petstore.example.com/token')}, [{api_key: []}, {petstore_auth: ['pets:write']}]),
      revision: store({api_key: {type: 'apiKey', in: 'header', name: 'api_key'}, petstore_auth: v2oauth('https://petstore.example.com/token')}, [{petstore_auth: ['pets:write']}, {api_key: []}]),
    },
  },
  {
    id: 'security-alternative-removed',
    base: accounts({sso: oauth({'accounts:write': 'edit'}), key: apiKey}, [{sso: ['accounts:write']}, {key: []}]),
    revision: accounts({sso: oauth({'accounts:write': 'edit'}), key: apiKey}, [{sso: ['accounts:write']}]),
    // Dropping an alternative that asked for more than a remaining one locks nobody out.
    twin: {base: accounts({key: apiKey, jwt: bearer}, [{key: []}, {key: [], jwt: []}]), revision: accounts({key: apiKey, jwt: bearer}, [{key: []}])},
  },
  {
    id: 'security-scope-added',
    base: pets({oauth: oauth({'pets:read': 'read', 'pets:write': 'write'})}, [{oauth: ['pets:read']}]),
    revision: pets({oauth: oauth({'pets:read': 'read', 'pets:write': 'write'})}, [{oauth: ['pets:read', 'pets:write']}]),
    twin: {base: pets({oauth: oauth({'pets:read': 'read', 'pets:write': 'write'})}, [{oauth: ['pets:read', 'pets:write']}]), revision: pets({oauth: oauth({'pets:read': 'read', 'pets:write': 'write'})}, [{oauth: ['pets:read']}])},
  },
  {
    id: 'security-scope-removed',
    base: accounts({login: oidc('https://id.example.com/.well-known/openid-configuration')}, [{login: ['profile', 'email']}]),
    revision: accounts({login: oidc('https://id.example.com/.well-known/openid-configuration')}, [{login: ['profile']}]),
    twin: {base: accounts({login: oidc('https://id.example.com/.well-known/openid-configuration')}, [{login: ['profile', 'email']}]), revision: accounts({login: oidc('https://id.example.com/.well-known/openid-configuration')}, [{login: ['email', 'profile']}])},
  },
  {
    id: 'security-scheme-removed',
    base: pets({basicAuth: {type: 'http', scheme: 'basic'}, key: apiKey}, [{basicAuth: []}]),
    revision: pets({key: apiKey}, [{key: []}]),
    // The removed scheme was not used by any operation.
    twin: {base: pets({basicAuth: {type: 'http', scheme: 'basic'}, key: apiKey}, [{key: []}]), revision: pets({key: apiKey}, [{key: []}])},
  },
  {
    id: 'security-scheme-added',
    base: store({token: {type: 'apiKey', in: 'query', name: 'token'}}, [{token: []}]),
    revision: store({token: {type: 'apiKey', in: 'query', name: 'token'}, basic: {type: 'basic'}}, [{token: []}]),
    // The same scheme under a new name is a rename.
    twin: {base: store({token: {type: 'apiKey', in: 'query', name: 'token'}}, [{token: []}]), revision: store({queryToken: {type: 'apiKey', in: 'query', name: 'token', description: 'A token'}}, [{queryToken: []}])},
  },
  {
    id: 'security-scheme-renamed',
    base: accounts({api_key: {type: 'apiKey', in: 'cookie', name: 'session'}}, [{api_key: []}]),
    revision: accounts({SessionCookie: {type: 'apiKey', in: 'cookie', name: 'session'}}, [{SessionCookie: []}]),
    twin: {base: accounts({api_key: {type: 'apiKey', in: 'cookie', name: 'session'}}, [{api_key: []}]), revision: accounts({SessionCookie: {type: 'apiKey', in: 'cookie', name: 'sid'}}, [{SessionCookie: []}])},
  },
  {
    id: 'security-scheme-type-changed',
    base: pets({auth: apiKey}, [{auth: []}]),
    revision: pets({auth: bearer}, [{auth: []}]),
    twin: {base: pets({auth: apiKey}, [{auth: []}]), revision: pets({auth: {...apiKey, description: 'Issued in the console'}}, [{auth: []}])},
  },
  {
    id: 'security-scheme-api-key-changed',
    base: accounts({partner: {type: 'apiKey', in: 'header', name: 'X-Partner-Key'}}, [{partner: []}]),
    revision: accounts({partner: {type: 'apiKey', in: 'query', name: 'partner_key'}}, [{partner: []}]),
    // Header names are case-insensitive.
    twin: {base: accounts({partner: {type: 'apiKey', in: 'header', name: 'X-Partner-Key'}}, [{partner: []}]), revision: accounts({partner: {type: 'apiKey', in: 'header', name: 'x-partner-key'}}, [{partner: []}])},
  },
  {
    id: 'security-scheme-http-scheme-changed',
    base: pets({http: {type: 'http', scheme: 'basic'}}, [{http: []}]),
    revision: pets({http: {type: 'http', scheme: 'bearer'}}, [{http: []}]),
    // Swagger 2.0 `basic` is http basic; the scheme name is case-insensitive.
    twin: {base: swagger({'/pets': {get: {responses: ok, security: [{http: []}]}}}, {securityDefinitions: {http: {type: 'basic'}}}), revision: pets({http: {type: 'http', scheme: 'Basic'}}, [{http: []}])},
  },
  {
    id: 'security-scheme-oauth-flow-removed',
    base: pets({oauth: oauth({'pets:read': 'read'}, {clientCredentials: {tokenUrl: 'https://auth.example.com/token', scopes: {'pets:read': 'read'}}})}, [{oauth: ['pets:read']}]),
    revision: pets({oauth: oauth({'pets:read': 'read'})}, [{oauth: ['pets:read']}]),
    twin: {base: pets({oauth: oauth({'pets:read': 'read'})}, [{oauth: ['pets:read']}]), revision: pets({oauth: oauth({'pets:read': 'read'}, {implicit: {authorizationUrl: 'https://auth.example.com/authorize', scopes: {'pets:read': 'read'}}})}, [{oauth: ['pets:read']}])},
  },
  {
    id: 'security-scheme-oauth-url-changed',
    base: store({petstore_auth: v2oauth('https://petstore.example.com/oauth/token')}, [{petstore_auth: ['pets:write']}]),
    revision: store({petstore_auth: v2oauth('https://login.petstore.example.com/token')}, [{petstore_auth: ['pets:write']}]),
    twin: {base: store({petstore_auth: v2oauth('https://petstore.example.com/oauth/token')}, [{petstore_auth: ['pets:write']}]), revision: store({petstore_auth: v2oauth('https://petstore.example.com/oauth/token', {'pets:write': 'Create and update pets'})}, [{petstore_auth: ['pets:write']}])},
  },
  {
    id: 'security-scheme-oauth-scope-removed',
    base: accounts({m2m: {type: 'oauth2', flows: {clientCredentials: {tokenUrl: '/oauth/token', scopes: {read: 'r', write: 'w', admin: 'a'}}}}}, [{m2m: ['read']}]),
    revision: accounts({m2m: {type: 'oauth2', flows: {clientCredentials: {tokenUrl: '/oauth/token', scopes: {read: 'r', write: 'w'}}}}}, [{m2m: ['read']}]),
    twin: {base: accounts({m2m: {type: 'oauth2', flows: {clientCredentials: {tokenUrl: '/oauth/token', scopes: {read: 'r', write: 'w'}}}}}, [{m2m: ['read']}]), revision: accounts({m2m: {type: 'oauth2', flows: {clientCredentials: {tokenUrl: '/oauth/token', scopes: {read: 'r', write: 'w', admin: 'a'}}}}}, [{m2m: ['read']}])},
  },
  {
    id: 'security-scheme-openid-url-changed',
    base: pets({oidc: oidc('https://accounts.example.com/.well-known/openid-configuration')}, [{oidc: ['openid']}]),
    revision: pets({oidc: oidc('https://sso.example.org/.well-known/openid-configuration')}, [{oidc: ['openid']}]),
    twin: {base: pets({oidc: oidc('https://accounts.example.com/.well-known/openid-configuration')}, [{oidc: ['openid']}]), revision: pets({oidc: oidc('https://accounts.example.com/.well-known/openid-configuration', {description: 'Company SSO'})}, [{oidc: ['openid']}])},
  },
])

describe('security: meaning over syntax', () => {
  it('a renamed scheme changes no operation requirement', async () => {
    const base = accounts({api_key: apiKey}, [{api_key: []}])
    const revision = accounts({ApiKeyAuth: apiKey}, [{ApiKeyAuth: []}])
    expect(await changeIds(base, revision)).toEqual(['security-scheme-renamed'])
  })
  it('moving a requirement from the operation to the document is no change', async () => {
    const base = pets({key: apiKey}, [{key: []}])
    const revision = pets({key: apiKey}, undefined, [{key: []}])
    expect(await changeIds(base, revision)).toEqual([])
  })
  it('requiring a second scheme together with the first removes the old alternative', async () => {
    const base = pets({key: apiKey, jwt: bearer}, [{key: []}])
    const revision = pets({key: apiKey, jwt: bearer}, [{key: [], jwt: []}])
    expect((await changeIds(base, revision)).sort()).toEqual(['security-alternative-added', 'security-alternative-removed'])
  })
  it('dropping the anonymous alternative is an alternative removed', async () => {
    const base = pets({key: apiKey}, [{}, {key: []}])
    const revision = pets({key: apiKey}, [{key: []}])
    expect(await changeIds(base, revision)).toEqual(['security-alternative-removed'])
  })

  it('pairs alternatives that name one scheme several times with different scopes by their scopes (DigitalOcean)', async () => {
    const bearer = {type: 'http', scheme: 'bearer'}
    const doc = (alts: Array<Record<string, string[]>>) => pets({bearer_auth: bearer}, alts)
    expect(await changeIds(doc([{bearer_auth: ['domain:create']}, {bearer_auth: ['domain:update']}]), doc([{bearer_auth: ['domain:create']}, {bearer_auth: ['domain:update']}]))).toEqual([])
    expect(await changeIds(doc([{bearer_auth: ['domain:create']}, {bearer_auth: ['domain:update']}]), doc([{bearer_auth: ['domain:update']}, {bearer_auth: ['domain:create']}]))).toEqual([])
    expect(await changeIds(doc([{bearer_auth: ['domain:create']}, {bearer_auth: ['domain:update']}]), doc([{bearer_auth: ['domain:update']}]))).toEqual(['security-alternative-removed'])
  })
})
