import {testRule} from '../../helpers/rule.js'

testRule('contact-properties', [
  {
    name: 'name, url and email pass',
    doc: `openapi: 3.0.3
info:
  title: t
  version: '1'
  contact: {name: API team, url: 'https://acme.io/support', email: api@acme.io}
paths: {}
`,
    errors: [],
  },
  {
    name: '3.0: a contact without url is reported; an empty email counts as missing',
    doc: `openapi: 3.0.3
info:
  title: t
  version: '1'
  contact: {name: API team, email: ''}
paths: {}
`,
    errors: [{pointer: '/info/contact', line: 5, message: /no url, email; add them/}],
  },
  {
    name: 'missing fields are listed in one finding at the contact',
    doc: `openapi: 3.1.0
info:
  title: t
  version: '1'
  contact:
    email: api@acme.io
paths: {}
`,
    errors: [{pointer: '/info/contact', line: 5, message: /no name, url; add them/}],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1', contact: {name: a, url: 'https://a.io'}}
paths: {}
`,
    errors: [{pointer: '/info/contact', message: /no email; add it/}],
  },
])
