import {testRule} from '../../helpers/rule.js'

testRule('pattern-valid-regex', [
  {
    name: 'valid patterns pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Slug: {type: string, pattern: '^[a-z0-9-]+$'}
    Map: {type: object, patternProperties: {'^x-[a-z]+$': {type: string}}}
`,
    errors: [],
  },
  {
    name: 'broken patterns and those only valid without the u flag are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Slug: {type: string, pattern: '^[a-z+$'}
    Word: {type: string, pattern: '^[\\w-.]+$'}
    Map: {type: object, patternProperties: {'(': {type: string}}}
`,
    errors: [
      {pointer: '/components/schemas/Slug/pattern', message: /not a valid regular expression/},
      {pointer: '/components/schemas/Word/pattern', message: /without the `u` flag/},
      '/components/schemas/Map/patternProperties/(',
    ],
  },
  {
    name: '2.0 parameter patterns',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters: [{name: q, in: query, type: string, pattern: '*abc'}]
      responses: {'200': {description: ok}}
`,
    errors: ['/paths/~1pets/get/parameters/0/pattern'],
  },
  {
    name: '3.0: a broken pattern in a parameter schema is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      parameters: [{name: q, in: query, schema: {type: string, pattern: '^(abc'}}]
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1pets/get/parameters/0/schema/pattern', message: /not a valid regular expression/}],
  },
])
