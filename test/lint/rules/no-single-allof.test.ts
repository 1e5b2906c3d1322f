import {testRule} from '../../helpers/rule.js'

testRule('no-single-allof', [
  {
    name: 'several members, or one member beside other keywords, pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Base: {type: object}
    Owner:
      description: the pet's owner
      allOf: [{$ref: '#/components/schemas/Base'}]
    Both:
      allOf: [{$ref: '#/components/schemas/Base'}, {required: [id]}]
`,
    errors: [],
  },
  {
    name: 'a lone member with nothing beside it is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Base: {type: object}
    Alias:
      allOf: [{$ref: '#/components/schemas/Base'}]
`,
    errors: [{pointer: '/components/schemas/Alias/allOf', message: /Alias wraps a single schema/}],
  },
  {
    name: '2.0: a lone member in definitions is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Base: {type: object}
  Alias:
    allOf: [{$ref: '#/definitions/Base'}]
  Owner:
    description: the owner
    allOf: [{$ref: '#/definitions/Base'}]
`,
    errors: [{pointer: '/definitions/Alias/allOf', message: /Alias wraps a single schema/}],
  },
  {
    name: '3.0: a lone member in a property is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Owner: {type: object, properties: {name: {type: string}}}
    Pet:
      type: object
      properties:
        owner:
          allOf: [{$ref: '#/components/schemas/Owner'}]
`,
    errors: [{pointer: '/components/schemas/Pet/properties/owner/allOf', message: /wraps a single schema/}],
  },
])
