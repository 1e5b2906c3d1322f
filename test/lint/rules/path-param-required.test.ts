import {testRule} from '../../helpers/rule.js'

testRule('path-param-required', [
  {
    name: 'path parameters with required: true pass, other locations need nothing',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: q, in: query, schema: {type: string}}
      responses: {'200': {description: ok}}
`,
    errors: [],
  },
  {
    name: '3.1: a missing or false "required" is reported, in components too',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a/{id}:
    get:
      parameters:
        - {name: id, in: path, schema: {type: string}}
      responses: {'200': {description: ok}}
components:
  parameters:
    Id: {name: id, in: path, required: false, schema: {type: string}}
`,
    errors: [
      {pointer: '/paths/~1a~1{id}/get/parameters/0', message: /Path parameter "id" must have "required: true"\.$/},
      {pointer: '/components/parameters/Id/required', message: /must have "required: true", not false/},
    ],
  },
  {
    name: '2.0: the same MUST',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a/{id}:
    get:
      parameters: [{name: id, in: path, type: string}]
      responses: {'200': {description: ok}}
`,
    errors: ['/paths/~1a~1{id}/get/parameters/0'],
  },
  {
    name: '3.0: required: false on a path-item parameter is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a/{id}:
    parameters:
      - {name: id, in: path, required: false, schema: {type: string}}
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1a~1{id}/parameters/0/required', message: /Path parameter "id" must have "required: true", not false/}],
  },
])
