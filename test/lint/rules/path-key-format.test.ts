import {testRule} from '../../helpers/rule.js'

testRule('path-key-format', [
  {
    name: 'paths beginning with a slash and extensions pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /: {}
  /pets: {}
  x-note: {}
`,
    errors: [],
  },
  {
    name: 'a path without a leading slash is reported (3.1 and 2.0 alike)',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  pets: {}
  '{id}': {}
`,
    errors: [
      {pointer: '/paths/pets', message: /Path "pets" must begin with "\/"/, line: 4},
      {pointer: '/paths/{id}', line: 5},
    ],
  },
  {
    name: '2.0: the same MUST',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  v1/pets: {}
`,
    errors: ['/paths/v1~1pets'],
  },
  {
    name: '3.0: a path without a leading slash is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  pets/{petId}: {}
`,
    errors: [{pointer: '/paths/pets~1{petId}', message: /Path "pets\/\{petId\}" must begin with "\/"/}],
  },
])
