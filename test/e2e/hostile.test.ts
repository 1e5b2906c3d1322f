import {createServer} from 'node:http'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {apix, expectRefused} from '../helpers/cli.js'

const base = mkdtempSync(path.join(tmpdir(), 'apix-hostile-'))
afterAll(() => rmSync(base, {recursive: true, force: true}))

function tree(name: string, files: Record<string, string>): string {
  const dir = path.join(base, name)
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), {recursive: true})
    writeFileSync(path.join(dir, f), text)
  }
  return dir
}

const head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"


describe('hostile inputs', () => {
  it('a YAML alias bomb', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 0; i < 9; i++) {
      const prev = String.fromCharCode(97 + i)
      const cur = String.fromCharCode(98 + i)
      lines.push(`${cur}: &${cur} [${Array(9).fill('*' + prev).join(',')}]`)
    }
    const dir = tree('bomb', {'openapi.yaml': head + 'x-bomb:\n' + lines.map((l) => '  ' + l).join('\n') + '\n'})
    expectRefused(await apix(['lint', 'openapi.yaml'], {cwd: dir}), /openapi\.yaml: YAML aliases expand to over/)
  })

  it('10,000-deep nesting in JSON', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000)
    const dir = tree('deep-json', {'openapi.json': `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"x-deep":${deep}}`})
    expectRefused(await apix(['lint', 'openapi.json'], {cwd: dir}), /openapi\.json.*nesting deeper than 256 levels/)
  })

  it('10,000-deep nesting in YAML', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000)
    const dir = tree('deep-yaml', {'openapi.yaml': head + `x-deep: ${deep}\n`})
    expectRefused(await apix(['lint', 'openapi.yaml'], {cwd: dir}), /openapi\.yaml.*nesting/)
  })

  it('a $ref to /etc/passwd', async () => {
    const dir = tree('passwd', {'openapi.yaml': head + "components:\n  schemas:\n    X: {$ref: '/etc/passwd'}\n"})
    expectRefused(await apix(['lint', 'openapi.yaml'], {cwd: dir}), /openapi\.yaml:6:\d+: \$ref "\/etc\/passwd" points outside the root folder/)
  })

  it('a $ref to ../../x', async () => {
    const dir = tree('dotdot/a/b', {'openapi.yaml': head + "components:\n  schemas:\n    X: {$ref: '../../x.yaml'}\n"})
    writeFileSync(path.join(base, 'dotdot/x.yaml'), 'type: object\n')
    expectRefused(await apix(['lint', 'openapi.yaml'], {cwd: dir}), /\$ref "\.\.\/\.\.\/x\.yaml" points outside the root folder/)
  })

  it('a symlink inside the root that leads outside it', async () => {
    const dir = tree('symlink', {'openapi.yaml': head + "components:\n  schemas:\n    X: {$ref: './link.yaml'}\n"})
    writeFileSync(path.join(base, 'secret.yaml'), 'type: object\n')
    symlinkSync(path.join(base, 'secret.yaml'), path.join(dir, 'link.yaml'))
    expectRefused(await apix(['lint', 'openapi.yaml'], {cwd: dir}), /points outside the root folder/)
  })

  it('a remote $ref without --allow-remote-refs, and with it (served on 127.0.0.1)', async () => {
    let hits = 0
    const server = createServer((_req, res) => {
      hits++
      res.end('type: object\n')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    try {
      const port = (server.address() as AddressInfo).port
      const dir = tree('remote', {'openapi.yaml': head + `components:\n  schemas:\n    X: {$ref: 'http://127.0.0.1:${port}/x.yaml'}\n`})
      expectRefused(await apix(['lint', 'openapi.yaml'], {cwd: dir}), /remote \$ref .* is not followed \(pass --allow-remote-refs/)
      expect(hits).toBe(0)
      const allowed = await apix(['lint', 'openapi.yaml', '--allow-remote-refs', '--ruleset', 'spec'], {cwd: dir})
      expect(allowed.stderr).toBe('')
      expect(allowed.code).toBe(0)
      expect(hits).toBe(1)
    } finally {
      await new Promise((r) => server.close(r))
    }
  })

  it('a remote $ref whose server sends without end: the download stops at the size limit', async () => {
    let sent = 0
    let closed = false
    const chunk = Buffer.alloc(64 * 1024, 'x')
    const server = createServer((_req, res) => {
      // Chunked, no Content-Length, never ending: only the client's limit stops it.
      res.writeHead(200, {'content-type': 'application/yaml'})
      const pump = () => {
        while (!closed && sent < 64 * 1024 * 1024 && res.write(chunk)) sent += chunk.length
        if (!closed && sent < 64 * 1024 * 1024) res.once('drain', pump)
      }
      res.on('close', () => (closed = true))
      pump()
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    try {
      const port = (server.address() as AddressInfo).port
      const dir = tree('endless', {'openapi.yaml': head + `components:\n  schemas:\n    X: {$ref: 'http://127.0.0.1:${port}/x.yaml'}\n`})
      expectRefused(await apix(['lint', 'openapi.yaml', '--allow-remote-refs', '--max-file-size', '1'], {cwd: dir}), /could not fetch remote \$ref .*over the 1048576-byte limit/)
      // The client hung up near the limit (socket buffers hold a few MB), far below the 64 MB the server would send.
      expect(sent).toBeLessThan(16 * 1024 * 1024)
    } finally {
      server.closeAllConnections()
      await new Promise((r) => server.close(r))
    }
  })

  it('a file over the size limit', async () => {
    const dir = tree('big', {'openapi.yaml': head + `x-big: "${'x'.repeat(2 * 1024 * 1024)}"\n`})
    expectRefused(await apix(['lint', 'openapi.yaml', '--max-file-size', '1'], {cwd: dir}), /openapi\.yaml: file is \d+ bytes, over the 1048576-byte limit/)
  })

  it('syntax errors name the file, line and column', async () => {
    const dir = tree('syntax', {'openapi.json': '{\n  "openapi": "3.0.3",\n  "info": {,}\n}\n', 'openapi.yaml': 'openapi: 3.0.3\ninfo: {title: t\npaths: {}\n'})
    expectRefused(await apix(['lint', 'openapi.json'], {cwd: dir}), /openapi\.json:3:\d+: invalid JSON/)
    expectRefused(await apix(['lint', 'openapi.yaml'], {cwd: dir}), /openapi\.yaml:\d+:\d+: invalid YAML/)
  })

  it('a file that is not an OpenAPI document', async () => {
    const dir = tree('notoas', {'a.yaml': 'hello: world\n'})
    expectRefused(await apix(['lint', 'a.yaml'], {cwd: dir}), /a\.yaml: not an OpenAPI document/)
  })
})
