import {execFileSync} from 'node:child_process'
import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {apix} from '../../helpers/cli.js'

let dir: string
const write = (name: string, value: unknown) => {
  mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
  writeFileSync(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2))
}
const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, encoding: 'utf8', env: {...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x'}})

const pet = () => ({type: 'object', required: ['id'], properties: {id: {type: 'integer'}, name: {type: 'string'}}})
const doc = (paths: Record<string, unknown> = {}) => ({
  openapi: '3.0.3',
  info: {title: 'Pets', version: '1'},
  paths: {
    '/pets/{id}': {get: {operationId: 'getPet', parameters: [{name: 'id', in: 'path', required: true, schema: {type: 'integer'}}], responses: {'200': {description: 'OK', content: {'application/json': {schema: {$ref: 'schemas/pet.json'}}}}}}},
    ...paths,
  },
})

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'apix-diff-'))
  git('init', '-q', '-b', 'main')
  write('api/openapi.json', doc({'/owners': {get: {responses: {'200': {description: 'OK'}}}}}))
  write('api/schemas/pet.json', pet())
  git('add', '.')
  git('commit', '-q', '-m', 'v1')
  git('tag', 'v1')
  // The work tree now: /owners removed, pet.name removed from the $ref'd sub-file.
  write('api/openapi.json', doc())
  write('api/schemas/pet.json', {type: 'object', required: ['id'], properties: {id: {type: 'integer'}}})
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('apix diff (child process)', () => {
  it('reads the base from git (multi-file, without touching the work tree) and exits 1 on breaking changes', async () => {
    const before = readFileSync(path.join(dir, 'api/schemas/pet.json'), 'utf8')
    const r = await apix(['diff', 'git:v1:api/openapi.json', 'api/openapi.json', '--format', 'json'], {cwd: dir})
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    const ids = out.changes.map((c: {id: string}) => c.id).sort()
    expect(ids).toEqual(['operation-removed', 'response-body-property-removed'])
    const prop = out.changes.find((c: {id: string}) => c.id === 'response-body-property-removed')
    expect(prop.operation).toBe('GET /pets/{id}')
    expect(prop.direction).toBe('response')
    expect(prop.base).toEqual({file: 'git:v1:api/schemas/pet.json', line: expect.any(Number), pointer: '/properties/name'})
    expect(prop.revision.file).toBe(path.join('api', 'schemas', 'pet.json'))
    expect(out.summary).toEqual({error: 2, warning: 0, info: 0, ignored: 0})
    expect(readFileSync(path.join(dir, 'api/schemas/pet.json'), 'utf8')).toBe(before)
  })

  it('diffs two git revisions, and reads ./ paths relative to the current folder', async () => {
    const relative = await apix(['diff', 'git:v1:./openapi.json', 'openapi.json', '--format', 'json'], {cwd: path.join(dir, 'api')})
    expect(relative.code).toBe(1)
    expect(JSON.parse(relative.stdout).summary.error).toBe(2)
    git('add', '.')
    git('commit', '-q', '-m', 'v2')
    const revisions = await apix(['diff', 'git:v1:api/openapi.json', 'git:HEAD:api/openapi.json', '--format', 'json'], {cwd: dir})
    expect(JSON.parse(revisions.stdout).changes.map((c: {revision: {file: string} | null}) => c.revision?.file)).toContain('git:HEAD:api/schemas/pet.json')
    const same = await apix(['diff', 'git:HEAD:api/openapi.json', 'api/openapi.json'], {cwd: dir})
    expect(same.code).toBe(0)
  })

  it('names an unknown revision or a missing path in one line, exit 2', async () => {
    const bad = await apix(['diff', 'git:nope:api/openapi.json', 'api/openapi.json'], {cwd: dir})
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    expect(bad.stderr).toMatch(/unknown git revision "nope"/)
    const missing = await apix(['diff', 'git:v1:nothere.yaml', 'api/openapi.json'], {cwd: dir})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no such file or folder in v1/)
  })

  it('--list-checks prints every check; a missing side is a usage error', async () => {
    const list = await apix(['diff', '--list-checks'])
    expect(list.code).toBe(0)
    expect(list.stdout.trim().split('\n').length).toBeGreaterThan(250)
    expect(list.stdout).toMatch(/^request-body-enum-value-removed +error +/m)
    const missing = await apix(['diff', 'openapi.yaml'], {cwd: dir})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^apix: apix diff needs the base and the revision/)
  })

  it('a document against itself reports nothing, exit 0', async () => {
    const r = await apix(['diff', 'api/openapi.json', 'api/openapi.json'], {cwd: dir})
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/No changes/)
  })

  it('reads one side from stdin', async () => {
    const r = await apix(['diff', '-', 'api/openapi.json', '--format', 'json'], {cwd: dir, input: JSON.stringify(doc({'/owners': {get: {responses: {'200': {description: 'OK'}}}}}))})
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).changes.map((c: {id: string}) => c.id)).toContain('operation-removed')
  })

  it('--fail-on and --severity-override change the exit code', async () => {
    const args = ['diff', 'git:v1:api/openapi.json', 'api/openapi.json']
    const off = await apix([...args, '--severity-override', 'operation-removed=off', '--severity-override', 'response-body-property-removed=warning'], {cwd: dir})
    expect(off.code).toBe(0)
    const warn = await apix([...args, '--severity-override', 'operation-removed=off', '--severity-override', 'response-body-property-removed=warning', '--fail-on', 'warning'], {cwd: dir})
    expect(warn.code).toBe(1)
    const typo = await apix([...args, '--severity-override', 'operation-remove=off'], {cwd: dir})
    expect(typo.code).toBe(2)
    expect(typo.stderr).toMatch(/unknown diff check "operation-remove".*operation-removed/)
  })

  it('accepts a change through .apix-ignore.yaml by fingerprint, and reports an expired entry', async () => {
    const r = await apix(['diff', 'git:v1:api/openapi.json', 'api/openapi.json', '--format', 'json'], {cwd: dir})
    const out = JSON.parse(r.stdout)
    const i = out.changes.findIndex((c: {id: string}) => c.id === 'operation-removed')
    // Fingerprints are not in the JSON contract; the SARIF output carries them.
    const sarif = JSON.parse((await apix(['diff', 'git:v1:api/openapi.json', 'api/openapi.json', '--format', 'sarif'], {cwd: dir})).stdout)
    const result = sarif.runs[0].results.find((x: {ruleId: string}) => x.ruleId === 'operation-removed')
    const print = Object.values(result.partialFingerprints as Record<string, string>)[0]
    expect(i).toBeGreaterThanOrEqual(0)
    write('.apix-ignore.yaml', `ignore:\n  - fingerprint: ${print}\n    reason: owners moved to v2\n`)
    const ignored = await apix(['diff', 'git:v1:api/openapi.json', 'api/openapi.json', '--format', 'json'], {cwd: dir})
    expect(JSON.parse(ignored.stdout).summary).toMatchObject({error: 1, ignored: 1})
    write('.apix-ignore.yaml', `ignore:\n  - fingerprint: ${print}\n    reason: owners moved to v2\n    expires: 2020-01-01\n`)
    const expired = await apix(['diff', 'git:v1:api/openapi.json', 'api/openapi.json', '--format', 'json'], {cwd: dir})
    expect(JSON.parse(expired.stdout).summary).toMatchObject({error: 2, ignored: 0})
    expect(expired.stderr).toMatch(/expired on 2020-01-01/)
    rmSync(path.join(dir, '.apix-ignore.yaml'))
  })

  it('prints every format', async () => {
    const args = ['diff', 'git:v1:api/openapi.json', 'api/openapi.json']
    const text = await apix(args, {cwd: dir})
    expect(text.stdout).toMatch(/GET \/pets\/\{id\}\n {2}error {4}response 200 body: property `name` was removed/)
    expect(text.stdout).toMatch(/2 breaking changes, 0 warnings, 0 info/)
    expect((await apix([...args, '--format', 'markdown'], {cwd: dir})).stdout).toMatch(/^## apix diff: ✖ 2 breaking changes/)
    expect((await apix([...args, '--format', 'github'], {cwd: dir})).stdout).toMatch(/^::error file=api\/schemas\/pet.json,line=\d+/m)
    expect((await apix([...args, '--format', 'junit'], {cwd: dir})).stdout).toMatch(/<testsuites/)
    expect((await apix([...args, '--format', 'yaml'], {cwd: dir})).stdout).toMatch(/^changes:/)
    expect((await apix([...args, '--json'], {cwd: dir})).stdout).toMatch(/^\{\n {2}"changes"/)
  })

  it('apix changelog prints sections and exits 0 unless --fail-on is given', async () => {
    const r = await apix(['changelog', 'git:v1:api/openapi.json', 'api/openapi.json', '--format', 'markdown'], {cwd: dir})
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^# API changes: git:v1:api\/openapi\.json → api\/openapi\.json\n\n## Breaking changes\n/)
    expect((await apix(['changelog', 'git:v1:api/openapi.json', 'api/openapi.json', '--fail-on', 'error'], {cwd: dir})).code).toBe(1)
  })
})
