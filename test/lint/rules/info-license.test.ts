import {testRule} from '../../helpers/rule.js'

testRule('info-license', [
  {
    name: 'a license passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1', license: {name: MIT, identifier: MIT}}
paths: {}
`,
    errors: [],
  },
  {
    name: 'no license is reported at info',
    doc: `openapi: 3.0.3
info:
  title: t
  version: '1'
paths: {}
`,
    errors: [{pointer: '/info', line: 2, message: /info.license/}],
  },
  {
    name: '3.1: no license is reported at info',
    doc: `openapi: 3.1.0
info:
  title: t
  version: '1'
  summary: Pets
paths: {}
`,
    errors: [{pointer: '/info', line: 2, message: /no `info.license`/}],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
`,
    errors: ['/info'],
  },
])
