// A config with every section: it loads, and `config.api` and `config.gateway` hold what the file says, typed.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {load as parseYaml} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import type {GatewayConfig} from '../../src/lib/config/gateway.js'
import {REPO} from '../helpers/cli.js'
import {load} from './helpers.js'

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:pets'

const REST_CONFIG = `# every section of apix.config.yaml, for a REST API
$schema: ./schemas/apix.config.schema.json
api:
  name: pets
  id: a1b2c3d4e5
  type: rest
  spec: openapi.yaml
  endpointType: PRIVATE
  vpcEndpointIds: [vpce-0123456789abcdef0]
  binaryMediaTypes: [image/png, "*/*"]
  minimumCompressionSize: 1024
  apiKeySource: HEADER
  disableExecuteApiEndpoint: false
  policy:
    Version: "2012-10-17"
    Statement:
      - Effect: Allow
        Principal: "*"
        Action: execute-api:Invoke
        Resource: [execute-api:/*]
        Condition: {StringEquals: {aws:SourceVpce: vpce-0123456789abcdef0}}

integrations:
  default:
    type: lambda-proxy
    function: ${FN}:\${stageVariables.lambdaAlias}
    timeoutMs: 29000
  overrides:
    - match: {tag: legacy, method: [GET, POST]}
      integration:
        type: http
        uri: https://\${stageVariables.backendHost}/v1/{proxy}
        httpMethod: ANY
        vpcLink: abc123
        credentials: arn:aws:iam::123456789012:role/apigw
        requestParameters: {integration.request.path.proxy: method.request.path.proxy}
        requestTemplates: {application/json: '{"id": "$input.params(''id'')"}'}
        passthroughBehavior: WHEN_NO_TEMPLATES
        contentHandling: CONVERT_TO_TEXT
        responses:
          default: {statusCode: "200", responseTemplates: {application/json: $input.body}}
          "4\\\\d{2}": {statusCode: "400", responseParameters: {method.response.header.X-Error: "'bad'"}, contentHandling: CONVERT_TO_TEXT}
        tlsConfig: {insecureSkipVerification: false}
        cacheKeyParameters: [method.request.path.proxy]
    - match: {operationId: getHealth}
      integration: {type: mock, requestTemplates: {application/json: '{"statusCode": 200}'}}
    - match: {path: /files/**}
      integration: {type: aws, uri: "arn:aws:apigateway:us-east-1:s3:path/bucket/{key}", httpMethod: GET}
    - match: {operationId: [a, b]}
      integration: {type: lambda, function: ${FN}}

authorizers:
  custom: {type: token, function: ${FN}-auth, identitySource: method.request.header.Authorization, ttl: 300, identityValidationExpression: "^Bearer .+$", credentials: arn:aws:iam::123456789012:role/auth}
  byRequest: {type: request, function: ${FN}-auth, identitySource: "method.request.header.X-Tenant, method.request.querystring.key", ttl: 0}
  users: {type: cognito, providerArns: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc"], identitySource: method.request.header.Authorization}
  sigv4: {type: iam}

cors:
  allowOrigins: ["https://app.example.com"]
  allowMethods: [GET, POST]
  allowHeaders: [Content-Type, Authorization]
  exposeHeaders: [X-Request-Id]
  maxAge: 600
  allowCredentials: true

requestValidators:
  default: all
  operations: {uploadFile: params, getHealth: none}

gatewayResponses:
  DEFAULT_4XX:
    statusCode: "400"
    responseParameters: {gatewayresponse.header.Access-Control-Allow-Origin: "'https://app.example.com'"}
    responseTemplates: {application/json: '{"message": $context.error.messageString}'}
  UNAUTHORIZED: {statusCode: "401"}

stages:
  dev:
    description: Development
    variables: {lambdaAlias: dev, backendHost: dev.example.com}
  prod:
    variables: {lambdaAlias: live, backendHost: api.example.com}
    throttling:
      rateLimit: 1000
      burstLimit: 2000
      methods:
        GET /pets: {rateLimit: 100, burstLimit: 200}
    caching:
      enabled: true
      clusterSize: 0.5
      ttl: 300
      encrypted: true
      methods:
        GET /pets/{id}: {enabled: true, ttl: 60}
    logging: {level: INFO, dataTrace: false, accessLogDestination: "arn:aws:logs:us-east-1:123456789012:log-group:pets", accessLogFormat: $context.requestId}
    tracing: true
    canary: {percent: 10, variables: {lambdaAlias: canary}, useStageCache: false}

usagePlans:
  free:
    description: Try it
    throttle: {rateLimit: 10, burstLimit: 20}
    quota: {limit: 1000, period: MONTH}
    stages: [dev, prod]
    methods:
      GET /pets: {rateLimit: 5, burstLimit: 10}
    apiKeys:
      - name: trial
  partner:
    throttle: {rateLimit: 100, burstLimit: 200}
    quota: {limit: 50000, offset: 1, period: WEEK}
    stages: [prod]
    apiKeys:
      - {name: acme, valueFrom: ACME_API_KEY, description: Acme Corp}

lint:
  extends: [recommended, gateway-rest]
  rules:
    info-contact: off
  overrides:
    - files: [legacy/**]
      rules: {operation-id-unique: warning}

diff:
  deprecationDays: 90
  severity: {operation-removed: error}
`

const HTTP_CONFIG = `api:
  name: chat
  type: http
  spec: openapi.yaml
  endpointType: REGIONAL
authorizers:
  oidc: {type: jwt, issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc", audience: [client1], identitySource: $request.header.Authorization}
  fn: {type: request, function: ${FN}, enableSimpleResponses: true, payloadFormatVersion: "2.0", ttl: 60}
integrations:
  default: {type: lambda-proxy, function: ${FN}, payloadFormatVersion: "2.0", timeoutMs: 30000}
  overrides:
    - match: {path: /internal/**}
      integration: {type: http-proxy, uri: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/x/y/z", vpcLink: vl123, tlsConfig: {serverNameToVerify: internal.example.com}}
cors: {allowOrigins: ["*"], allowMethods: ["*"], maxAge: -1}
stages:
  $default:
    variables: {x: y}
    throttling: {rateLimit: 50, burstLimit: 100, methods: {GET /chat: {rateLimit: 5}}}
    logging: {accessLogDestination: "arn:aws:logs:us-east-1:123456789012:log-group:chat", accessLogFormat: $context.requestId}
`

const WEBSOCKET_CONFIG = `api: {name: live, type: websocket}
authorizers:
  auth: {type: request, function: ${FN}, identitySource: route.request.querystring.token}
websocket:
  routeSelectionExpression: $request.body.action
  apiKeySelectionExpression: $request.header.x-api-key
  routes:
    $connect: {integration: {type: lambda-proxy, function: ${FN}}, authorizer: auth, apiKeyRequired: true}
    $disconnect: {integration: {type: lambda-proxy, function: ${FN}}}
    $default: {integration: {type: mock}, routeResponseSelectionExpression: $default}
    sendMessage: {integration: {type: lambda, function: ${FN}, timeoutMs: 29000}}
stages:
  prod: {logging: {level: ERROR, dataTrace: true}}
`

describe('a config with every section', () => {
  it('loads a REST config and types api and gateway from it', async () => {
    const config = await load(REST_CONFIG)
    expect(config.api).toEqual({
      name: 'pets',
      id: 'a1b2c3d4e5',
      type: 'rest',
      spec: 'openapi.yaml',
      endpointType: 'PRIVATE',
      vpcEndpointIds: ['vpce-0123456789abcdef0'],
      binaryMediaTypes: ['image/png', '*/*'],
      minimumCompressionSize: 1024,
      apiKeySource: 'HEADER',
      disableExecuteApiEndpoint: false,
      policy: {
        Version: '2012-10-17',
        Statement: [{Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: ['execute-api:/*'], Condition: {StringEquals: {'aws:SourceVpce': 'vpce-0123456789abcdef0'}}}],
      },
    })
    const g: GatewayConfig = config.gateway
    expect(g.integrations.default).toEqual({type: 'lambda-proxy', function: `${FN}:\${stageVariables.lambdaAlias}`, timeoutMs: 29000})
    expect(g.integrations.overrides).toHaveLength(4)
    expect(g.integrations.overrides![0]!.match).toEqual({tag: 'legacy', method: ['GET', 'POST']})
    expect(g.integrations.overrides![0]!.integration.responses!['4\\d{2}']).toEqual({statusCode: '400', responseParameters: {'method.response.header.X-Error': "'bad'"}, contentHandling: 'CONVERT_TO_TEXT'})
    expect(Object.keys(g.authorizers)).toEqual(['custom', 'byRequest', 'users', 'sigv4'])
    expect(g.authorizers['users']).toEqual({type: 'cognito', providerArns: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc'], identitySource: 'method.request.header.Authorization'})
    expect(g.cors).toEqual({allowOrigins: ['https://app.example.com'], allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type', 'Authorization'], exposeHeaders: ['X-Request-Id'], maxAge: 600, allowCredentials: true})
    expect(g.requestValidators).toEqual({default: 'all', operations: {uploadFile: 'params', getHealth: 'none'}})
    expect(Object.keys(g.gatewayResponses)).toEqual(['DEFAULT_4XX', 'UNAUTHORIZED'])
    // YAML reads `clusterSize: 0.5` as a number; API Gateway takes the string.
    expect(g.stages['prod']!.caching).toEqual({enabled: true, clusterSize: '0.5', ttl: 300, encrypted: true, methods: {'GET /pets/{id}': {enabled: true, ttl: 60}}})
    expect(g.stages['prod']!.throttling).toEqual({rateLimit: 1000, burstLimit: 2000, methods: {'GET /pets': {rateLimit: 100, burstLimit: 200}}})
    expect(g.stages['prod']!.canary).toEqual({percent: 10, variables: {lambdaAlias: 'canary'}, useStageCache: false})
    expect(g.stages['dev']).toEqual({description: 'Development', variables: {lambdaAlias: 'dev', backendHost: 'dev.example.com'}})
    expect(g.usagePlans['partner']).toEqual({
      throttle: {rateLimit: 100, burstLimit: 200},
      quota: {limit: 50000, offset: 1, period: 'WEEK'},
      stages: ['prod'],
      apiKeys: [{name: 'acme', valueFrom: 'ACME_API_KEY', description: 'Acme Corp'}],
    })
    expect(g.websocket).toBeUndefined()
    expect(config.lint).toEqual({extends: ['recommended', 'gateway-rest'], rules: {'info-contact': 'off'}, overrides: [{files: ['legacy/**'], rules: {'operation-id-unique': 'warning'}}]})
    expect(config.diff).toEqual({deprecationDays: 90, severity: {'operation-removed': 'error'}})
  })

  it('loads an HTTP API config and a WebSocket API config', async () => {
    const http = await load(HTTP_CONFIG)
    expect(http.api.type).toBe('http')
    expect(http.gateway.authorizers['oidc']).toEqual({type: 'jwt', issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc', audience: ['client1'], identitySource: '$request.header.Authorization'})
    expect(http.gateway.stages['$default']!.throttling!.methods).toEqual({'GET /chat': {rateLimit: 5}})
    const ws = await load(WEBSOCKET_CONFIG)
    expect(ws.gateway.websocket!.routeSelectionExpression).toBe('$request.body.action')
    expect(Object.keys(ws.gateway.websocket!.routes)).toEqual(['$connect', '$disconnect', '$default', 'sendMessage'])
    expect(ws.gateway.websocket!.routes['$connect']!.authorizer).toBe('auth')
  })

  it('an empty file, and no file, give empty sections', async () => {
    const empty = await load('')
    expect(empty.gateway).toEqual({integrations: {}, authorizers: {}, cors: undefined, requestValidators: undefined, gatewayResponses: {}, stages: {}, usagePlans: {}, websocket: undefined})
    expect(empty.api).toEqual({type: undefined, endpointType: undefined, spec: undefined})
  })

  it('ajv (strict, as editors load it) accepts the same configs as the loader', () => {
    const schema = JSON.parse(readFileSync(path.join(REPO, 'schemas/apix.config.schema.json'), 'utf8')) as object
    const validate = new Ajv({strict: true, allErrors: true}).compile(schema)
    for (const text of [REST_CONFIG, HTTP_CONFIG, WEBSOCKET_CONFIG]) {
      const value = parseYaml(text)
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true)
    }
    expect(validate(parseYaml('stages:\n  prod:\n    variabels: {}\n'))).toBe(false)
  })
})
