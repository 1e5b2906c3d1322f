import {expect} from 'vitest'

// The calls the generated TypeScript SDKs (test/sdk/prism-museum-uber.test.ts) and Python SDKs
// (test/sdk/python-prism.test.ts) make against Prism, by the names their call scripts record them under, with what
// Prism must answer. One list for both languages: the two SDKs of a spec make the same calls and must get the same
// answers. A name with a parenthesis is a call with invalid input.

/** What a call script records for one call. */
export interface CallResult {
  ok: boolean
  type?: string
  value?: unknown
  status?: number
  body?: unknown
  apiError?: boolean
  thrown?: string
}

/** Calls with invalid input that Prism answers with `status`. */
export interface ClientErrors {
  status: number
  calls: readonly string[]
}

/** Every operation of the Redocly museum, with valid input. */
export const MUSEUM_VALID = ['getMuseumHours', 'listSpecialEvents', 'createSpecialEvent', 'getSpecialEvent', 'updateSpecialEvent', 'deleteSpecialEvent', 'buyMuseumTickets', 'getTicketCode']

export const MUSEUM_INVALID: readonly ClientErrors[] = [
  // The spec declares 400 (problem+json) for a bad request: Prism answers with it and its example body.
  {
    status: 400,
    calls: [
      'getMuseumHours (limit above the maximum)',
      'getMuseumHours (startDate not a date)',
      'listSpecialEvents (endDate not a date)',
      'createSpecialEvent (required fields missing)',
      'getSpecialEvent (eventId not a uuid)',
      'updateSpecialEvent (price not a number)',
      'deleteSpecialEvent (eventId not a uuid)',
      'buyMuseumTickets (ticketType not in the enum)',
      'getTicketCode (ticketId not a uuid)',
    ],
  },
  // HTTP basic on every operation.
  {status: 401, calls: ['getMuseumHours (no credentials)', 'deleteSpecialEvent (no credentials)']},
]

/** Every operation of Uber, with valid input. */
export const UBER_VALID = ['getProducts', 'getEstimatesPrice', 'getEstimatesTime', 'getMe', 'getHistory']

// getMe has no parameter, body or security: no invalid input to send.
export const UBER_INVALID: readonly ClientErrors[] = [
  // Uber declares no 4xx, only `default`: Prism answers a bad request with 422 and the default response's body.
  {
    status: 422,
    calls: ['getProducts (longitude missing)', 'getProducts (latitude not a number)', 'getEstimatesPrice (end missing)', 'getEstimatesTime (customerUuid not a uuid)', 'getHistory (limit not an integer)'],
  },
]

/** Each call succeeded; `log` is Prism's, shown on a failure. */
export function expectSuccess(results: Record<string, CallResult>, names: readonly string[], log: string): void {
  for (const name of names) expect(results[name], `${name}: ${JSON.stringify(results[name])}\n${log.slice(-3000)}`).toMatchObject({ok: true})
}

/** The script made exactly the invalid calls listed, and each ended in the SDK's ApiError with the listed status. */
export function expectClientErrors(results: Record<string, CallResult>, groups: readonly ClientErrors[]): void {
  const listed = groups.flatMap((g) => g.calls)
  expect(Object.keys(results).filter((name) => name.includes(' (')).sort(), 'the invalid calls made').toEqual([...listed].sort())
  for (const {status, calls} of groups) {
    for (const name of calls) expect(results[name], `${name}: ${JSON.stringify(results[name])}`).toMatchObject({ok: false, apiError: true, status})
  }
}

/** Every operation of the generated client was called, with valid or invalid input. */
export function expectEveryOperationCalled(results: Record<string, CallResult>, operations: readonly string[]): void {
  const called = new Set(Object.keys(results).map((k) => k.split(' ')[0]!))
  expect(operations.length).toBeGreaterThan(0)
  expect(operations.filter((op) => !called.has(op)), 'operations not called').toEqual([])
}

/** Every petstore (07) operation the SDK tests call with valid input. */
export const PETSTORE_VALID = ['getPetById', 'findPetsByStatus', 'findPetsByTags', 'addPet', 'updatePetWithForm', 'getInventory', 'placeOrder', 'loginUser', 'deleteOrder']

/**
 * The petstore calls both SDKs make: valid ones succeed with the body's type as the language names it (`object` and
 * `array` in TypeScript, `dict` and `list` in Python), invalid ones fail with a 4xx (Prism answers with the status
 * the spec declares for the failure: 400 invalid ID, 422 validation; 401 without credentials).
 */
export function expectPetstoreCalls(results: Record<string, CallResult>, types: {object: string; array: string}, log: string): void {
  expectSuccess(results, PETSTORE_VALID, log)
  expect(results['getPetById']).toMatchObject({type: types.object, value: {name: expect.any(String), photoUrls: expect.any(Array)}})
  expect(results['findPetsByStatus']).toMatchObject({type: types.array})
  expect(results['getInventory']).toMatchObject({type: types.object})
  for (const name of ['getPetById (petId not a number)', 'addPet (no required fields)', 'findPetsByStatus (not in the enum)', 'getPetById (no credentials)']) {
    const r = results[name]!
    expect(r.ok, `${name}: ${JSON.stringify(r)}`).toBe(false)
    expect(r.status, `${name}: ${JSON.stringify(r)}`).toBeGreaterThanOrEqual(400)
    expect(r.status, name).toBeLessThan(500)
  }
  expect(results['getPetById (no credentials)']!.status).toBe(401)
  expect(results['getPetById (petId not a number)']!.status).toBe(400)
  expect(results['addPet (no required fields)']!.status).toBe(422)
}
