import {testRule} from '../../helpers/rule.js'

testRule('license-url', [
  {
    name: 'a url passes (and no license at all is left to info-license)',
    doc: `openapi: 3.0.3
info: {title: t, version: '1', license: {name: Apache 2.0, url: 'https://www.apache.org/licenses/LICENSE-2.0'}}
paths: {}
`,
    errors: [],
  },
  {
    name: '3.1 SPDX identifier passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1', license: {name: MIT, identifier: MIT}}
paths: {}
`,
    errors: [],
  },
  {
    name: 'a license without a link is reported at the license',
    doc: `openapi: 3.0.3
info:
  title: t
  version: '1'
  license:
    name: Proprietary
paths: {}
`,
    errors: [{pointer: '/info/license', line: 5, message: /"Proprietary".*a `url`\./}],
  },
  {
    name: '3.1 suggests identifier too',
    doc: `openapi: 3.1.0
info: {title: t, version: '1', license: {name: MIT}}
paths: {}
`,
    errors: [{pointer: '/info/license', message: /SPDX `identifier`/}],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1', license: {name: MIT}}
paths: {}
`,
    errors: ['/info/license'],
  },
])
