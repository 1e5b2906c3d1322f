import {testRule} from '../../helpers/rule.js'

testRule('license-url-or-identifier', [
  {
    name: '3.1: url or identifier passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1', license: {name: Apache 2.0, identifier: Apache-2.0}}
paths: {}
`,
    errors: [],
  },
  {
    name: '3.1: both are reported at "identifier"',
    doc: `openapi: 3.1.0
info:
  title: t
  version: '1'
  license:
    name: MIT
    url: https://opensource.org/licenses/MIT
    identifier: MIT
paths: {}
`,
    errors: [{pointer: '/info/license/identifier', message: /both "url" and "identifier"/, line: 8}],
  },
])
