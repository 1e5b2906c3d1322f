import {testRule} from '../../helpers/rule.js'

/** `n` paths /r0../r{n-1}, each with one GET. */
function paths(n: number, version = 'openapi: 3.0.3'): string {
  const lines = [version, "info: {title: t, version: '1'}", 'paths:']
  for (let i = 0; i < n; i++) lines.push(`  /r${i}:`, `    get: {responses: {'200': {description: ok}}}`)
  return lines.join('\n') + '\n'
}

testRule('apigw-resource-quota', [
  {name: '299 paths plus the root make 300 REST resources, which passes', doc: paths(299, "swagger: '2.0'"), errors: []},
  {name: '300 paths plus the root exceed the REST quota', doc: paths(300), errors: [{pointer: '/paths', message: /301 resources/}]},
  {name: '2.0: 300 paths plus the root exceed the REST quota', doc: paths(300, "swagger: '2.0'"), errors: [{pointer: '/paths', message: /301 resources/}]},
  {name: 'OpenAPI 3.1: 300 paths plus the root exceed the REST quota', doc: paths(300, 'openapi: 3.1.0'), errors: [{pointer: '/paths', message: /301 resources/}]},
  {
    name: 'nested paths count their parent segments',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a/b/c:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: '301 routes exceed the HTTP API quota',
    doc: paths(301),
    config: (c) => {
      c.api.type = 'http'
    },
    errors: [{pointer: '/paths', message: /301 routes/}],
  },
])
