import {testRule} from '../../helpers/rule.js'

testRule('component-name-format', [
  {
    name: 'letters, digits, dots, hyphens and underscores pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    User: {}
    User_1: {}
    user-name: {}
    my.org.User: {}
  x-not-a-component-map: {'any key': 1}
`,
    errors: [],
  },
  {
    name: '3.0: a space in a response name and a slash in a security scheme name are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  responses:
    'Not Found': {description: missing}
  securitySchemes:
    'api/key': {type: apiKey, name: k, in: header}
`,
    errors: [
      {pointer: '/components/responses/Not Found', message: /Component name "Not Found"/},
      {pointer: '/components/securitySchemes/api~1key'},
    ],
  },
  {
    name: 'spaces, slashes and other characters are reported, in every component map',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
components:
  schemas:
    'User Profile': {}
    'a/b': {}
  parameters:
    'limit[max]': {name: l, in: query, schema: {type: string}}
  pathItems:
    'ü': {}
`,
    errors: [
      {pointer: '/components/schemas/User Profile', message: /Component name "User Profile" may only use letters, digits/},
      {pointer: '/components/schemas/a~1b'},
      {pointer: '/components/parameters/limit[max]'},
      {pointer: '/components/pathItems/ü'},
    ],
  },
])
