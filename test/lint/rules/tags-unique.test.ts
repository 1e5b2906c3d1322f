import {testRule} from '../../helpers/rule.js'

testRule('tags-unique', [
  {
    name: 'distinct names pass (case matters)',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
tags: [{name: pets}, {name: Pets}]
paths: {}
`,
    errors: [],
  },
  {
    name: 'a repeated name is reported at the second entry',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
tags:
  - name: pets
    description: one
  - name: store
  - name: pets
    description: two
paths: {}
`,
    errors: [{pointer: '/tags/2/name', line: 7, message: /tags\[0\]/}],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
tags: [{name: a}, {name: a}, {name: a}]
paths: {}
`,
    errors: ['/tags/1/name', '/tags/2/name'],
  },
  {
    name: '3.1',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
tags: [{name: pets}, {name: events}, {name: pets}]
paths: {}
`,
    errors: [{pointer: '/tags/2/name', message: /tags\[0\]/}],
  },
])
