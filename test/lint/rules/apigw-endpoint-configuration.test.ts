import {testRule} from '../../helpers/rule.js'

testRule('apigw-endpoint-configuration', [
  {
    name: 'OpenAPI 3 server-level configuration of a private API passes',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
servers:
  - url: https://example.com
    x-amazon-apigateway-endpoint-configuration:
      vpcEndpointIds: [vpce-0212a4ababd5b8c3e]
      disableExecuteApiEndpoint: true
paths: {}
`,
    config: (c) => {
      c.api.endpointType = 'PRIVATE'
    },
    errors: [],
  },
  {
    name: 'a top-level OpenAPI 3 configuration is reported as misplaced',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
x-amazon-apigateway-endpoint-configuration: {disableExecuteApiEndpoint: true}
paths: {}
`,
    errors: [{pointer: '/x-amazon-apigateway-endpoint-configuration', message: /server object/}],
  },
  {
    name: 'Swagger 2.0 wrong types and vpcEndpointIds on a Regional API are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-endpoint-configuration:
  disableExecuteApiEndpoint: 'yes'
  vpcEndpointIds: [vpce-0212a4ababd5b8c3e]
  ipAddressType: ipv6
paths: {}
`,
    config: (c) => {
      c.api.endpointType = 'REGIONAL'
    },
    errors: [
      {pointer: '/x-amazon-apigateway-endpoint-configuration/disableExecuteApiEndpoint'},
      {pointer: '/x-amazon-apigateway-endpoint-configuration/vpcEndpointIds', message: /REGIONAL REST API/},
      {pointer: '/x-amazon-apigateway-endpoint-configuration/ipAddressType', message: /ipv4 or dualstack/},
    ],
  },
  {
    name: 'OpenAPI 3.1: a top-level copy and a bad server-level ipAddressType are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
x-amazon-apigateway-endpoint-configuration: {ipAddressType: dualstack}
servers:
  - url: https://example.com
    x-amazon-apigateway-endpoint-configuration:
      ipAddressType: IPv4
      disableExecuteApiEndpoint: false
paths: {}
`,
    errors: [
      {pointer: '/x-amazon-apigateway-endpoint-configuration', message: /server object/},
      {pointer: '/servers/0/x-amazon-apigateway-endpoint-configuration/ipAddressType', message: /"IPv4"/},
    ],
  },
])
