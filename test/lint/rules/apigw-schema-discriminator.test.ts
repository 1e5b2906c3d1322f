import {testRule} from '../../helpers/rule.js'

testRule('apigw-schema-discriminator', [
  {
    name: 'schemas without discriminator pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Cat: {type: object, properties: {kind: {type: string}}}
`,
    errors: [],
  },
  {
    name: 'an OpenAPI 3 discriminator object is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      oneOf: [{$ref: '#/components/schemas/Cat'}]
      discriminator: {propertyName: kind}
    Cat: {type: object}
`,
    errors: [{pointer: '/components/schemas/Pet/discriminator', line: 8}],
  },
  {
    name: 'a Swagger 2.0 discriminator string is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Pet:
    type: object
    discriminator: kind
    properties: {kind: {type: string}}
`,
    errors: [{pointer: '/definitions/Pet/discriminator'}],
  },
  {
    name: 'an OpenAPI 3.1 discriminator with a mapping is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      oneOf: [{$ref: '#/components/schemas/Cat'}]
      discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat'}}
    Cat: {type: [object], properties: {kind: {const: cat}}}
`,
    errors: [{pointer: '/components/schemas/Pet/discriminator', line: 8}],
  },
])
