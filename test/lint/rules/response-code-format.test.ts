import {testRule} from '../../helpers/rule.js'

testRule('response-code-format', [
  {
    name: '3.x: codes, ranges, default and extensions pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
        2XX: {description: ok}
        '599': {description: ok}
        default: {description: d}
        x-note: n
`,
    errors: [],
  },
  {
    name: '3.1: malformed codes and lower-case ranges are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '20': {description: ok}
        2xx: {description: ok}
        '600': {description: ok}
        Default: {description: d}
`,
    errors: [
      {pointer: '/paths/~1a/get/responses/20', message: /"20" is not a response code: use an HTTP status code such as "200", a range from "1XX" to "5XX", or "default"/},
      {pointer: '/paths/~1a/get/responses/2xx'},
      {pointer: '/paths/~1a/get/responses/600'},
      {pointer: '/paths/~1a/get/responses/Default'},
    ],
  },
  {
    name: '2.0: ranges are not allowed',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
        2XX: {description: ok}
`,
    errors: [{pointer: '/paths/~1a/get/responses/2XX', message: /three-digit HTTP status code or "default"/}],
  },
  {
    name: '3.0: words and partial ranges are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        2XX: {description: ok}
        OK: {description: ok}
        20X: {description: ok}
`,
    errors: [{pointer: '/paths/~1a/get/responses/OK', message: /"OK" is not a response code/}, '/paths/~1a/get/responses/20X'],
  },
])
