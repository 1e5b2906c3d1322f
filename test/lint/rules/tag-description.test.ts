import {testRule} from '../../helpers/rule.js'

testRule('tag-description', [
  {
    name: 'described tags pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
tags: [{name: pets, description: Everything about pets.}]
paths: {}
`,
    errors: [],
  },
  {
    name: 'missing and blank descriptions are reported at the tag',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
tags:
  - name: pets
  - name: store
    description: ''
paths: {}
`,
    errors: [{pointer: '/tags/0', line: 4, message: /"pets"/}, '/tags/1'],
  },
  {
    name: '2.0',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
tags: [{name: a}]
paths: {}
`,
    errors: ['/tags/0'],
  },
  {
    name: '3.0: missing and whitespace-only descriptions are reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
tags:
  - name: pets
  - name: store
    description: '   '
paths: {}
`,
    errors: [{pointer: '/tags/0', message: /"pets"/}, '/tags/1'],
  },
])
