import {existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ApixError} from '../../src/lib/errors.js'
import {loadSpec} from '../../src/lib/spec/loader.js'
import {buildIndex} from '../../src/lib/spec/walk.js'
import {SHARED} from '../helpers/cli.js'
import {writeTree} from '../helpers/rule.js'

const specs = path.join(SHARED, 'specs')

describe('loadSpec', () => {
  it('detects the version of each kind of document', async () => {
    for (const [text, version] of [
      ["swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", '2.0'],
      ['openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\n', '3.0'],
      ['{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}', '3.1'],
    ] as const) {
      const dir = writeTree({'openapi.yaml': text})
      expect((await loadSpec('openapi.yaml', {cwd: dir})).version).toBe(version)
    }
  })

  it('refuses an unquoted version number with a hint', async () => {
    const dir = writeTree({'openapi.yaml': 'openapi: 3.0\ninfo: {title: t, version: "1"}\n'})
    const error = await loadSpec('openapi.yaml', {cwd: dir}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApixError)
    expect((error as ApixError).toLine()).toMatch(/^openapi\.yaml:1:\d+: unsupported openapi version 3 \(quote it/)
  })

  it('reads a folder through its entry file', async () => {
    const dir = writeTree({'api/openapi.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\n', 'api/other.yaml': 'a: 1\n'})
    const spec = await loadSpec('api', {cwd: dir})
    expect(spec.root.displayPath).toBe('api/openapi.yaml')
  })

  it('reads text given for stdin, resolving relative refs from the working folder', async () => {
    const dir = writeTree({'pet.yaml': 'type: object\n'})
    const spec = await loadSpec('-', {cwd: dir, text: 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents: {schemas: {P: {$ref: "./pet.yaml"}}}\n'})
    expect(spec.root.displayPath).toBe('<stdin>')
    expect(spec.files.size).toBe(2)
    expect(spec.unresolved).toEqual([])
  })

  it('follows circular references without looping', async () => {
    const dir = writeTree({
      'openapi.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Node: {$ref: "./node.yaml"}\n',
      'node.yaml': 'type: object\nproperties:\n  next: {$ref: "./node.yaml"}\n  self: {$ref: "#"}\n',
    })
    const spec = await loadSpec('openapi.yaml', {cwd: dir})
    const index = buildIndex(spec)
    // The cycle is walked once: one schema node, three $refs into it.
    expect(index.schemas.map((s) => `${s.loc.file.displayPath}#${s.loc.pointer}`)).toEqual(['node.yaml#'])
    expect(index.refs.map((r) => r.ref).sort()).toEqual(['#', './node.yaml', './node.yaml'])
  })

  describe.skipIf(!existsSync(specs))('the shared corpus', () => {
    it('loads DigitalOcean\'s 2,900-file spec with every $ref resolved and positions in sub-files', async () => {
      const spec = await loadSpec(path.join(specs, '09-digitalocean.oas30.multifile/specification/DigitalOcean-public.v2.yaml'))
      expect(spec.files.size).toBeGreaterThan(2800)
      expect(spec.unresolved).toEqual([])
      const index = buildIndex(spec)
      expect(index.operations.length).toBe(659)
      const op = index.operations.find((o) => o.value['operationId'] === 'oneClicks_list')!
      expect(op.loc.file.displayPath).toMatch(/resources\/1-clicks\/oneClicks_list\.yml$/)
      expect(op.loc.file.locate('/operationId')).toEqual({line: 1, column: 1})
    })

    it('loads the Swagger 2.0 split spec whose refs climb to ../common with --root', async () => {
      const dir = path.join(specs, '03-oai-petstore-separate.swagger2')
      const spec = await loadSpec(path.join(dir, 'spec/swagger.yaml'), {root: dir})
      expect(spec.files.size).toBe(5)
      expect(spec.unresolved).toEqual([])
      await expect(loadSpec(path.join(dir, 'spec/swagger.yaml'))).rejects.toThrow(/points outside the root folder/)
    })
  })
})
