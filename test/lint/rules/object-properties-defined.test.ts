import {testRule} from '../../helpers/rule.js'

testRule('object-properties-defined', [
  {
    name: 'objects with properties, additionalProperties or composition pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet: {type: object, properties: {name: {type: string}}}
    Labels: {type: object, additionalProperties: {type: string}}
    Dog: {type: object, allOf: [{$ref: '#/components/schemas/Pet'}]}
`,
    errors: [],
  },
  {
    name: 'a bare object is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Meta:
      type: object
      description: anything
`,
    errors: [{pointer: '/components/schemas/Meta/type', message: /Object Meta/}],
  },
  {
    name: '2.0: a bare object in definitions or a body schema is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      parameters:
        - {name: body, in: body, schema: {type: object}}
      responses: {'204': {description: none}}
definitions:
  Meta: {type: object, description: anything}
  Labels: {type: object, additionalProperties: {type: string}}
`,
    errors: ['/paths/~1pets/post/parameters/0/schema/type', {pointer: '/definitions/Meta/type', message: /Object Meta/}],
  },
  {
    name: '3.0: a bare nullable object is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Meta: {type: object, nullable: true}
`,
    errors: [{pointer: '/components/schemas/Meta/type', message: /Object Meta/}],
  },
])
