import {testRule} from '../../helpers/rule.js'

testRule('tags-alphabetical', [
  {
    name: 'sorted tags pass, ignoring case',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
tags: [{name: alpha}, {name: Beta}, {name: gamma}]
paths: {}
`,
    errors: [],
  },
  {
    name: 'each tag that comes before its predecessor is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
tags:
  - name: store
  - name: pets
  - name: users
  - name: accounts
paths: {}
`,
    errors: [{pointer: '/tags/1', line: 5, message: /"pets" comes after "store"/}, {pointer: '/tags/3', message: /"accounts" comes after "users"/}],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
tags: [{name: b}, {name: a}]
paths: {}
`,
    errors: ['/tags/1'],
  },
  {
    name: '3.1',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
tags: [{name: pets}, {name: events}, {name: store}]
paths: {}
`,
    errors: [{pointer: '/tags/1', message: /"events" comes after "pets"/}],
  },
])
