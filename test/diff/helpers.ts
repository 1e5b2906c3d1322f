import {describe, expect, it} from 'vitest'
import type {CheckFamily} from '../../src/lib/diff/check.js'
import {diffSpecs, type DiffSpecsOptions} from '../../src/lib/diff/diff.js'
import {familyChecks} from '../../src/lib/diff/registry.js'
import type {DiffReport, SchemaLocation} from '../../src/lib/diff/types.js'
import {loadSpec} from '../../src/lib/spec/loader.js'

export type Doc = Record<string, unknown>

/** Diffs two documents given as objects (or YAML/JSON text). */
export async function diffDocs(base: Doc | string, revision: Doc | string, options: DiffSpecsOptions = {}): Promise<DiffReport> {
  const text = (d: Doc | string) => (typeof d === 'string' ? d : JSON.stringify(d))
  const a = await loadSpec('base.json', {text: text(base)})
  const b = await loadSpec('revision.json', {text: text(revision)})
  return diffSpecs(a, b, {today: '2026-01-01', ...options})
}

export async function changeIds(base: Doc | string, revision: Doc | string, options: DiffSpecsOptions = {}): Promise<string[]> {
  return (await diffDocs(base, revision, options)).changes.map((c) => c.id)
}

const INFO = {title: 'Fixture', version: '1.0.0'}

/** An OpenAPI 3.0 document with these paths (and anything else given). */
export function oas(paths: Doc, extra: Doc = {}): Doc {
  return {openapi: '3.0.3', info: INFO, paths, ...extra}
}

/** An OpenAPI 3.1 document. */
export function oas31(paths: Doc, extra: Doc = {}): Doc {
  return {openapi: '3.1.0', info: INFO, paths, ...extra}
}

/** A Swagger 2.0 document. */
export function swagger(paths: Doc, extra: Doc = {}): Doc {
  return {swagger: '2.0', info: INFO, paths, ...extra}
}

const ok = {'200': {description: 'OK'}}

/** `POST /pets` whose JSON request body has this schema. */
export function requestBody(schema: unknown, body: Doc = {}): Doc {
  return oas({'/pets': {post: {requestBody: {content: {'application/json': {schema}}, ...body}, responses: ok}}})
}

/** `GET /pets` whose 200 JSON response has this schema. */
export function responseBody(schema: unknown): Doc {
  return oas({'/pets': {get: {responses: {'200': {description: 'OK', content: {'application/json': {schema}}}}}}})
}

/** `GET /pets` with one parameter (default: query `q`, optional) of this schema. */
export function parameter(schema: unknown, param: Doc = {}): Doc {
  return oas({'/pets': {get: {parameters: [{name: 'q', in: 'query', schema, ...param}], responses: ok}}})
}

/** `GET /pets` whose 200 response has header `X-Rate` with this schema. */
export function responseHeader(schema: unknown, header: Doc = {}): Doc {
  return oas({'/pets': {get: {responses: {'200': {description: 'OK', headers: {'X-Rate': {schema, ...header}}}}}}})
}

/** A schema placed at a location. */
export function at(location: SchemaLocation, schema: unknown): Doc {
  switch (location) {
    case 'request-body':
      return requestBody(schema)
    case 'response-body':
      return responseBody(schema)
    case 'request-parameter':
      return parameter(schema)
    case 'response-header':
      return responseHeader(schema)
  }
}

export interface CheckCase {
  id: string
  base: Doc | string
  revision: Doc | string
  /** A harmless change next to it (often the opposite direction) that must not fire this check. */
  twin: {base: Doc | string; revision: Doc | string}
  options?: DiffSpecsOptions
}

/**
 * Runs a family's fixture table: every check of the family has a case of its own (no two cases share a fixture), fires
 * on it with its registered severity, and stays silent on the case's twin.
 */
export function runCases(family: CheckFamily, cases: CheckCase[]): void {
  const defs = new Map(familyChecks(family).map((d) => [d.id, d]))
  describe(`diff checks: ${family.name}`, () => {
    it('has exactly one case per check, each with a fixture of its own', () => {
      expect(cases.map((c) => c.id).sort()).toEqual([...defs.keys()].sort())
      const fixtures = cases.map((c) => JSON.stringify([c.base, c.revision]))
      expect(new Set(fixtures).size).toBe(fixtures.length)
    })
    for (const c of cases) {
      it(`${c.id} fires`, async () => {
        const report = await diffDocs(c.base, c.revision, c.options)
        const hit = report.changes.find((x) => x.id === c.id)
        expect(hit, `${c.id} not among ${report.changes.map((x) => x.id).join(', ')}`).toBeDefined()
        expect(hit!.severity).toBe(defs.get(c.id)?.severity)
      })
      it(`${c.id} stays silent on its twin`, async () => {
        const report = await diffDocs(c.twin.base, c.twin.revision, c.options)
        expect(report.changes.map((x) => x.id)).not.toContain(c.id)
      })
    }
  })
}
