import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sdkGenCommand} from '../../src/lib/sdk/generate.js'
import {REPO, SHARED} from '../helpers/cli.js'

// The generated SDK against a real HTTP server: Prism mocks the petstore and validates each request (parameters,
// bodies, security), answering 2xx for a valid one and 4xx for an invalid one.
const SPEC = path.join(SHARED, 'specs/07-swagger-petstore.oas30.yaml')
const PRISM = path.join(REPO, 'node_modules/.bin/prism')
const OUT = path.join(REPO, '.apix-tmp/sdk-out/typescript-prism')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

describe.skipIf(!existsSync(SPEC) || !existsSync(PRISM))('the petstore SDK against Prism', () => {
  let prism: ChildProcess | undefined
  let baseUrl = ''
  let log = ''

  beforeAll(async () => {
    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    prism = spawn(PRISM, ['mock', SPEC, '-h', '127.0.0.1', '-p', String(port)], {stdio: ['ignore', 'pipe', 'pipe']})
    prism.stdout!.on('data', (d: Buffer) => (log += d.toString()))
    prism.stderr!.on('data', (d: Buffer) => (log += d.toString()))
    // Ready when it answers (any status): at most 30 s, in 100 ms steps.
    for (let i = 0; i < 300; i++) {
      if (prism.exitCode !== null) throw new Error(`prism exited: ${log}`)
      const up = await fetch(`${baseUrl}/store/inventory`).then(() => true, () => false)
      if (up) break
      if (i === 299) throw new Error(`prism did not start: ${log}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    mkdirSync(OUT, {recursive: true})
    const outcome = await sdkGenCommand({spec: SPEC, out: path.join(OUT, 'sdk'), cwd: REPO, load: {}})
    expect(outcome.exitCode).toBe(0)
  }, 60_000)

  afterAll(async () => {
    if (prism && prism.exitCode === null) {
      const exited = new Promise((r) => prism!.once('exit', r))
      prism.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
      if (prism.exitCode === null && prism.signalCode === null) prism.kill('SIGKILL')
    }
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
    const output = await new Promise<{code: number | null; stdout: string; stderr: string}>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script], {cwd: OUT, stdio: ['ignore', 'pipe', 'pipe']})
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
      child.on('error', reject)
      child.on('close', (code) => (clearTimeout(timer), resolve({code, stdout, stderr})))
    })
    expect(output.stderr).toBe('')
    expect(output.code).toBe(0)
    const results = JSON.parse(output.stdout) as Record<string, {ok: boolean; type?: string; value?: unknown; status?: number; body?: unknown}>

    for (const name of ['getPetById', 'getPetById (function)', 'findPetsByStatus', 'findPetsByTags', 'addPet', 'updatePetWithForm', 'getInventory', 'placeOrder', 'loginUser', 'deleteOrder']) {
      expect(results[name], `${name}: ${JSON.stringify(results[name])}\n${log.slice(-2000)}`).toMatchObject({ok: true})
    }
    expect(results['getPetById']).toMatchObject({type: 'object', value: {name: expect.any(String), photoUrls: expect.any(Array)}})
    expect(results['findPetsByStatus']).toMatchObject({type: 'array'})
    expect(results['getInventory']).toMatchObject({type: 'object'})

    for (const name of ['getPetById (petId not a number)', 'addPet (no required fields)', 'findPetsByStatus (not in the enum)', 'getPetById (no credentials)']) {
      const r = results[name]!
      expect(r.ok, `${name}: ${JSON.stringify(r)}`).toBe(false)
      expect(r.status, `${name}: ${JSON.stringify(r)}`).toBeGreaterThanOrEqual(400)
      expect(r.status, name).toBeLessThan(500)
    }
    expect(results['getPetById (no credentials)']!.status).toBe(401)
    // Prism answers with the status the spec declares for the failure (400 invalid ID, 422 validation); these carry no body.
    expect(results['getPetById (petId not a number)']!.status).toBe(400)
    expect(results['addPet (no required fields)']!.status).toBe(422)
  })
})
