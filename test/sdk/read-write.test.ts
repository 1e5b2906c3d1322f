import {spawnSync} from 'node:child_process'
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {buildSdkModel} from '../../src/lib/sdk/build-model.js'
import {sdkGenCommand} from '../../src/lib/sdk/generate.js'
import {ReadWriteReach} from '../../src/lib/sdk/read-write.js'
import type {JsonObject} from '../../src/lib/spec/model.js'
import {REPO} from '../helpers/cli.js'

const OUT = path.join(REPO, '.apix-tmp/sdk-out/read-write')
afterAll(() => rmSync(OUT, {recursive: true, force: true}))

const json = (schema: JsonObject) => ({content: {'application/json': {schema}}})
const ref = (name: string) => ({$ref: `#/components/schemas/${name}`})

// A user (readOnly id, writeOnly password) reached through a chain and a cycle; a tag that reaches neither.
const DOC: JsonObject = {
  openapi: '3.0.3',
  info: {title: 'Accounts', version: '1'},
  paths: {
    '/users': {post: {operationId: 'createUser', requestBody: {required: true, ...json(ref('UserInput'))}, responses: {'201': {description: 'made', ...json(ref('Team'))}}}},
    '/tags': {get: {operationId: 'listTags', responses: {'200': {description: 'ok', ...json({type: 'array', items: ref('Tag')})}}}},
  },
  components: {
    schemas: {
      UserInput: {allOf: [ref('User')]},
      User: {type: 'object', required: ['name'], properties: {id: {type: 'integer', readOnly: true}, name: {type: 'string'}, password: {type: 'string', writeOnly: true}, team: ref('Team')}},
      Team: {type: 'object', properties: {members: {type: 'array', items: ref('User')}}},
      Tag: {type: 'object', properties: {name: {type: 'string'}, parent: ref('Tag')}},
    },
  },
}

describe('ReadWriteReach', () => {
  it('follows $refs through chains and cycles, and remembers what a closure does not reach', () => {
    const reach = new ReadWriteReach(DOC)
    expect(reach.reaches(ref('Tag'))).toBe(false)
    expect(reach.reaches(ref('Team'))).toBe(true)
    expect(reach.reaches(ref('UserInput'))).toBe(true)
    expect(reach.reaches({type: 'string', readOnly: true})).toBe(true)
    // A property named readOnly is not the keyword.
    expect(reach.reaches({type: 'object', properties: {readOnly: {type: 'boolean'}}})).toBe(false)
    expect(reach.reaches(ref('Tag'))).toBe(false)
  })
})

describe('readOnly and writeOnly in the TypeScript SDK', () => {
  it('are wrapped only where an operation reaches them: readOnly leaves request types, writeOnly response types', async () => {
    const model = buildSdkModel(DOC)
    expect(model.readWriteMarkers).toBe(true)
    expect(model.operations.map((o) => [o.identifier, o.readWriteMarkers])).toEqual([
      ['createUser', true],
      ['listTags', false],
    ])
    mkdirSync(OUT, {recursive: true})
    const spec = path.join(OUT, 'accounts.json')
    writeFileSync(spec, JSON.stringify(DOC))
    const out = path.join(OUT, 'sdk')
    expect((await sdkGenCommand({spec, out, cwd: REPO, load: {}})).exitCode).toBe(0)
    writeFileSync(
      path.join(out, 'src/check.ts'),
      [
        "import type {CreateUserBody, CreateUserResponse, ListTagsResponse} from './client.js'",
        "export const body: CreateUserBody = {name: 'n', password: 'p'}",
        '// @ts-expect-error: id is readOnly, so not part of a request',
        "export const withId: CreateUserBody = {name: 'n', id: 1}",
        'export const member = (r: CreateUserResponse) => r.members?.[0]?.id',
        '// @ts-expect-error: password is writeOnly, so not part of a response',
        'export const secret = (r: CreateUserResponse) => r.members?.[0]?.password',
        'export const tags = (r: ListTagsResponse) => r[0]?.parent?.name',
        '',
      ].join('\n'),
    )
    const tsc = spawnSync(process.execPath, [path.join(REPO, 'node_modules/typescript-7/bin/tsc'), '--strict', '--noEmit', '-p', out], {encoding: 'utf8', timeout: 60_000})
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  }, 60_000)
})
