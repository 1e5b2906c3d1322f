import {testRule} from '../../helpers/rule.js'

testRule('apigw-response-ref', [
  {
    name: 'inline responses pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
        '500': {description: failed}
`,
    errors: [],
  },
  {
    name: 'a Swagger 2.0 response $ref to the root responses is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
        '500': {$ref: '#/responses/UnexpectedError'}
responses:
  UnexpectedError: {description: failed}
`,
    errors: [{pointer: '/paths/~1a/get/responses/500/$ref', message: /#\/responses\/UnexpectedError/}],
  },
  {
    name: 'an OpenAPI 3 response $ref to components/responses is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '404': {$ref: '#/components/responses/NotFound'}
components:
  responses:
    NotFound: {description: missing}
`,
    errors: [{pointer: '/paths/~1a/get/responses/404/$ref'}],
  },
  {
    name: 'an OpenAPI 3.1 response $ref with a sibling description is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
        '404': {$ref: '#/components/responses/NotFound', description: no such item}
components:
  responses:
    NotFound: {description: missing}
`,
    errors: [{pointer: '/paths/~1a/get/responses/404/$ref', message: /#\/components\/responses\/NotFound/}],
  },
])
