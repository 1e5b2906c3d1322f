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
