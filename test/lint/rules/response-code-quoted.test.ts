import {testRule} from '../../helpers/rule.js'

testRule('response-code-quoted', [
  {
    name: 'quoted codes (single, double, in flow mappings), ranges and default pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
        "404": {description: nf}
        4XX: {description: other}
        default: {description: d}
    post:
      responses: {'201': {description: c}}
`,
    errors: [],
  },
  {
    name: 'an unquoted code is reported, in block and flow mappings',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        200:
          description: ok
    post:
      responses: {201: {description: c}}
`,
    errors: [
      {pointer: '/paths/~1a/get/responses/200', message: /Quote the response code: '200':/, line: 7},
      {pointer: '/paths/~1a/post/responses/201', line: 10},
    ],
  },
  {
    name: 'an unquoted code after a comma in a flow mapping, or as an explicit key, is found too',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}, 404: {description: nf}}
    put:
      responses:
        ? 500
        : {description: e}
`,
    errors: [
      {pointer: '/paths/~1a/get/responses/404', line: 6},
      {pointer: '/paths/~1a/put/responses/500', line: 9},
    ],
  },
  {
    name: 'an explicit key alone is found',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    put:
      responses:
        ? 500
        : {description: e}
`,
    errors: [{pointer: '/paths/~1a/put/responses/500', line: 7}],
  },
  {
    name: 'a key in a file with CRLF line ends is found',
    doc: 'openapi: 3.0.3\r\ninfo: {title: t, version: "1"}\r\npaths:\r\n  /a:\r\n    get:\r\n      responses:\r\n        200:\r\n          description: ok\r\n',
    errors: [{pointer: '/paths/~1a/get/responses/200', line: 7}],
  },
  {
    name: 'JSON keys are always quoted',
    doc: {'openapi.json': JSON.stringify({openapi: '3.0.3', info: {title: 't', version: '1'}, paths: {'/a': {get: {responses: {200: {description: 'ok'}}}}}})},
    errors: [],
  },
])
