import {testRule} from '../../helpers/rule.js'

testRule('path-no-query-string', [
  {
    name: 'plain paths pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters: [{name: beta, in: query, schema: {type: boolean}}]
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: 'a query string in the key is reported there',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get: {responses: {'200': {description: ok}}}
  /pets?beta=true:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1pets?beta=true', line: 6, message: /"\?beta=true"/}],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /search?q={q}:
    get: {responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1search?q={q}'],
  },
  {
    name: '3.0: a query string in the path key is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets?sort=name:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1pets?sort=name', message: /"\?sort=name"/}],
  },
])
