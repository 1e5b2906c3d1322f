import {describe, expect, it} from 'vitest'
import {servers} from '../../../src/lib/diff/checks/servers.js'
import {changeIds, oas, oas31, runCases, swagger, type Doc} from '../helpers.js'

const paths = {'/health': {get: {responses: {'200': {description: 'OK'}}}}}
const v3 = (list: Doc[]) => oas(paths, {servers: list})
const v31 = (list: Doc[]) => oas31(paths, {servers: list})
const v2 = (extra: Doc) => swagger(paths, extra)

const region = (variable: Doc) => ({url: 'https://{region}.api.example.com/v1', variables: {region: variable}})

runCases(servers, [
  {
    id: 'server-removed',
    base: v3([{url: 'https://api.example.com/v1'}, {url: 'https://staging.example.com/v1'}]),
    revision: v3([{url: 'https://api.example.com/v1'}]),
    // Host case and a trailing slash do not make another server.
    twin: {base: v3([{url: 'https://api.example.com/v1'}, {url: 'https://staging.example.com/v1'}]), revision: v3([{url: 'https://API.example.com/v1/'}, {url: 'https://staging.example.com/v1', description: 'Staging'}])},
  },
  {
    id: 'server-added',
    base: v2({host: 'petstore.example.com', basePath: '/api', schemes: ['https']}),
    revision: v2({host: 'petstore.example.com', basePath: '/api', schemes: ['https', 'http']}),
    twin: {base: v2({host: 'petstore.example.com', basePath: '/api', schemes: ['https', 'http']}), revision: v2({host: 'petstore.example.com', basePath: '/api', schemes: ['https']})},
  },
  {
    id: 'server-base-path-changed',
    base: v2({host: 'shop.example.com', basePath: '/v1'}),
    revision: v2({host: 'shop.example.com', basePath: '/v2'}),
    // Another host, the same path.
    twin: {base: v2({host: 'shop.example.com', basePath: '/v1'}), revision: v2({host: 'store.example.com', basePath: '/v1'})},
  },
  {
    id: 'server-variable-removed',
    base: v3([region({default: 'eu', enum: ['eu', 'us']})]),
    revision: v3([{url: 'https://eu.api.example.com/v1'}]),
    twin: {base: v3([region({default: 'eu', enum: ['eu', 'us']})]), revision: v3([region({default: 'eu', enum: ['eu', 'us'], description: 'Data residency'})])},
  },
  {
    id: 'server-variable-enum-value-removed',
    base: v31([{url: 'https://gateway.example.net:{port}', variables: {port: {default: '443', enum: ['443', '8443']}}}]),
    revision: v31([{url: 'https://gateway.example.net:{port}', variables: {port: {default: '443', enum: ['443']}}}]),
    twin: {base: v31([{url: 'https://gateway.example.net:{port}', variables: {port: {default: '443', enum: ['443']}}}]), revision: v31([{url: 'https://gateway.example.net:{port}', variables: {port: {default: '443', enum: ['443', '8443']}}}])},
  },
  {
    id: 'server-variable-default-changed',
    base: v3([{url: 'https://{env}.payments.example.com', variables: {env: {default: 'live'}}}]),
    revision: v3([{url: 'https://{env}.payments.example.com', variables: {env: {default: 'sandbox'}}}]),
    // The variable renamed, its default kept.
    twin: {base: v3([{url: 'https://{env}.payments.example.com', variables: {env: {default: 'live'}}}]), revision: v3([{url: 'https://{environment}.payments.example.com', variables: {environment: {default: 'live'}}}])},
  },
])

describe('servers: matching', () => {
  it('a base path change is reported once, not as every server removed and added', async () => {
    const base = v3([{url: 'https://api.example.com/v1'}, {url: 'http://api.example.com/v1'}])
    const revision = v3([{url: 'https://api.example.com/v2'}, {url: 'http://api.example.com/v2'}])
    expect(await changeIds(base, revision)).toEqual(['server-base-path-changed'])
  })
  it('a variable inlined at its default is a variable removed, not a server replaced', async () => {
    const ids = await changeIds(v3([region({default: 'us'})]), v3([{url: 'https://us.api.example.com/v1'}]))
    expect(ids).toEqual(['server-variable-removed'])
  })
  it('a free-form variable limited to an enum loses values', async () => {
    const ids = await changeIds(v3([region({default: 'eu'})]), v3([region({default: 'eu', enum: ['eu']})]))
    expect(ids).toEqual(['server-variable-enum-value-removed'])
  })
  it('a renamed variable with the same values is no change', async () => {
    const base = v3([{url: 'https://{tenant}.crm.example.com', variables: {tenant: {default: 'demo', enum: ['demo', 'acme']}}}])
    const revision = v3([{url: 'https://{customer}.crm.example.com', variables: {customer: {default: 'demo', enum: ['demo', 'acme']}}}])
    expect(await changeIds(base, revision)).toEqual([])
  })
  it('servers listed in another order are no change', async () => {
    const a = {url: 'https://a.example.com'}
    const b = {url: 'https://b.example.com'}
    expect(await changeIds(v3([a, b]), v3([b, a]))).toEqual([])
  })
})
