import {testRule} from '../../helpers/rule.js'

testRule('info-contact', [
  {
    name: 'a contact passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1', contact: {email: api@acme.io}}
paths: {}
`,
    errors: [],
  },
  {
    name: '3.0: no contact is reported at info',
    doc: `openapi: 3.0.3
info:
  title: t
  version: '1'
  license: {name: MIT}
paths: {}
`,
    errors: [{pointer: '/info', line: 2, message: /no `info.contact`/}],
  },
  {
    name: 'no contact is reported at info',
    doc: `openapi: 3.1.0
info:
  title: t
  version: '1'
paths: {}
`,
    errors: [{pointer: '/info', line: 2, message: /info.contact/}],
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
