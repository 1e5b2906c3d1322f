import {describe, expect, it} from 'vitest'
import {matchesTemplate} from '../../../src/lib/lint/rules/no-ambiguous-paths.js'
import {testRule} from '../../helpers/rule.js'

testRule('no-ambiguous-paths', [
  {
    name: 'a concrete path beside a templated one, and one more specific at every segment, pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets/{id}:
    get: {responses: {'200': {description: ok}}}
  /pets/mine:
    get: {responses: {'200': {description: ok}}}
  /{kind}/{id}:
    get: {responses: {'200': {description: ok}}}
  /pets/{id}.json:
    get: {responses: {'200': {description: ok}}}
  /pets/{id}.xml:
    get: {responses: {'200': {description: ok}}}
  /toys/{id}/parts:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'templates crossing each other are reported at the later path',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets/{id}:
    get: {responses: {'200': {description: ok}}}
  /{kind}/mine:
    get: {responses: {'200': {description: ok}}}
  /files/{name}.json:
    get: {responses: {'200': {description: ok}}}
  /{dir}/index.json:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [
      {pointer: '/paths/~1{kind}~1mine', line: 6, message: /"\/pets\/\{id\}" both match "\/pets\/mine"/},
      {pointer: '/paths/~1{dir}~1index.json', message: /both match "\/pets\/index.json"/},
      {pointer: '/paths/~1{dir}~1index.json', message: /both match "\/files\/index.json"/},
    ],
  },
  {
    name: 'a parameter whose schema rules out the literal does not match it',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /issues/{number}/lock:
    parameters: [{name: number, in: path, required: true, schema: {type: integer}}]
    put: {responses: {'204': {description: ok}}}
  /issues/comments/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
  /volumes/{volumeId}/actions:
    get:
      parameters: [{$ref: '#/components/parameters/VolumeId'}]
      responses: {'200': {description: ok}}
  /volumes/snapshots/{snapshotId}:
    get:
      parameters: [{name: snapshotId, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
  /{kind}/mine:
    get:
      parameters: [{name: kind, in: path, required: true, schema: {type: string, enum: [cats, dogs]}}]
      responses: {'200': {description: ok}}
  /pets/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string, pattern: '^[0-9]+$'}}]
      responses: {'200': {description: ok}}
components:
  parameters:
    VolumeId: {name: volumeId, in: path, required: true, schema: {type: string, format: uuid}}
`,
    errors: [],
  },
  {
    name: 'a string parameter still matches, an integer one does not (2.0 types on the parameter)',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /issues/{number}/lock:
    put:
      parameters: [{name: number, in: path, required: true, type: string}]
      responses: {'204': {description: ok}}
  /issues/comments/{id}:
    get:
      parameters: [{name: id, in: path, required: true, type: string}]
      responses: {'200': {description: ok}}
  /orders/{n}/lock:
    put:
      parameters: [{name: n, in: path, required: true, type: integer}]
      responses: {'204': {description: ok}}
  /orders/comments/{id}:
    get:
      parameters: [{name: id, in: path, required: true, type: string}]
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1issues~1comments~1{id}', message: /both match "\/issues\/comments\/lock"/}],
  },
  {
    name: 'paths identical after renaming are left to another rule (2.0)',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a/{x}/c:
    get: {responses: {'200': {description: ok}}}
  /a/{y}/c:
    put: {responses: {'200': {description: ok}}}
  /{z}/b/c:
    get: {responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1{z}~1b~1c', '/paths/~1{z}~1b~1c'],
  },
  {
    name: '3.0: string path parameters crossing literals are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /users/{userId}/profile:
    get:
      parameters: [{$ref: '#/components/parameters/UserId'}]
      responses: {'200': {description: ok}}
  /users/me/{section}:
    get:
      parameters: [{name: section, in: path, required: true, schema: {type: string, nullable: true}}]
      responses: {'200': {description: ok}}
components:
  parameters:
    UserId: {name: userId, in: path, required: true, schema: {type: string}}
`,
    errors: [{pointer: '/paths/~1users~1me~1{section}', message: /"\/users\/\{userId\}\/profile" both match "\/users\/me\/profile"/}],
  },
])

describe('matchesTemplate (a mixed segment against a literal one)', () => {
  const parts = (template: string) => template.replace(/\{[^}]*\}/g, '{}').split('{}')
  it('agrees with the regular expression the template stands for', () => {
    const templates = ['{id}.json', 'v{major}.{minor}', '{a}{b}', 'x{a}x{b}x', '{response_id}?beta=true', 'pre-{x}', '{x}-{x}-{x}', 'a{b}c{d}']
    const literals = ['', 'a', '.json', 'a.json', 'ab.json', 'v1.2', 'v.2', 'v1.', 'ab', 'a', 'xaxbx', 'xxxxx', 'xxxx', 'xax', 'r?beta=true', '?beta=true', 'pre-', 'pre-1', '1-2-3', '--', '1--3', 'abcd', 'abc', 'aXcYcZ']
    for (const template of templates) {
      const source = '^' + parts(template).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+') + '$'
      for (const literal of literals) expect(matchesTemplate(parts(template), literal), `${template} ~ ${literal}`).toBe(new RegExp(source).test(literal))
    }
  })
})
