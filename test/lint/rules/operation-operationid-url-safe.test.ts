import {testRule} from '../../helpers/rule.js'

testRule('operation-operationid-url-safe', [
  {
    name: 'unreserved characters pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get: {operationId: pets.list_all-v2~x, responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'spaces, slashes and braces are reported at the id',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get: {operationId: list pets, responses: {'200': {description: ok}}}
    post:
      operationId: pets/{create}
      responses: {'201': {description: ok}}
`,
    errors: [
      {pointer: '/paths/~1pets/get/operationId', message: /" "/},
      {pointer: '/paths/~1pets/post/operationId', line: 7, message: /"\/", "\{", "\}"/},
    ],
  },
  {
    name: '2.0 ids',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get: {operationId: 'pets#list', responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1pets/get/operationId'],
  },
  {
    name: '3.1 ids, webhooks included',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get: {operationId: listPets, responses: {'200': {description: ok}}}
webhooks:
  newPet:
    post: {operationId: 'pet added', responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/webhooks/newPet/post/operationId', message: /" "/}],
  },
])
