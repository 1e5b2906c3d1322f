import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {apix, REPO, SHARED} from '../../helpers/cli.js'
import {writeTree} from '../../helpers/rule.js'

const petstore = path.join(REPO, 'examples/petstore/openapi.yaml')
const dup = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get: {operationId: same, responses: {'200': {description: ok}}}
  /b:
    get: {operationId: same, responses: {'200': {description: ok}}}
`

describe('apix lint (child process)', () => {
  it('the README example lints clean of errors', async () => {
    const r = await apix(['lint', 'examples/petstore/openapi.yaml'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
  })

  it('--json is exactly --format json, and follows the contract', async () => {
    const dir = writeTree({'openapi.yaml': dup})
    const a = await apix(['lint', 'openapi.yaml', '--json', '--ruleset', 'spec'], {cwd: dir})
    const b = await apix(['lint', 'openapi.yaml', '--format', 'json', '--ruleset', 'spec'], {cwd: dir})
    expect(a.stdout).toBe(b.stdout)
    expect(a.code).toBe(1)
    const out = JSON.parse(a.stdout) as {results: Array<Record<string, unknown>>; summary: Record<string, number>}
    expect(out.results).toContainEqual({
      ruleId: 'operation-id-unique',
      severity: 'error',
      message: expect.stringContaining('same') as unknown,
      file: 'openapi.yaml',
      line: 7,
      column: 11,
      pointer: '/paths/~1b/get/operationId',
    })
    expect(out.summary['error']).toBeGreaterThanOrEqual(1)
  })

  it('--fail-on decides exit 1; warnings alone exit 0 by default', async () => {
    const dir = writeTree({'openapi.yaml': dup, 'apix.config.yaml': 'lint:\n  extends: spec\n  rules:\n    operation-id-unique: warning\n'})
    expect((await apix(['lint', 'openapi.yaml'], {cwd: dir})).code).toBe(0)
    expect((await apix(['lint', 'openapi.yaml', '--fail-on', 'warning'], {cwd: dir})).code).toBe(1)
  })

  it('usage errors exit 2 with one line and no stack', async () => {
    for (const args of [['lint', 'missing.yaml'], ['lint', petstore, '--ruleset', 'nope'], ['lint', petstore, '--no-such-flag']]) {
      const r = await apix(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
    const missing = await apix(['lint', 'missing.yaml'])
    expect(missing.stderr.trim()).toBe('apix: missing.yaml: no such file or folder (check the path)')
    // and stdout does not read as a clean run
    expect(missing.stdout).toBe('✖ 1 file could not be linted\n')
    const flag = await apix(['lint', petstore, '--no-such-flag'])
    expect(flag.stderr.trim()).toBe('apix: Nonexistent flag: --no-such-flag (see apix lint --help)')
  })

  it('reads stdin with -', async () => {
    const r = await apix(['lint', '-', '--format', 'json', '--ruleset', 'spec'], {input: dup})
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).results[0].file).toBe('<stdin>')
  })

  it('--output writes the file and nothing to stdout', async () => {
    const dir = writeTree({'openapi.yaml': dup})
    const r = await apix(['lint', 'openapi.yaml', '--format', 'sarif', '--output', 'out.sarif', '--ruleset', 'spec'], {cwd: dir})
    expect(r.stdout).toBe('')
    expect(JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0')
  })

  it('--generate-baseline accepts the current findings; the next run passes', async () => {
    const dir = writeTree({'openapi.yaml': dup})
    const gen = await apix(['lint', 'openapi.yaml', '--generate-baseline', '--ruleset', 'spec'], {cwd: dir})
    expect(gen.code).toBe(0)
    expect(readFileSync(path.join(dir, '.apix-ignore.yaml'), 'utf8')).toMatch(/rule: operation-id-unique/)
    const again = await apix(['lint', 'openapi.yaml', '--format', 'json', '--ruleset', 'spec'], {cwd: dir})
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout).summary.ignored).toBe(1)
  })

  it('globs lint many specs in a stable order through worker threads', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 6; i++) files[`apis/svc${i}/openapi.yaml`] = dup
    const dir = writeTree(files)
    const r = await apix(['lint', 'apis/**/openapi.yaml', '--format', 'json', '--ruleset', 'spec', '--verbose'], {cwd: dir})
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^apix: linted 6 document\(s\) on [1-9]\d* worker thread\(s\)$/m)
    const one = await apix(['lint', 'apis/svc0/openapi.yaml', '--ruleset', 'spec', '--verbose'], {cwd: dir})
    expect(one.stderr).toMatch(/linted 1 document\(s\) in the main thread/)
    const out = JSON.parse(r.stdout) as {results: Array<{file: string; ruleId: string}>; summary: {files: number}}
    const order = [...new Set(out.results.map((x) => x.file))]
    expect(order).toEqual(Array.from({length: 6}, (_, i) => `apis/svc${i}/openapi.yaml`))
    expect(out.summary.files).toBe(6)
  })

  it('a bad config is exit 2 naming its line', async () => {
    const dir = writeTree({'openapi.yaml': dup, 'apix.config.yaml': 'lint:\n  rules:\n    not-a-rule: error\n'})
    const r = await apix(['lint', 'openapi.yaml'], {cwd: dir})
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^apix: apix\.config\.yaml:3:5: unknown rule `not-a-rule`/)
  })

  it('lints the spec named in the config when none is given', async () => {
    const dir = writeTree({'api/openapi.yaml': dup, 'apix.config.yaml': 'api:\n  spec: api/openapi.yaml\nlint:\n  extends: spec\n'})
    const r = await apix(['lint', '--format', 'json'], {cwd: dir})
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).results[0].file).toBe('api/openapi.yaml')
  })
})

const specs = path.join(SHARED, 'specs')
describe.skipIf(!existsSync(specs))('the shared corpus', () => {
  it('DigitalOcean\'s multi-file spec reports findings in the right sub-file and line', async () => {
    const r = await apix(['lint', path.join(specs, '09-digitalocean.oas30.multifile/specification/DigitalOcean-public.v2.yaml'), '--format', 'json', '--ruleset', 'all'], {timeoutMs: 120_000})
    expect([0, 1]).toContain(r.code)
    const out = JSON.parse(r.stdout) as {results: Array<{file: string; line: number; pointer: string}>}
    const inSubFiles = out.results.filter((x) => !x.file.endsWith('DigitalOcean-public.v2.yaml'))
    expect(inSubFiles.length).toBeGreaterThan(0)
    // Check a sample of positions against the files themselves: the line must hold the pointer's last key.
    for (const f of inSubFiles.filter((x) => /\/[A-Za-z_][\w-]*$/.test(x.pointer)).slice(0, 25)) {
      const lines = readFileSync(path.resolve(REPO, f.file), 'utf8').split('\n')
      const key = f.pointer.split('/').pop()!
      expect(lines[f.line - 1], `${f.file}:${f.line} ${f.pointer}`).toContain(key)
    }
  })
})

describe.skipIf(!existsSync(specs))('every shared spec lints without a crash', () => {
  const entries: Array<[string, string[]]> = [
    ['01-oai-petstore-minimal.swagger2.yaml', []],
    ['02-oai-uber.swagger2.json', []],
    ['03-oai-petstore-separate.swagger2/spec/swagger.yaml', ['--root', path.join(specs, '03-oai-petstore-separate.swagger2')]],
    ['04-oai-callback-example.oas30.yaml', []],
    ['05-oai-link-example.oas30.yaml', []],
    ['06-oai-webhook-example.oas31.json', []],
    ['07-swagger-petstore.oas30.yaml', []],
    ['08-redocly-museum.oas31.yaml', []],
    ['10-adyen-checkout-v71.oas31.json', []],
    ['11-adyen-management-webhooks-v3.oas31.json', []],
    ['12-openai.oas31.yaml', []],
    ['13-stripe-spec3.oas30.json', []],
    ['14-github-api.github.com.oas30.json', []],
    ['15-aws-apigw-rest-dynamodb-validators-cfn.oas30.yaml', ['--ruleset', 'gateway-rest']],
    ['16-aws-apigw-rest-gateway-responses-cfn.oas30.yaml', ['--ruleset', 'gateway-rest']],
    ['17-aws-apigw-http-api-export.oas30.yaml', ['--ruleset', 'gateway-http']],
    ['18-aws-apigw-rest-cache-dynamodb.oas30.yaml', ['--ruleset', 'gateway-rest']],
    ['19-github-api.github.com-octokit-23.0.2.oas30.json', []],
    ['20-stripe-2025-10-15-apisguru.oas30.json', []],
  ]
  for (const [file, extra] of entries) {
    it(file, async () => {
      const r = await apix(['lint', path.join(specs, file), '--format', 'json', ...(extra.length ? extra : ['--ruleset', 'all'])], {timeoutMs: 120_000})
      expect(r.stderr).toBe('')
      expect([0, 1]).toContain(r.code)
      const out = JSON.parse(r.stdout) as {results: Array<{line: number; column: number}>}
      for (const x of out.results) expect(x.line).toBeGreaterThan(0)
    })
  }
})
