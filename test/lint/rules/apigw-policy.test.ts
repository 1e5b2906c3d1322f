import {testRule} from '../../helpers/rule.js'

testRule('apigw-policy', [
  {
    name: 'a resource policy document passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-policy:
  Version: '2012-10-17'
  Statement:
    - Effect: Deny
      Principal: '*'
      Action: execute-api:Invoke
      Resource: ['execute-api:/*']
      Condition: {IpAddress: {'aws:SourceIp': 192.0.2.0/24}}
`,
    errors: [],
  },
  {
    name: 'a policy as a string is reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-policy: '{"Version": "2012-10-17"}'
`,
    errors: [{pointer: '/x-amazon-apigateway-policy', message: /IAM policy document/}],
  },
  {
    name: 'a statement without Effect and Principal is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-policy:
  Version: '2012-10-17'
  Statement:
    - Action: execute-api:Invoke
      Resource: ['execute-api:/*']
`,
    errors: [
      {pointer: '/x-amazon-apigateway-policy/Statement/0', message: /Effect/},
      {pointer: '/x-amazon-apigateway-policy/Statement/0', message: /Principal/},
    ],
  },
  {
    name: 'OpenAPI 3.1: a policy as a string is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-policy: '{"Version": "2012-10-17"}'
`,
    errors: [{pointer: '/x-amazon-apigateway-policy', message: /IAM policy document/}],
  },
])
