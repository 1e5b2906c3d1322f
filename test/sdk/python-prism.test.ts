import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sdkGenCommand} from '../../src/lib/sdk/generate.js'
import {REPO, SHARED} from '../helpers/cli.js'
import {HAS_PRISM, startPrism, type Prism} from '../helpers/net.js'
import {expectClientErrors, expectEveryOperationCalled, expectSuccess, MUSEUM_INVALID, MUSEUM_VALID, UBER_INVALID, UBER_VALID, type CallResult} from '../helpers/prism-calls.js'
import {runProcess, type ProcessResult} from '../helpers/process.js'

// The Python SDKs of the Redocly museum (OpenAPI 3.1, HTTP basic) and Uber (Swagger 2.0, converted) make the calls the
// TypeScript SDKs make in prism-museum-uber.test.ts, against Prism, which validates each request against the spec:
// every operation with valid input (a 2xx and its parsed body), and the same invalid inputs (an ApiError with a 4xx).
// Python has no type checker here to reject the inputs TypeScript's types forbid, so those are sent as written.
const PYTHON = 'python3'
const HAS_PYTHON = spawnSync(PYTHON, ['--version']).status === 0
const OUT_ROOT = path.join(REPO, '.apix-tmp/sdk-out')

/** python3 on a script; no proxy for 127.0.0.1 and no bytecode files in the generated package. */
function python(args: string[], cwd: string): Promise<ProcessResult> {
  return runProcess(PYTHON, args, {cwd, timeoutMs: 60_000, env: {...process.env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8'}})
}

/** The methods of the generated client, one per operation. */
function operationsOf(sdk: string, pkg: string): string[] {
  const client = readFileSync(path.join(sdk, pkg, 'client.py'), 'utf8')
  return [...client.matchAll(/^ {4}def (\w+)\(/gm)].map((m) => m[1]!).filter((n) => n !== '__init__').sort()
}

/** The part every call script shares: `record` runs a call and keeps its outcome by name. */
function preamble(pkg: string, imports: string[]): string {
  return `
import json, sys
sys.path.insert(0, sys.argv[1])
from ${pkg} import ApiError, ${imports.join(', ')}

base_url = sys.argv[2]
results = {}

def record(name, call):
    try:
        value = call()
        results[name] = {"ok": True, "type": type(value).__name__, "value": value.hex()[:16] if isinstance(value, bytes) else value}
    except ApiError as e:
        results[name] = {"ok": False, "apiError": True, "status": e.status, "body": None if isinstance(e.body, bytes) else e.body}
    except Exception as e:
        results[name] = {"ok": False, "thrown": repr(e)}
`
}

/** Starts Prism on `spec` and generates the Python SDK into `.apix-tmp/sdk-out/python-prism-<name>`; `stop` undoes both. */
function prismFixture(name: string, spec: string, readyPath: string) {
  const out = path.join(OUT_ROOT, `python-prism-${name}`)
  const state = {baseUrl: '', prism: undefined as Prism | undefined}
  const start = async (): Promise<void> => {
    rmSync(out, {recursive: true, force: true})
    mkdirSync(out, {recursive: true})
    state.prism = await startPrism(spec, readyPath)
    state.baseUrl = state.prism.baseUrl
    const outcome = await sdkGenCommand({spec, out: path.join(out, 'sdk'), cwd: REPO, lang: 'python', load: {}})
    expect(outcome.exitCode).toBe(0)
  }
  const stop = async (): Promise<void> => {
    await state.prism?.stop()
    rmSync(out, {recursive: true, force: true})
  }
  /** Compiles every generated file, runs the script, and returns the recorded outcomes. */
  const callAll = async (script: string): Promise<Record<string, CallResult>> => {
    const compiled = await python(['-m', 'compileall', '-q', path.join(out, 'sdk')], out)
    expect(compiled.stdout + compiled.stderr, 'py_compile on every file').toBe('')
    expect(compiled.code).toBe(0)
    writeFileSync(path.join(out, 'calls.py'), script)
    const r = await python([path.join(out, 'calls.py'), path.join(out, 'sdk'), state.baseUrl], out)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    return JSON.parse(r.stdout) as Record<string, CallResult>
  }
  return {state, out, start, stop, callAll}
}

const MUSEUM = path.join(SHARED, 'specs/08-redocly-museum.oas31.yaml')

describe.skipIf(!HAS_PYTHON || !existsSync(MUSEUM) || !HAS_PRISM)('the Redocly museum Python SDK (OpenAPI 3.1, basic auth) against Prism', () => {
  const fx = prismFixture('museum', MUSEUM, '/museum-hours')
  beforeAll(fx.start, 60_000)
  afterAll(fx.stop)

  it('calls every operation: valid input gets its 2xx body, invalid input an ApiError with a 4xx', async () => {
    const event = '3be6453c-03eb-4357-ae5a-984a0e574a54'
    const ticket = 'a54a57ca-36f8-421b-a6b4-2e8f26858a4c'
    const script =
      preamble('redocly_museum_api', ['BasicAuth', 'RedoclyMuseumApiClient']) +
      `
client = RedoclyMuseumApiClient(base_url=base_url, auth={"MuseumPlaceholderAuth": ("ariel", "sea")}, retry=False)
anonymous = RedoclyMuseumApiClient(base_url=base_url, retry=False)
event = ${JSON.stringify(event)}

record("getMuseumHours", lambda: client.getMuseumHours(startDate="2023-09-11", page=1, limit=10))
record("listSpecialEvents", lambda: client.listSpecialEvents(startDate="2023-09-01", endDate="2023-12-31", page=1, limit=5))
record("createSpecialEvent", lambda: client.createSpecialEvent({"name": "Mermaid Treasure", "location": "Room Sea-12", "eventDescription": "Thingamabobs.", "dates": ["2023-09-05", "2023-09-08"], "price": 30}))
record("getSpecialEvent", lambda: client.getSpecialEvent(eventId=event))
record("updateSpecialEvent", lambda: client.updateSpecialEvent({"location": "On the beach.", "price": 15}, eventId=event))
record("deleteSpecialEvent", lambda: client.deleteSpecialEvent(eventId=event))
record("buyMuseumTickets", lambda: client.buyMuseumTickets({"ticketType": "general", "ticketDate": "2023-09-07", "email": "todd@example.com"}))
record("getTicketCode", lambda: RedoclyMuseumApiClient(base_url=base_url, auth={"MuseumPlaceholderAuth": BasicAuth("a", "b")}).getTicketCode(ticketId=${JSON.stringify(ticket)}))

record("getMuseumHours (limit above the maximum)", lambda: client.getMuseumHours(limit=99))
record("getMuseumHours (startDate not a date)", lambda: client.getMuseumHours(startDate="not-a-date"))
record("listSpecialEvents (endDate not a date)", lambda: client.listSpecialEvents(endDate="someday"))
record("createSpecialEvent (required fields missing)", lambda: client.createSpecialEvent({"name": "x"}))
record("getSpecialEvent (eventId not a uuid)", lambda: client.getSpecialEvent(eventId="nope"))
record("updateSpecialEvent (price not a number)", lambda: client.updateSpecialEvent({"price": "free"}, eventId=event))
record("deleteSpecialEvent (eventId not a uuid)", lambda: client.deleteSpecialEvent(eventId="nope"))
record("buyMuseumTickets (ticketType not in the enum)", lambda: client.buyMuseumTickets({"ticketType": "vip", "ticketDate": "2023-09-07"}))
record("getTicketCode (ticketId not a uuid)", lambda: client.getTicketCode(ticketId="nope"))
record("getMuseumHours (no credentials)", lambda: anonymous.getMuseumHours())
record("deleteSpecialEvent (no credentials)", lambda: anonymous.deleteSpecialEvent(eventId=event))

print(json.dumps(results))
`
    const results = await fx.callAll(script)
    expectEveryOperationCalled(results, operationsOf(path.join(fx.out, 'sdk'), 'redocly_museum_api'))

    expectSuccess(results, MUSEUM_VALID, fx.state.prism?.log() ?? '')
    expect(results['getMuseumHours']).toMatchObject({type: 'list', value: expect.arrayContaining([expect.objectContaining({date: expect.any(String), timeOpen: expect.any(String)})])})
    expect(results['listSpecialEvents']).toMatchObject({type: 'list', value: expect.arrayContaining([expect.objectContaining({name: expect.any(String), price: expect.any(Number)})])})
    expect(results['createSpecialEvent']).toMatchObject({type: 'dict', value: {name: expect.any(String), dates: expect.any(Array)}})
    expect(results['getSpecialEvent']).toMatchObject({type: 'dict', value: {eventId: expect.any(String)}})
    expect(results['updateSpecialEvent']).toMatchObject({type: 'dict', value: {price: expect.any(Number)}})
    // 204: no body.
    expect(results['deleteSpecialEvent']).toMatchObject({type: 'NoneType', value: null})
    expect(results['buyMuseumTickets']).toMatchObject({type: 'dict', value: {confirmationCode: expect.any(String), ticketType: 'general'}})
    // image/png comes back as bytes, not decoded as text.
    expect(results['getTicketCode']).toMatchObject({type: 'bytes'})

    expectClientErrors(results, MUSEUM_INVALID)
    expect(results['getSpecialEvent (eventId not a uuid)']!.body).toMatchObject({title: expect.any(String)})
  }, 60_000)
})

const UBER = path.join(SHARED, 'specs/02-oai-uber.swagger2.json')

describe.skipIf(!HAS_PYTHON || !existsSync(UBER) || !HAS_PRISM)('the Uber Python SDK (Swagger 2.0, converted) against Prism', () => {
  const fx = prismFixture('uber', UBER, '/me')
  beforeAll(fx.start, 60_000)
  afterAll(fx.stop)

  it('calls every operation: valid input gets its 2xx body, invalid input an ApiError with a 4xx', async () => {
    // No securityDefinitions (no credentials to send); Prism serves the paths without the basePath /v1.
    const script =
      preamble('uber_api', ['UberApiClient']) +
      `
client = UberApiClient(base_url=base_url, retry=False)

record("getProducts", lambda: client.getProducts(latitude=37.775, longitude=-122.418))
record("getEstimatesPrice", lambda: client.getEstimatesPrice(startLatitude=37.775, startLongitude=-122.418, endLatitude=37.8, endLongitude=-122.4))
record("getEstimatesTime", lambda: client.getEstimatesTime(startLatitude=37.775, startLongitude=-122.418, customerUuid="3be6453c-03eb-4357-ae5a-984a0e574a54", productId="uberX"))
record("getMe", lambda: client.getMe())
record("getHistory", lambda: client.getHistory(offset=0, limit=5))

# A required keyword left out is a TypeError in Python before any request: None is how a caller omits one at run time.
record("getProducts (longitude missing)", lambda: client.getProducts(latitude=37.775, longitude=None))
record("getProducts (latitude not a number)", lambda: client.getProducts(latitude="north", longitude=1))
record("getEstimatesPrice (end missing)", lambda: client.getEstimatesPrice(startLatitude=1, startLongitude=2, endLatitude=None, endLongitude=None))
record("getEstimatesTime (customerUuid not a uuid)", lambda: client.getEstimatesTime(startLatitude=1, startLongitude=2, customerUuid="nope"))
record("getHistory (limit not an integer)", lambda: client.getHistory(limit=2.5))
# getMe has no parameter, body or security: no invalid input to send.

print(json.dumps(results))
`
    const results = await fx.callAll(script)
    expectEveryOperationCalled(results, operationsOf(path.join(fx.out, 'sdk'), 'uber_api'))

    expectSuccess(results, UBER_VALID, fx.state.prism?.log() ?? '')
    expect(results['getProducts']).toMatchObject({type: 'list', value: expect.arrayContaining([expect.objectContaining({product_id: expect.any(String)})])})
    expect(results['getEstimatesPrice']).toMatchObject({type: 'list', value: expect.arrayContaining([expect.objectContaining({low_estimate: expect.any(Number)})])})
    expect(results['getEstimatesTime']).toMatchObject({type: 'list'})
    expect(results['getMe']).toMatchObject({type: 'dict', value: {first_name: expect.any(String)}})
    expect(results['getHistory']).toMatchObject({type: 'dict', value: {history: expect.any(Array)}})

    expectClientErrors(results, UBER_INVALID)
    expect(results['getProducts (longitude missing)']!.body).toMatchObject({code: expect.any(Number), message: expect.any(String)})
  }, 60_000)
})
