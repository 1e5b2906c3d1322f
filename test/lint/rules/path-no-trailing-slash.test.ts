import {testRule} from '../../helpers/rule.js'

testRule('path-no-trailing-slash', [
  {
    name: 'the root path and paths without a trailing slash pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /:
    get: {responses: {'200': {description: ok}}}
  /pets/{id}:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'a trailing slash is reported at the path key',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets/:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1pets~1', line: 4, message: /"\/pets\/"/}],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a/{b}/:
    get: {responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1a~1{b}~1'],
  },
  {
    name: '3.0: a trailing slash after a template is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets/{id}/:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1pets~1{id}~1', message: /"\/pets\/\{id\}\/"/}],
  },
])
