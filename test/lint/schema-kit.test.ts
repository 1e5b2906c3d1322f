import {describe, expect, it} from 'vitest'
import {schemaNodes, schemaNodesWith, schemasWith} from '../../src/lib/lint/schema-kit.js'
import {loadSpec} from '../../src/lib/spec/loader.js'
import {buildIndex} from '../../src/lib/spec/walk.js'
import {writeTree} from '../helpers/rule.js'

async function indexOf(doc: string) {
  const dir = writeTree({'openapi.yaml': doc})
  return buildIndex(await loadSpec('openapi.yaml', {cwd: dir}))
}

describe('schemaNodesWith / schemasWith', () => {
  it('select the nodes having any of the keywords, in document order, once each', async () => {
    const index = await indexOf(`openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    A: {type: string, enum: [a], minLength: 1}
    B: {type: integer, maximum: 3}
    C: {type: object, properties: {p: {type: string, minLength: 2, maxLength: 1}}}
    D: {type: string, format: date}
`)
    const pointers = (nodes: Array<{loc: {pointer: string}}>) => nodes.map((n) => n.loc.pointer)
    expect(pointers(schemaNodesWith(index, 'enum'))).toEqual(['/components/schemas/A'])
    expect(pointers(schemaNodesWith(index, 'maxLength', 'minLength', 'maximum'))).toEqual(['/components/schemas/A', '/components/schemas/B', '/components/schemas/C/properties/p'])
    expect(pointers(schemasWith(index, 'format', 'enum'))).toEqual(['/components/schemas/A', '/components/schemas/D'])
    expect(schemaNodesWith(index, 'nothing')).toEqual([])
    // Against a plain filter of every node: the same selection.
    for (const k of ['type', 'enum', 'minLength', 'properties']) expect(schemaNodesWith(index, k)).toEqual(schemaNodes(index).filter((n) => k in n.value))
  })

  it('in 2.0, the parameters and headers that carry schema keywords count for schemaNodesWith only', async () => {
    const index = await indexOf(`swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters: [{name: q, in: query, type: string, enum: [x, x]}]
      responses: {'200': {description: ok, schema: {type: string, enum: [y]}}}
`)
    expect(schemaNodesWith(index, 'enum').map((n) => n.loc.pointer)).toEqual(['/paths/~1a/get/responses/200/schema', '/paths/~1a/get/parameters/0'])
    expect(schemasWith(index, 'enum').map((n) => n.loc.pointer)).toEqual(['/paths/~1a/get/responses/200/schema'])
  })
})
