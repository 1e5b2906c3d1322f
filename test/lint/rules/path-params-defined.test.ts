import {testRule} from '../../helpers/rule.js'

testRule('path-params-defined', [
  {
    name: 'API Gateway greedy path: {proxy+} declared as proxy (as AWS exports it) or as proxy+ passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /legacy/{proxy+}:
    get:
      parameters: [{name: proxy, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
  /files/{proxy+}:
    get:
      parameters: [{name: proxy+, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: '3.0: parameters on the path item or on each operation, directly or by $ref, pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets/{petId}/toys/{toyId}:
    parameters: [{$ref: '#/components/parameters/PetId'}]
    get:
      parameters: [{name: toyId, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
    delete:
      parameters: [{name: toyId, in: path, required: true, schema: {type: string}}]
      responses: {'204': {description: ok}}
  /empty/{id}: {}
  /plain:
    get: {responses: {'200': {description: ok}}}
components:
  parameters:
    PetId: {name: petId, in: path, required: true, schema: {type: string}}
`,
    errors: [],
  },
  {
    name: '3.0: a template without a parameter is reported per operation, a parameter without a template where it is listed',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets/{petId}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses: {'200': {description: ok}}
    put:
      parameters:
        - {name: petId, in: path, required: true, schema: {type: string}}
        - {$ref: '#/components/parameters/Other'}
      responses: {'200': {description: ok}}
components:
  parameters:
    Other: {name: other, in: path, required: true, schema: {type: string}}
`,
    errors: [
      {pointer: '/paths/~1pets~1{petId}/parameters/0', message: /Path parameter "id" does not appear in the path "\/pets\/\{petId\}"/},
      {pointer: '/paths/~1pets~1{petId}/get', message: /"\{petId\}" has no path parameter in GET \/pets\/\{petId\}/},
      {pointer: '/paths/~1pets~1{petId}/put/parameters/1', message: /Path parameter "other" does not appear/},
    ],
  },
  {
    name: '2.0: the same rules hold',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /users/{userId}:
    get:
      parameters: [{name: user_id, in: path, required: true, type: string}]
      responses: {'200': {description: ok}}
`,
    errors: [
      {pointer: '/paths/~1users~1{userId}/get', message: /"\{userId\}" has no path parameter/},
      {pointer: '/paths/~1users~1{userId}/get/parameters/0', message: /Path parameter "user_id" does not appear/},
    ],
  },
  {
    name: '3.1: webhooks and callbacks are not path templates',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
webhooks:
  '{event}':
    post: {responses: {'200': {description: ok}}}
paths:
  /subscribe:
    post:
      callbacks:
        onEvent:
          '{$request.body#/url}':
            post: {responses: {'200': {description: ok}}}
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: '3.1: a template without a parameter and a parameter without a template are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets/{petId}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
`,
    errors: [
      {pointer: '/paths/~1pets~1{petId}/get', message: /"\{petId\}" has no path parameter in GET \/pets\/\{petId\}/},
      {pointer: '/paths/~1pets~1{petId}/get/parameters/0', message: /Path parameter "id" does not appear/},
    ],
  },
])
