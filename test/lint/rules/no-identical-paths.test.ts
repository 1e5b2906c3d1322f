import {testRule} from '../../helpers/rule.js'

testRule('no-identical-paths', [
  {
    name: 'a concrete path beside a templated one, and paths of different shapes, pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets/{petId}: {}
  /pets/mine: {}
  /{entity}/me: {}
  /books/{id}: {}
  /pets/{petId}/toys: {}
`,
    errors: [],
  },
  {
    name: 'paths that differ only in parameter names are reported at the later one',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets/{petId}: {}
  /pets/{name}: {}
  /users/{a}/posts/{b}: {}
  /users/{x}/posts/{y}: {}
`,
    errors: [
      {pointer: '/paths/~1pets~1{name}', message: /"\/pets\/\{name\}" is identical to "\/pets\/\{petId\}"/},
      {pointer: '/paths/~1users~1{x}~1posts~1{y}'},
    ],
  },
  {
    name: '2.0: the same MUST',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a/{id}: {}
  /a/{key}: {}
`,
    errors: ['/paths/~1a~1{key}'],
  },
  {
    name: '3.0: paths that differ only in parameter names are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /orders/{orderId}: {}
  /orders/{id}: {}
`,
    errors: [{pointer: '/paths/~1orders~1{id}', message: /"\/orders\/\{id\}" is identical to "\/orders\/\{orderId\}"/}],
  },
])
