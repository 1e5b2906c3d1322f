import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, it} from 'vitest'
import {apix, expectRefused} from '../../helpers/cli.js'

let dir: string
const spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'apix-diff-hostile-'))
  execFileSync('git', ['init', '-q', '-b', 'main'], {cwd: dir})
  writeFileSync(path.join(dir, 'openapi.yaml'), spec)
  writeFileSync(path.join(dir, 'escape.yaml'), spec.replace('paths: {}', "paths:\n  /x: {$ref: '../../../../etc/passwd'}"))
  execFileSync('git', ['add', '.'], {cwd: dir})
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@x', 'commit', '-q', '-m', 'one'], {cwd: dir})
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))


describe('apix diff refuses hostile sides', () => {
  it('a git revision that looks like an option', async () => {
    expectRefused(await apix(['diff', 'git:--output=/tmp/x:openapi.yaml', 'openapi.yaml'], {cwd: dir}), /is not a git revision/)
  })

  it('a git path that climbs out of the repository', async () => {
    expectRefused(await apix(['diff', 'git:HEAD:../../etc/passwd', 'openapi.yaml'], {cwd: dir}), /no such file or folder in HEAD|outside the root/)
  })

  it('a $ref out of the root folder in a git revision', async () => {
    expectRefused(await apix(['diff', 'git:HEAD:escape.yaml', 'openapi.yaml'], {cwd: dir}), /points outside the root folder/)
  })

  it('a remote side without --allow-remote-refs, and both sides from stdin', async () => {
    expectRefused(await apix(['diff', 'https://example.com/openapi.yaml', 'openapi.yaml'], {cwd: dir}), /remote documents are not read by default/)
    expectRefused(await apix(['diff', '-', '-'], {cwd: dir, input: spec}), /only one side can be read from stdin/)
  })

  it('a malformed severity override names the flag and the fix', async () => {
    expectRefused(await apix(['diff', 'openapi.yaml', 'openapi.yaml', '--severity-override', 'nonsense'], {cwd: dir}), /--severity-override "nonsense" is not id=severity/)
  })
})
