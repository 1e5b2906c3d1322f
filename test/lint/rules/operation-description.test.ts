import {testRule} from '../../helpers/rule.js'

testRule('operation-description', [
  {
    name: 'descriptions pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get: {description: Lists the pets of the store., responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'a summary alone is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get: {summary: List pets, responses: {'200': {description: ok}}}
    delete: {description: '  ', responses: {'204': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1pets/get', message: /GET \/pets has no description/}, '/paths/~1pets/delete'],
  },
  {
    name: '2.0 operations',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get: {summary: List, responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1pets/get'],
  },
  {
    name: '3.1 webhooks are operations too',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
webhooks:
  newPet:
    post: {summary: A pet was added, responses: {'200': {description: ok}}}
paths:
  /pets:
    get: {description: Lists the pets., responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/webhooks/newPet/post', message: /POST newPet has no description/}],
  },
])
