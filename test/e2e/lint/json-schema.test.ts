import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {apix, REPO} from '../../helpers/cli.js'
import {writeTree} from '../../helpers/rule.js'

const schema = JSON.parse(readFileSync(path.join(REPO, 'schemas/lint-output.schema.json'), 'utf8')) as object
const validate = new Ajv({allErrors: true, strict: true}).compile(schema)

function expectValid(stdout: string) {
  const out: unknown = JSON.parse(stdout)
  expect(validate(out), JSON.stringify(validate.errors)).toBe(true)
  return out as {results: unknown[]; expiredIgnores?: unknown[]; failures?: unknown[]}
}

describe('apix lint --format json matches schemas/lint-output.schema.json', () => {
  it('for findings from a multi-file spec, stdin and expired ignores', async () => {
    const dir = writeTree({
      'openapi.yaml': "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {operationId: same, responses: {'200': {$ref: './r.yaml'}}}\n  /b:\n    get: {operationId: same, responses: {'200': {description: ok}}}\n",
      'r.yaml': 'description: ok\ncontent: {application/json: {schema: {type: array}}}\n',
    })
    const many = expectValid((await apix(['lint', 'openapi.yaml', '--format', 'json', '--ruleset', 'all'], {cwd: dir})).stdout)
    expect(many.results.length).toBeGreaterThan(3)

    const gen = await apix(['lint', 'openapi.yaml', '--generate-baseline', '--ruleset', 'spec'], {cwd: dir})
    expect(gen.code).toBe(0)
    const ignore = path.join(dir, '.apix-ignore.yaml')
    writeFileSync(ignore, readFileSync(ignore, 'utf8').replace(/reason:/g, 'expires: 2020-01-01\n    reason:'))
    const expired = expectValid((await apix(['lint', 'openapi.yaml', '--json', '--ruleset', 'spec'], {cwd: dir})).stdout)
    expect(expired.expiredIgnores?.length).toBeGreaterThan(0)

    expectValid((await apix(['lint', '-', '--format', 'json'], {input: readFileSync(path.join(REPO, 'examples/petstore/openapi.yaml'), 'utf8')})).stdout)
  })

  it('for inputs that could not be linted, next to ones that were', async () => {
    const dir = writeTree({'bad.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\ninfo: {}\npaths: {}\n', 'ok.yaml': readFileSync(path.join(REPO, 'examples/petstore/openapi.yaml'), 'utf8')})
    const r = await apix(['lint', 'bad.yaml', 'ok.yaml', 'missing.yaml', '--json'], {cwd: dir})
    expect(r.code).toBe(2)
    const out = expectValid(r.stdout)
    expect(out.failures).toEqual([
      {file: 'bad.yaml', line: 3, column: 1, message: expect.stringMatching(/duplicated mapping key/) as unknown},
      {file: 'missing.yaml', message: 'no such file or folder (check the path)'},
    ])
  })
})
