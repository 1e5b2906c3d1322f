import {testRule} from '../../helpers/rule.js'

testRule('discriminator-property', [
  {
    name: '3.0: the property required by the schema, an allOf member, or every oneOf alternative passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      type: object
      required: [petType]
      properties: {petType: {type: string}}
      discriminator: {propertyName: petType}
    Cat:
      allOf:
        - $ref: '#/components/schemas/Pet'
        - {type: object, properties: {hunts: {type: boolean}}}
      discriminator: {propertyName: petType}
    Dog:
      allOf:
        - $ref: '#/components/schemas/Pet'
    Animal:
      oneOf:
        - $ref: '#/components/schemas/Cat'
        - $ref: '#/components/schemas/Dog'
      discriminator: {propertyName: petType, mapping: {cat: '#/components/schemas/Cat'}}
`,
    errors: [],
  },
  {
    name: '3.0: a discriminator property that is not required, or required by only some alternatives, is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      type: object
      properties: {petType: {type: string}}
      discriminator: {propertyName: petType}
    Shape:
      oneOf:
        - {type: object, required: [kind], properties: {kind: {type: string}}}
        - {type: object, properties: {kind: {type: string}}}
      discriminator: {propertyName: kind}
`,
    errors: [
      {pointer: '/components/schemas/Pet/discriminator/propertyName', message: /The discriminator property "petType" must be required/},
      {pointer: '/components/schemas/Shape/discriminator/propertyName'},
    ],
  },
  {
    name: '3.1: a $ref with sibling keywords is read on both sides',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
components:
  schemas:
    Base: {type: object, properties: {kind: {type: string}}}
    A:
      $ref: '#/components/schemas/Base'
      required: [kind]
      discriminator: {propertyName: kind}
    B:
      $ref: '#/components/schemas/Base'
      discriminator: {propertyName: kind}
`,
    errors: ['/components/schemas/B/discriminator/propertyName'],
  },
  {
    name: '2.0: the discriminator must be defined in the schema\'s own properties and required there',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Pet:
    type: object
    discriminator: petType
    required: [petType]
    properties: {petType: {type: string}}
  Loose:
    type: object
    discriminator: kind
    properties: {kind: {type: string}}
  Missing:
    type: object
    discriminator: kind
`,
    errors: [
      {pointer: '/definitions/Loose/discriminator', message: /The discriminator "kind" must be listed in this schema's "required"/},
      {pointer: '/definitions/Missing/discriminator', message: /must be defined in this schema's "properties"/},
    ],
  },
])
