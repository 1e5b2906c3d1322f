import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sdkGenCommand} from '../../src/lib/sdk/generate.js'
import {REPO, SHARED} from '../helpers/cli.js'
import {startPrism, type Prism} from '../helpers/net.js'
import {expectClientErrors, expectEveryOperationCalled, expectSuccess, MUSEUM_INVALID, MUSEUM_VALID, UBER_INVALID, UBER_VALID, type CallResult} from '../helpers/prism-calls.js'
import {runProcess} from '../helpers/process.js'

// Generated SDKs for two more specs against Prism, which validates each request against the spec it was started with
// (parameters, formats, enums, bodies, security): the Redocly museum (OpenAPI 3.1, HTTP basic on every operation) and
// Uber (Swagger 2.0: the SDK comes through the converter, while Prism reads the original, so the two interpretations
// of the same spec meet on the wire). Every operation is called with valid input (a 2xx and its typed body) and, where
// the spec allows it, with invalid input (the SDK's ApiError with a 4xx status). The call scripts are also type-checked:
// the typed bodies are asserted at compile time, and the invalid inputs that types forbid carry @ts-expect-error.
const PRISM = path.join(REPO, 'node_modules/.bin/prism')
const TSC = path.join(REPO, 'node_modules/typescript-7/bin/tsc')
const OUT_ROOT = path.join(REPO, '.apix-tmp/sdk-out')

/** The functions the generated client exports, one per operation (each an `$operation` constant). */
function operationsOf(out: string): string[] {
  const client = readFileSync(path.join(out, 'sdk/src/client.ts'), 'utf8')
  return [...client.matchAll(/^export const (\w+) = \/\* @__PURE__ \*\/ \$operation</gm)].map((m) => m[1]!).sort()
}

/** The part every call script shares: `record` runs a call and keeps its outcome by name. */
function preamble(indexImports: string[], baseUrl: string): string {
  return `
import {ApiError, ${indexImports.join(', ')}} from './sdk/src/index.js'

const baseUrl = ${JSON.stringify(baseUrl)}
const results: Record<string, unknown> = {}
async function record(name: string, call: () => Promise<unknown>): Promise<void> {
  try {
    const value = await call()
    results[name] = {ok: true, type: value instanceof Blob ? 'blob' : Array.isArray(value) ? 'array' : value === undefined ? 'undefined' : typeof value, value: value instanceof Blob ? value.type : value}
  } catch (error) {
    results[name] = error instanceof ApiError ? {ok: false, apiError: true, status: error.status, body: error.body} : {ok: false, thrown: String(error)}
  }
}
`
}

/**
 * Starts Prism on `spec`, generates the SDK into `.apix-tmp/sdk-out/prism-<name>/sdk`, and returns what the tests need;
 * the caller's afterAll calls `stop`.
 */
function prismFixture(name: string, spec: string, readyPath: string) {
  const out = path.join(OUT_ROOT, `prism-${name}`)
  const state = {baseUrl: '', log: '', out, prism: undefined as Prism | undefined}

  const start = async (): Promise<void> => {
    rmSync(out, {recursive: true, force: true})
    mkdirSync(out, {recursive: true})
    state.prism = await startPrism(spec, readyPath)
    state.baseUrl = state.prism.baseUrl
    const outcome = await sdkGenCommand({spec, out: path.join(out, 'sdk'), cwd: REPO, load: {}})
    expect(outcome.exitCode).toBe(0)
    writeFileSync(
      path.join(out, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: true,
          noEmit: true,
        },
        include: ['calls.ts', 'sdk/src'],
      }),
    )
  }

  const stop = async (): Promise<void> => {
    if (state.prism) state.log = state.prism.log()
    await state.prism?.stop()
    rmSync(out, {recursive: true, force: true})
  }

  /** Type-checks the script with the SDK, then runs it; returns the recorded outcomes. */
  const callAll = async (script: string): Promise<Record<string, CallResult>> => {
    writeFileSync(path.join(out, 'calls.ts'), script)
    const tsc = await runProcess(process.execPath, [TSC, '-p', 'tsconfig.json'], {cwd: out, timeoutMs: 120_000})
    expect(tsc.stdout + tsc.stderr, 'the call script and the SDK type-check').toBe('')
    expect(tsc.code).toBe(0)
    const r = await runProcess(process.execPath, ['--import', 'tsx', 'calls.ts'], {cwd: out, timeoutMs: 60_000})
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    return JSON.parse(r.stdout) as Record<string, CallResult>
  }

  return {state, start, stop, callAll}
}

const MUSEUM = path.join(SHARED, 'specs/08-redocly-museum.oas31.yaml')

describe.skipIf(!existsSync(MUSEUM) || !existsSync(PRISM))('the Redocly museum SDK (OpenAPI 3.1, basic auth) against Prism', () => {
  const fx = prismFixture('museum', MUSEUM, '/museum-hours')
  beforeAll(fx.start, 60_000)
  afterAll(fx.stop)

  it('calls every operation: valid input gets its typed 2xx body, invalid input a typed ApiError with a 4xx', async () => {
    const event = '3be6453c-03eb-4357-ae5a-984a0e574a54'
    const ticket = 'a54a57ca-36f8-421b-a6b4-2e8f26858a4c'
    const script =
      preamble(['RedoclyMuseumApiClient', 'createClient', 'getTicketCode', 'type GetMuseumHoursError', 'type components'], fx.state.baseUrl) +
      `
const client = new RedoclyMuseumApiClient({baseUrl, auth: {MuseumPlaceholderAuth: {username: 'ariel', password: 'sea'}}, retry: false})
const anonymous = new RedoclyMuseumApiClient({baseUrl, retry: false})
type SpecialEvent = components['schemas']['SpecialEvent']

// Compile-time: the bodies have the spec's types.
await record('getMuseumHours', async () => {
  const hours: Array<{date: string; timeOpen: string; timeClose: string}> = await client.getMuseumHours({startDate: '2023-09-11', page: 1, limit: 10})
  return hours
})
await record('listSpecialEvents', async () => {
  const events: SpecialEvent[] = await client.listSpecialEvents({startDate: '2023-09-01', endDate: '2023-12-31', page: 1, limit: 5})
  return events
})
await record('createSpecialEvent', async () => {
  const created: SpecialEvent = await client.createSpecialEvent({name: 'Mermaid Treasure', location: 'Room Sea-12', eventDescription: 'Thingamabobs.', dates: ['2023-09-05', '2023-09-08'], price: 30})
  return created
})
await record('getSpecialEvent', async () => {
  const got: {name: string; price: number; dates: string[]} = await client.getSpecialEvent({eventId: ${JSON.stringify(event)}})
  return got
})
await record('updateSpecialEvent', () => client.updateSpecialEvent({eventId: ${JSON.stringify(event)}}, {location: 'On the beach.', price: 15}))
await record('deleteSpecialEvent', async () => {
  const nothing: undefined = await client.deleteSpecialEvent({eventId: ${JSON.stringify(event)}})
  return nothing
})
await record('buyMuseumTickets', async () => {
  const confirmation: {message: string; confirmationCode: string; ticketType: 'event' | 'general'} = await client.buyMuseumTickets({ticketType: 'general', ticketDate: '2023-09-07', email: 'todd@example.com'})
  return confirmation
})
await record('getTicketCode', async () => {
  const png: Blob = await getTicketCode(createClient({baseUrl, auth: {MuseumPlaceholderAuth: {username: 'a', password: 'b'}}}), {ticketId: ${JSON.stringify(ticket)}})
  return png
})

await record('getMuseumHours (limit above the maximum)', () => client.getMuseumHours({limit: 99}))
await record('getMuseumHours (startDate not a date)', () => client.getMuseumHours({startDate: 'not-a-date'}))
await record('listSpecialEvents (endDate not a date)', () => client.listSpecialEvents({endDate: 'someday'}))
// @ts-expect-error name, location, eventDescription, dates and price are required
await record('createSpecialEvent (required fields missing)', () => client.createSpecialEvent({name: 'x'}))
await record('getSpecialEvent (eventId not a uuid)', () => client.getSpecialEvent({eventId: 'nope'}))
// @ts-expect-error price is a number
await record('updateSpecialEvent (price not a number)', () => client.updateSpecialEvent({eventId: ${JSON.stringify(event)}}, {price: 'free'}))
await record('deleteSpecialEvent (eventId not a uuid)', () => client.deleteSpecialEvent({eventId: 'nope'}))
// @ts-expect-error ticketType is event or general
await record('buyMuseumTickets (ticketType not in the enum)', () => client.buyMuseumTickets({ticketType: 'vip', ticketDate: '2023-09-07'}))
await record('getTicketCode (ticketId not a uuid)', () => client.getTicketCode({ticketId: 'nope'}))
await record('getMuseumHours (no credentials)', () => anonymous.getMuseumHours())
await record('deleteSpecialEvent (no credentials)', () => anonymous.deleteSpecialEvent({eventId: ${JSON.stringify(event)}}))

// Compile-time: the error body has the spec's problem+json type.
try {
  await client.getMuseumHours({limit: 99})
} catch (error) {
  if (!(error instanceof ApiError)) throw error
  const title: string | undefined = (error as GetMuseumHoursError).body.title
  results['typed error body'] = {ok: false, apiError: true, status: error.status, body: title}
}

console.log(JSON.stringify(results))
`
    const results = await fx.callAll(script)
    expectEveryOperationCalled(results, operationsOf(fx.state.out))

    expectSuccess(results, MUSEUM_VALID, fx.state.prism?.log() ?? '')
    expect(results['getMuseumHours']).toMatchObject({type: 'array', value: expect.arrayContaining([expect.objectContaining({date: expect.any(String), timeOpen: expect.any(String)})])})
    expect(results['listSpecialEvents']).toMatchObject({type: 'array', value: expect.arrayContaining([expect.objectContaining({name: expect.any(String), price: expect.any(Number)})])})
    expect(results['createSpecialEvent']).toMatchObject({type: 'object', value: {name: expect.any(String), dates: expect.any(Array)}})
    expect(results['getSpecialEvent']).toMatchObject({type: 'object', value: {eventId: expect.any(String)}})
    expect(results['updateSpecialEvent']).toMatchObject({type: 'object', value: {price: expect.any(Number)}})
    // 204: no body.
    expect(results['deleteSpecialEvent']).toMatchObject({type: 'undefined'})
    expect(results['buyMuseumTickets']).toMatchObject({type: 'object', value: {confirmationCode: expect.any(String), ticketType: 'general'}})
    expect(results['getTicketCode']).toMatchObject({type: 'blob', value: 'image/png'})

    expectClientErrors(results, MUSEUM_INVALID)
    expect(results['getSpecialEvent (eventId not a uuid)']!.body).toMatchObject({title: expect.any(String)})
    expect(results['typed error body']).toMatchObject({status: 400, body: expect.any(String)})
  })
})

const UBER = path.join(SHARED, 'specs/02-oai-uber.swagger2.json')

describe.skipIf(!existsSync(UBER) || !existsSync(PRISM))('the Uber SDK (Swagger 2.0, converted) against Prism', () => {
  const fx = prismFixture('uber', UBER, '/me')
  beforeAll(fx.start, 60_000)
  afterAll(fx.stop)

  it('calls every operation: valid input gets its typed 2xx body, invalid input a typed ApiError with a 4xx', async () => {
    // The spec has basePath /v1 and no securityDefinitions (no credentials to send); Prism serves its paths without
    // the basePath, hence a baseUrl with none.
    const script =
      preamble(['UberApiClient', 'createClient', 'getMe', 'type GetProductsError', 'type components'], fx.state.baseUrl) +
      `
const client = new UberApiClient({baseUrl, retry: false})
type Product = components['schemas']['Product']

await record('getProducts', async () => {
  const products: Product[] = await client.getProducts({latitude: 37.775, longitude: -122.418})
  return products
})
await record('getEstimatesPrice', async () => {
  const estimates: Array<{product_id?: string; low_estimate?: number; surge_multiplier?: number}> = await client.getEstimatesPrice({startLatitude: 37.775, startLongitude: -122.418, endLatitude: 37.8, endLongitude: -122.4})
  return estimates
})
await record('getEstimatesTime', () => client.getEstimatesTime({startLatitude: 37.775, startLongitude: -122.418, customerUuid: '3be6453c-03eb-4357-ae5a-984a0e574a54', productId: 'uberX'}))
await record('getMe', async () => {
  const me: {first_name?: string; email?: string} = await getMe(createClient({baseUrl}))
  return me
})
await record('getHistory', async () => {
  const history: {offset?: number; count?: number; history?: Array<{uuid?: string}>} = await client.getHistory({offset: 0, limit: 5})
  return history
})

// @ts-expect-error longitude is required
await record('getProducts (longitude missing)', () => client.getProducts({latitude: 37.775}))
// @ts-expect-error latitude is a number
await record('getProducts (latitude not a number)', () => client.getProducts({latitude: 'north', longitude: 1}))
// @ts-expect-error endLatitude and endLongitude are required
await record('getEstimatesPrice (end missing)', () => client.getEstimatesPrice({startLatitude: 1, startLongitude: 2}))
await record('getEstimatesTime (customerUuid not a uuid)', () => client.getEstimatesTime({startLatitude: 1, startLongitude: 2, customerUuid: 'nope'}))
await record('getHistory (limit not an integer)', () => client.getHistory({limit: 2.5}))
// getMe has no parameter, body or security: no invalid input to send.

// Compile-time: the error body is the spec's default response (#/definitions/Error).
try {
  // @ts-expect-error longitude is required
  await client.getProducts({latitude: 1})
} catch (error) {
  if (!(error instanceof ApiError)) throw error
  const body: {code?: number; message?: string; fields?: string} = (error as GetProductsError).body
  results['typed error body'] = {ok: false, apiError: true, status: error.status, body}
}

console.log(JSON.stringify(results))
`
    const results = await fx.callAll(script)
    expectEveryOperationCalled(results, operationsOf(fx.state.out))

    expectSuccess(results, UBER_VALID, fx.state.prism?.log() ?? '')
    expect(results['getProducts']).toMatchObject({type: 'array', value: expect.arrayContaining([expect.objectContaining({product_id: expect.any(String)})])})
    expect(results['getEstimatesPrice']).toMatchObject({type: 'array', value: expect.arrayContaining([expect.objectContaining({low_estimate: expect.any(Number)})])})
    expect(results['getEstimatesTime']).toMatchObject({type: 'array'})
    expect(results['getMe']).toMatchObject({type: 'object', value: {first_name: expect.any(String)}})
    expect(results['getHistory']).toMatchObject({type: 'object', value: {history: expect.any(Array)}})

    expectClientErrors(results, UBER_INVALID)
    expect(results['typed error body']).toMatchObject({status: 422, body: {code: expect.any(Number), message: expect.any(String)}})
  })
})
