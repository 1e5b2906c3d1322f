import {testRule} from '../../helpers/rule.js'

testRule('path-no-empty-segment', [
  {
    name: 'paths without // pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /:
    get: {responses: {'200': {description: ok}}}
  /pets/{id}/toys:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'a double slash is reported at the path key',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets//toys:
    get: {responses: {'200': {description: ok}}}
  //pets:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1pets~1~1toys', line: 4, message: /"\/pets\/\/toys"/}, '/paths/~1~1pets'],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a//b:
    get: {responses: {'200': {description: ok}}}
`,
    errors: ['/paths/~1a~1~1b'],
  },
  {
    name: '3.0: a trailing double slash is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets//:
    get: {responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1pets~1~1', message: /"\/pets\/\/" has an empty segment/}],
  },
])
