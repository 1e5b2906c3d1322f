import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sdkGenCommand} from '../../src/lib/sdk/generate.js'
import {REPO, SHARED} from '../helpers/cli.js'
import {startPrism, type Prism} from '../helpers/net.js'
import {expectPetstoreCalls, expectSuccess, type CallResult} from '../helpers/prism-calls.js'
import {runProcess} from '../helpers/process.js'

// The generated SDK against a real HTTP server: Prism mocks the petstore and validates each request (parameters,
// bodies, security), answering 2xx for a valid one and 4xx for an invalid one.
const SPEC = path.join(SHARED, 'specs/07-swagger-petstore.oas30.yaml')
const PRISM = path.join(REPO, 'node_modules/.bin/prism')
const OUT = path.join(REPO, '.apix-tmp/sdk-out/typescript-prism')


describe.skipIf(!existsSync(SPEC) || !existsSync(PRISM))('the petstore SDK against Prism', () => {
  let prism: Prism | undefined
  let baseUrl = ''

  beforeAll(async () => {
    prism = await startPrism(SPEC, '/store/inventory')
    baseUrl = prism.baseUrl
    mkdirSync(OUT, {recursive: true})
    const outcome = await sdkGenCommand({spec: SPEC, out: path.join(OUT, 'sdk'), cwd: REPO, load: {}})
    expect(outcome.exitCode).toBe(0)
  }, 60_000)

  afterAll(async () => {
    await prism?.stop()
    rmSync(OUT, {recursive: true, force: true})
  })

  it('calls operations: valid input gets the typed 2xx body, invalid input a typed ApiError with a 4xx status', async () => {
    const script = path.join(OUT, 'calls.ts')
    writeFileSync(
      script,
      `
import {ApiError, SwaggerPetstoreOpenApi30Client, createClient, getPetById} from './sdk/src/index.js'

const baseUrl = ${JSON.stringify(baseUrl)}
const client = new SwaggerPetstoreOpenApi30Client({baseUrl, auth: {api_key: 'special-key', petstore_auth: async () => 'token'}, retry: false})
const anonymous = new SwaggerPetstoreOpenApi30Client({baseUrl, retry: false})
const results: Record<string, unknown> = {}
async function record(name: string, call: () => Promise<unknown>): Promise<void> {
  try {
    const value = await call()
    results[name] = {ok: true, type: Array.isArray(value) ? 'array' : typeof value, value}
  } catch (error) {
    results[name] = error instanceof ApiError ? {ok: false, status: error.status, body: error.body, contentType: error.headers.get('content-type')} : {ok: false, thrown: String(error)}
  }
}

await record('getPetById', () => client.getPetById({petId: 10}))
await record('getPetById (function)', () => getPetById(createClient({baseUrl, auth: {api_key: 'k'}}), {petId: 10}))
await record('findPetsByStatus', () => client.findPetsByStatus({status: 'available'}))
await record('findPetsByTags', () => client.findPetsByTags({tags: ['a', 'b']}))
await record('addPet', () => client.addPet({name: 'doggie', photoUrls: ['https://example.com/d.png'], status: 'available'}))
await record('updatePetWithForm', () => client.updatePetWithForm({petId: 10, name: 'rex', status: 'sold'}))
await record('getInventory', () => client.getInventory())
await record('placeOrder', () => client.placeOrder({id: 1, petId: 10, quantity: 1, status: 'placed', complete: false}))
await record('loginUser', () => client.loginUser({username: 'u', password: 'p'}))
await record('deleteOrder', () => client.deleteOrder({orderId: 1}))

// @ts-expect-error petId is a number
await record('getPetById (petId not a number)', () => client.getPetById({petId: 'abc'}))
// @ts-expect-error name and photoUrls are required
await record('addPet (no required fields)', () => client.addPet({status: 'available'}))
await record('findPetsByStatus (not in the enum)', () => client.findPetsByStatus({status: 'bogus' as 'sold'}))
await record('getPetById (no credentials)', () => anonymous.getPetById({petId: 10}))

console.log(JSON.stringify(results))
`,
    )
    const output = await runProcess(process.execPath, ['--import', 'tsx', script], {cwd: OUT, timeoutMs: 60_000})
    expect(output.stderr).toBe('')
    expect(output.code).toBe(0)
    const results = JSON.parse(output.stdout) as Record<string, CallResult>

    expectSuccess(results, ['getPetById (function)'], prism?.log() ?? '')
    expectPetstoreCalls(results, {object: 'object', array: 'array'}, prism?.log() ?? '')
  })
})
