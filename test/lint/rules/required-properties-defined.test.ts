import {testRule} from '../../helpers/rule.js'

testRule('required-properties-defined', [
  {
    name: 'names defined here, in allOf members, in allOf siblings or by patternProperties pass; maps are skipped',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Base: {type: object, properties: {id: {type: integer}}}
    Pet:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          required: [id, name]
          properties: {name: {type: string}}
    Tagged:
      type: object
      required: [x-trace, name]
      properties: {name: {type: string}}
      patternProperties: {'^x-': {type: string}}
    Labels:
      type: object
      required: [env, owner]
      properties: {owner: {type: string}}
      additionalProperties: {type: string}
`,
    errors: [],
  },
  {
    name: 'a required name with no property is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      type: object
      required: [name, tags]
      properties:
        name: {type: string}
        tag: {type: string}
`,
    errors: [{pointer: '/components/schemas/Pet/required/1', message: /"tags" of Pet/}],
  },
  {
    name: '2.0 definitions',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Pet:
    type: object
    required: [nmae]
    properties: {name: {type: string}}
`,
    errors: ['/definitions/Pet/required/0'],
  },
  {
    name: '3.0: a misspelt required name is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      type: object
      required: [id, nmae]
      properties:
        id: {type: integer}
        name: {type: string, nullable: true}
`,
    errors: [{pointer: '/components/schemas/Pet/required/1', message: /"nmae" of Pet/}],
  },
])
