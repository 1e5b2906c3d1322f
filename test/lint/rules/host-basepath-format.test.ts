import {testRule} from '../../helpers/rule.js'

testRule('host-basepath-format', [
  {
    name: '2.0: a host with a port and a basePath with a slash pass',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
host: api.example.com:8443
basePath: /v1
paths: {}
`,
    errors: [],
  },
  {
    name: '2.0: a scheme or a path in host, and a relative basePath, are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
host: https://api.example.com
basePath: v1
paths: {}
`,
    errors: [
      {pointer: '/host', message: /"host" must not include the scheme: "https:\/\/api.example.com"/},
      {pointer: '/basePath', message: /"basePath" must start with "\/": "v1"/},
    ],
  },
  {
    name: '2.0: a path or a template in host',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
host: api.example.com/v1
paths: {}
`,
    errors: [{pointer: '/host', message: /must not include a path/}],
  },
])
