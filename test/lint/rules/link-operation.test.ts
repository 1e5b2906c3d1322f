import {testRule} from '../../helpers/rule.js'

const ops = `paths:
  /users/{id}:
    get:
      operationId: getUser
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          links:`

testRule('link-operation', [
  {
    name: 'an existing operationId, or an operationRef to an operation, passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
${ops}
            self: {operationId: getUser, parameters: {id: '$response.body#/id'}}
            again: {operationRef: '#/paths/~1users~1{id}/get'}
            remote: {operationRef: 'https://example.com/openapi.json#/paths/~1x/get'}
            shared: {$ref: '#/components/links/Shared'}
components:
  links:
    Shared: {operationId: getUser}
`,
    errors: [],
  },
  {
    name: '3.0: an unknown operationId in a component link and a link naming no operation are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
${ops}
            none: {parameters: {id: '$response.body#/id'}}
            shared: {$ref: '#/components/links/Shared'}
components:
  links:
    Shared: {operationId: get_user}
`,
    errors: [
      {pointer: '/paths/~1users~1{id}/get/responses/200/links/none', message: /must name its operation/},
      {pointer: '/components/links/Shared/operationId', message: /No operation has the operationId "get_user"/},
    ],
  },
  {
    name: 'neither, both, an unknown operationId and an operationRef to nothing are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
${ops}
            none: {description: which operation?}
            both: {operationId: getUser, operationRef: '#/paths/~1users~1{id}/get'}
            unknown: {operationId: getUsers}
            broken: {operationRef: '#/paths/~1users/get'}
            notOp: {operationRef: '#/paths/~1users~1{id}'}
`,
    errors: [
      {pointer: '/paths/~1users~1{id}/get/responses/200/links/none', message: /The link must name its operation with "operationRef" or "operationId"/},
      {pointer: '/paths/~1users~1{id}/get/responses/200/links/both/operationRef', message: /both "operationRef" and "operationId"/},
      {pointer: '/paths/~1users~1{id}/get/responses/200/links/unknown/operationId', message: /No operation has the operationId "getUsers"/},
      {pointer: '/paths/~1users~1{id}/get/responses/200/links/broken/operationRef', message: /operationRef "#\/paths\/~1users\/get" does not point at an operation/},
      {pointer: '/paths/~1users~1{id}/get/responses/200/links/notOp/operationRef'},
    ],
  },
])
