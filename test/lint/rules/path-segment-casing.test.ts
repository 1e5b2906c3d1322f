import {testRule} from '../../helpers/rule.js'

const snakeDoc = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /v1/payment_intents/{intent_id}:
    get: {responses: {'200': {description: ok}}}
  /v1/line-items:
    get: {responses: {'200': {description: ok}}}
`

testRule('path-segment-casing', [
  {
    name: 'kebab-case segments, templates, extensions and custom methods pass by default',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /v2/pet-stores/{storeId}/openapi.json:
    get: {responses: {'200': {description: ok}}}
  /files/{fileName}.{ext}:
    get: {responses: {'200': {description: ok}}}
  /jobs/{jobId}:cancel:
    post: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'non-kebab segments are reported at the path key, naming each',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /petStores/{id}/Toy_Box:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1petStores~1{id}~1Toy_Box', line: 4, message: /"petStores", "Toy_Box" not in kebabCase/}],
  },
  {name: 'snake_case is reported under the default', doc: snakeDoc, errors: ['/paths/~1v1~1payment_intents~1{intent_id}']},
  {
    name: 'option casing: snake',
    doc: snakeDoc,
    config: (c) => {
      c.lint.rules['path-segment-casing'] = {casing: 'snake'}
    },
    errors: [{pointer: '/paths/~1v1~1line-items', message: /"line-items" not in snakeCase/}],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /findByTags:
    get: {responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1findByTags'],
  },
])
