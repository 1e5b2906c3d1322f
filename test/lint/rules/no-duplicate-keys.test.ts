import {describe, expect, it} from 'vitest'
import {duplicateKeys} from '../../../src/lib/spec/json-duplicates.js'
import {testRule} from '../../helpers/rule.js'

testRule('no-duplicate-keys', [
  {
    name: 'a JSON document whose objects name each key once passes, strings that look like keys included',
    doc: {'openapi.json': JSON.stringify({openapi: '3.0.3', info: {title: 't', version: '1', description: '{"title": "x", "title": "y"}'}, paths: {'/a': {get: {responses: {'200': {description: 'ok'}}}}}}, null, 2)},
    errors: [],
  },
  {
    name: 'a repeated key is reported at its second occurrence, naming the first',
    doc: {'openapi.json': '{\n  "openapi": "3.0.3",\n  "info": {"title": "t", "version": "1", "title": "u"},\n  "paths": {}\n}\n'},
    errors: [{pointer: '/info/title', line: 3, message: /"title" is repeated in this object \(first at line 3, column 12\)/}],
  },
  {
    name: 'in an OpenAPI 2.0 document: two "/pets" paths, the first silently lost',
    doc: {'swagger.json': '{"swagger": "2.0", "info": {"title": "t", "version": "1"},\n "paths": {\n  "/pets": {"get": {"responses": {"200": {"description": "a"}}}},\n  "/pets": {"post": {"responses": {"201": {"description": "b"}}}}\n }\n}\n'},
    errors: [{pointer: '/paths/~1pets', line: 4}],
  },
  {
    name: 'in an OpenAPI 3.1 document: inside an array item, with escaped keys compared by their value, each repeat reported',
    doc: {
      'openapi.json':
        '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},\n' +
        ' "tags": [{"name": "a"}, {"name": "b", "description": "x", "descr\\u0069ption": "y",\n "description": "z"}]}\n',
    },
    errors: [
      {pointer: '/tags/1/description', line: 2},
      {pointer: '/tags/1/description', line: 3},
    ],
  },
  {
    name: 'in a JSON file reached through $ref from a YAML entry',
    doc: {
      'openapi.yaml': "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a: {$ref: './a.json'}\n",
      'a.json': '{"get": {"responses": {"200": {"description": "ok"}}},\n "get": {"responses": {"204": {"description": "none"}}}}\n',
    },
    errors: [{pointer: '/get', file: 'a.json', line: 2}],
  },
])

describe('duplicateKeys', () => {
  it('skips strings holding quotes, braces and backslashes, and compares keys by their value', () => {
    const text = JSON.stringify({a: 'say \\"hi\\" {', b: ['}', {c: 1, d: '\\\\'}], 'e"f': 1}) .replace('"e\\"f":1', '"e\\"f":1,"e\\u0022f":2')
    expect(JSON.parse(text)).toHaveProperty(['e"f'], 2)
    expect(duplicateKeys(text).map((d) => [d.pointer, d.key])).toEqual([['/e"f', 'e"f']])
  })

  it('gives the same member in sibling objects no finding, and stops at the limit', () => {
    expect(duplicateKeys('[{"a": 1}, {"a": 2}, {"x": {"a": 3}}]')).toEqual([])
    const many = '{' + Array.from({length: 10}, () => '"k": 1').join(', ') + '}'
    expect(duplicateKeys(many)).toHaveLength(9)
    expect(duplicateKeys(many, 3)).toHaveLength(3)
  })

  it('escapes the pointer', () => {
    expect(duplicateKeys('{"paths": {"/a~b": {"x": 1, "x": 2}}}').map((d) => d.pointer)).toEqual(['/paths/~1a~0b/x'])
  })
})
