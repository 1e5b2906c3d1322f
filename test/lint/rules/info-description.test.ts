import {testRule} from '../../helpers/rule.js'

testRule('info-description', [
  {
    name: 'a description passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1', description: The pet store API.}
paths: {}
`,
    errors: [],
  },
  {
    name: '3.0: a missing description is reported at info',
    doc: `openapi: 3.0.3
info:
  title: t
  version: '1'
paths: {}
`,
    errors: [{pointer: '/info', line: 2, message: /no `info.description`/}],
  },
  {
    name: 'a missing or blank description is reported at info',
    doc: `openapi: 3.1.0
info:
  title: t
  version: '1'
  description: ' '
paths: {}
`,
    errors: [{pointer: '/info', line: 2, message: /info.description/}],
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
