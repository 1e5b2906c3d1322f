// Each AWS limit the config schema encodes, at the limit (accepted) and one past it (refused with exit 2, one line
// naming the file, line, column and key). The limits and their pages are in schemas/apix.config.schema.json.
import {describe, expect, it} from 'vitest'
import {load, loadError} from './helpers.js'

interface LimitCase {
  name: string
  ok: string
  bad: string
  /** The whole line for `bad`, location included. */
  error: RegExp
}

const vars = (n: number, indent = '      ') => Array.from({length: n}, (_, i) => `${indent}v${i}: x`).join('\n')

const cases: LimitCase[] = [
  {
    name: 'stage variable names: 1 to 64 of [A-Za-z0-9_]',
    ok: `stages:\n  prod:\n    variables:\n      ${'n'.repeat(64)}: x\n      Lambda_Alias_2: x\n`,
    bad: `stages:\n  prod:\n    variables:\n      ${'n'.repeat(65)}: x\n`,
    error: /^apix\.config\.yaml:4:7: stages\.prod\.variables has the name `n{65}`: stage variable names must be 1 to 64 letters, digits or underscores$/,
  },
  {
    name: 'stage variable names: no hyphens or dots',
    ok: `stages:\n  prod:\n    variables:\n      backend_host: x\n`,
    bad: `stages:\n  prod:\n    variables:\n      backend-host: x\n`,
    error: /^apix\.config\.yaml:4:7: stages\.prod\.variables has the name `backend-host`: stage variable names must be 1 to 64 letters/,
  },
  {
    name: 'stage variable values: up to 512 characters',
    ok: `stages:\n  prod:\n    variables:\n      v: ${'a'.repeat(512)}\n`,
    bad: `stages:\n  prod:\n    variables:\n      v: ${'a'.repeat(513)}\n`,
    error: /^apix\.config\.yaml:4:7: stages\.prod\.variables\.v must be at most 512 characters \(got 513\)$/,
  },
  {
    name: 'stage variable values: letters, digits and -._~:/?#&=, only',
    ok: `stages:\n  prod:\n    variables:\n      url: "https://api.example.com/v1?x=1&y=2#frag,~._-"\n      empty: ''\n`,
    bad: `stages:\n  prod:\n    variables:\n      url: "https://api.example.com/v1 two"\n`,
    error: /^apix\.config\.yaml:4:7: stages\.prod\.variables\.url must be letters, digits and - \. _ ~ : \/ \? # & = , only \(got "https:\/\/api\.example\.com\/v1 two"\)$/,
  },
  {
    name: 'stage variables: at most 100 per stage',
    ok: `stages:\n  prod:\n    variables:\n${vars(100)}\n`,
    bad: `stages:\n  prod:\n    variables:\n${vars(101)}\n`,
    error: /^apix\.config\.yaml:3:5: stages\.prod\.variables has 101 stage variables; API Gateway allows at most 100 per stage$/,
  },
  {
    name: 'canary variables follow the same rules',
    ok: `stages:\n  prod:\n    canary: {percent: 10, variables: {alias: canary}}\n`,
    bad: `stages:\n  prod:\n    canary: {percent: 10, variables: {alias: "no*stars"}}\n`,
    error: /^apix\.config\.yaml:3:39: stages\.prod\.canary\.variables\.alias must be letters, digits/,
  },
  {
    name: 'stage names: 1 to 128 letters, digits, hyphens or underscores, or $default',
    ok: `stages:\n  prod-eu_1: {}\n  $default: {}\n  ${'s'.repeat(128)}: {}\n`,
    bad: `stages:\n  prod.eu: {}\n`,
    error: /^apix\.config\.yaml:2:3: stages has the name `prod\.eu`: stage names must be 1 to 128 letters, digits, hyphens or underscores \(or \$default\)$/,
  },
  {
    name: 'quota period: DAY, WEEK or MONTH',
    ok: `usagePlans:\n  gold:\n    stages: [prod]\n    quota: {limit: 1000, offset: 0, period: MONTH}\n`,
    bad: `usagePlans:\n  gold:\n    stages: [prod]\n    quota:\n      limit: 1000\n      period: YEAR\n`,
    error: /^apix\.config\.yaml:6:7: usagePlans\.gold\.quota\.period must be DAY, WEEK or MONTH \(got "YEAR"\)$/,
  },
  {
    name: 'quota limit: a whole number, 0 or more',
    ok: `usagePlans:\n  gold: {stages: [prod], quota: {limit: 0, period: DAY}}\n`,
    bad: `usagePlans:\n  gold: {stages: [prod], quota: {limit: -5, period: DAY}}\n`,
    error: /^apix\.config\.yaml:2:34: usagePlans\.gold\.quota\.limit must be at least 0 \(got -5\)$/,
  },
  {
    name: 'quota needs a period',
    ok: `usagePlans:\n  gold: {stages: [prod], quota: {limit: 10, period: WEEK}}\n`,
    bad: `usagePlans:\n  gold: {stages: [prod], quota: {limit: 10}}\n`,
    error: /^apix\.config\.yaml:2:26: usagePlans\.gold\.quota is missing `period`$/,
  },
  {
    name: 'throttle rate: non-negative',
    ok: `usagePlans:\n  gold: {stages: [prod], throttle: {rateLimit: 0.5, burstLimit: 0}}\n`,
    bad: `usagePlans:\n  gold: {stages: [prod], throttle: {rateLimit: -1, burstLimit: 10}}\n`,
    error: /^apix\.config\.yaml:2:37: usagePlans\.gold\.throttle\.rateLimit must be at least 0 \(got -1\)$/,
  },
  {
    name: 'throttle burst: a whole number',
    ok: `stages:\n  prod:\n    throttling: {rateLimit: 100, burstLimit: 200}\n`,
    bad: `stages:\n  prod:\n    throttling: {rateLimit: 100, burstLimit: 2.5}\n`,
    error: /^apix\.config\.yaml:3:34: stages\.prod\.throttling\.burstLimit must be a whole number \(got 2\.5\)$/,
  },
  {
    name: 'per-method throttles: keyed `METHOD /path`',
    ok: `stages:\n  prod:\n    throttling:\n      methods:\n        GET /pets/{id}: {rateLimit: 5}\n        "* /pets": {burstLimit: 1}\n`,
    bad: `stages:\n  prod:\n    throttling:\n      methods:\n        /pets/GET: {rateLimit: 5}\n`,
    error: /^apix\.config\.yaml:5:9: stages\.prod\.throttling\.methods has the name `\/pets\/GET`: method keys must be a method and a path template, like `GET \/pets\/\{id\}`/,
  },
  {
    name: 'cache cluster sizes: the eight API Gateway offers (numbers or strings)',
    ok: `stages:\n  prod:\n    caching: {enabled: true, clusterSize: 0.5}\n  dev:\n    caching: {clusterSize: '237'}\n`,
    bad: `stages:\n  prod:\n    caching: {enabled: true, clusterSize: 2}\n`,
    error: /^apix\.config\.yaml:3:30: stages\.prod\.caching\.clusterSize must be 0\.5, 1\.6, 6\.1, 13\.5, 28\.4, 58\.2, 118 or 237 \(got 2\)$/,
  },
  {
    name: 'cache TTL: 0 to 3600 seconds',
    ok: `stages:\n  prod:\n    caching:\n      ttl: 3600\n      methods:\n        GET /pets: {enabled: true, ttl: 0}\n`,
    bad: `stages:\n  prod:\n    caching:\n      ttl: 3601\n`,
    error: /^apix\.config\.yaml:4:7: stages\.prod\.caching\.ttl must be from 0 to 3600 \(got 3601\)$/,
  },
  {
    name: 'canary percent: 0 to 100',
    ok: `stages:\n  prod:\n    canary: {percent: 100}\n  dev:\n    canary: {percent: 0.5}\n`,
    bad: `stages:\n  prod:\n    canary: {percent: 100.5}\n`,
    error: /^apix\.config\.yaml:3:14: stages\.prod\.canary\.percent must be from 0 to 100 \(got 100\.5\)$/,
  },
  {
    name: 'logging levels: OFF, ERROR or INFO',
    ok: `stages:\n  prod:\n    logging: {level: ERROR, dataTrace: false}\n`,
    bad: `stages:\n  prod:\n    logging: {level: DEBUG}\n`,
    error: /^apix\.config\.yaml:3:15: stages\.prod\.logging\.level must be OFF, ERROR or INFO \(got "DEBUG"\)$/,
  },
  {
    name: 'access log format: at most 3 KB',
    ok: `stages:\n  prod:\n    logging: {accessLogDestination: "arn:aws:logs:us-east-1:123456789012:log-group:api", accessLogFormat: "${'x'.repeat(3072)}"}\n`,
    bad: `stages:\n  prod:\n    logging: {accessLogFormat: "${'x'.repeat(3073)}"}\n`,
    error: /^apix\.config\.yaml:3:15: stages\.prod\.logging\.accessLogFormat must be at most 3072 characters \(got 3073\)$/,
  },
  {
    name: 'integration timeout: at least 50 ms',
    ok: `integrations:\n  default: {type: mock, timeoutMs: 50}\n`,
    bad: `integrations:\n  default: {type: mock, timeoutMs: 49}\n`,
    error: /^apix\.config\.yaml:2:25: integrations\.default\.timeoutMs must be at least 50 \(got 49\)$/,
  },
  {
    name: 'integration types',
    ok: `integrations:\n  default: {type: http-proxy, uri: "https://example.com/{proxy}"}\n`,
    bad: `integrations:\n  default: {type: aws_proxy, uri: "arn:aws:apigateway:us-east-1:lambda:path/x"}\n`,
    error: /^apix\.config\.yaml:2:13: integrations\.default\.type must be lambda-proxy, lambda, http-proxy, http, aws or mock \(got "aws_proxy"\)$/,
  },
  {
    name: 'integration types name what they need: lambda needs function, http needs uri',
    ok: `integrations:\n  default: {type: lambda-proxy, function: "arn:aws:lambda:us-east-1:123456789012:function:pets"}\n`,
    bad: `integrations:\n  default: {type: http}\n`,
    error: /^apix\.config\.yaml:2:3: integrations\.default is missing `uri`, which type http needs$/,
  },
  {
    name: 'authorizer TTL: 0 to 3600 seconds',
    ok: `authorizers:\n  auth: {type: token, function: authorizer, ttl: 3600}\n`,
    bad: `authorizers:\n  auth: {type: token, function: authorizer, ttl: 7200}\n`,
    error: /^apix\.config\.yaml:2:45: authorizers\.auth\.ttl must be from 0 to 3600 \(got 7200\)$/,
  },
  {
    name: 'authorizer types: a discriminated union on type',
    ok: `authorizers:\n  users: {type: cognito, providerArns: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc"]}\n`,
    bad: `authorizers:\n  users: {type: cognito, function: authorizer}\n`,
    error: /^apix\.config\.yaml:2:26: unknown key `authorizers\.users\.function` \(expected type, providerArns or identitySource\)$/,
  },
  {
    name: 'JWT authorizers: at most 50 audiences',
    ok: `authorizers:\n  jwt: {type: jwt, issuer: "https://issuer.example.com", audience: [${Array.from({length: 50}, (_, i) => `a${i}`).join(', ')}]}\n`,
    bad: `authorizers:\n  jwt: {type: jwt, issuer: "https://issuer.example.com", audience: [${Array.from({length: 51}, (_, i) => `a${i}`).join(', ')}]}\n`,
    error: /^apix\.config\.yaml:2:58: authorizers\.jwt\.audience has 51 items; at most 50 are allowed$/,
  },
  {
    name: 'minimum compression size: 0 to 10485760 bytes',
    ok: `api:\n  minimumCompressionSize: 10485760\n`,
    bad: `api:\n  minimumCompressionSize: 10485761\n`,
    error: /^apix\.config\.yaml:2:3: api\.minimumCompressionSize must be from 0 to 10485760 \(got 10485761\)$/,
  },
  {
    name: 'CORS max age: -1 to 86400 seconds',
    ok: `cors:\n  allowOrigins: ["*"]\n  maxAge: 86400\n`,
    bad: `cors:\n  allowOrigins: ["*"]\n  maxAge: 86401\n`,
    error: /^apix\.config\.yaml:3:3: cors\.maxAge must be from -1 to 86400 \(got 86401\)$/,
  },
  {
    name: 'gateway response types',
    ok: `gatewayResponses:\n  DEFAULT_4XX: {statusCode: "400"}\n  WAF_FILTERED: {}\n`,
    bad: `gatewayResponses:\n  DEFAULT_4XXX: {}\n`,
    error: /^apix\.config\.yaml:2:3: gatewayResponses has `DEFAULT_4XXX`, which is not one of its 21 allowed names \(did you mean DEFAULT_4XX\?\)$/,
  },
  {
    name: 'status codes are strings of 100 to 599',
    ok: `gatewayResponses:\n  UNAUTHORIZED: {statusCode: "401", responseParameters: {gatewayresponse.header.WWW-Authenticate: "'Bearer'"}}\n`,
    bad: `gatewayResponses:\n  UNAUTHORIZED: {statusCode: 401}\n`,
    error: /^apix\.config\.yaml:2:18: gatewayResponses\.UNAUTHORIZED\.statusCode must be a string \(got 401\) \(quote it: "401"\)$/,
  },
  {
    name: 'endpoint types',
    ok: `api:\n  endpointType: PRIVATE\n  vpcEndpointIds: [vpce-0123456789abcdef0]\n`,
    bad: `api:\n  endpointType: regional\n`,
    error: /^apix\.config\.yaml:2:3: api\.endpointType must be EDGE, REGIONAL or PRIVATE \(got "regional"\) \(did you mean REGIONAL\?\)$/,
  },
  {
    name: 'API ids: 10 lower-case letters or digits',
    ok: `api:\n  id: a1b2c3d4e5\n`,
    bad: `api:\n  id: A1B2C3D4E5F\n`,
    error: /^apix\.config\.yaml:2:3: api\.id must be an API Gateway id: 10 lower-case letters or digits \(got "A1B2C3D4E5F"\)$/,
  },
  {
    name: 'API key values never come from the file',
    ok: `usagePlans:\n  gold:\n    stages: [prod]\n    apiKeys: [{name: acme, valueFrom: ACME_KEY}]\n`,
    bad: `usagePlans:\n  gold:\n    stages: [prod]\n    apiKeys: [{name: acme, value: abcdefghijklmnopqrstuvwxyz}]\n`,
    error: /^apix\.config\.yaml:4:28: unknown key `usagePlans\.gold\.apiKeys\[0\]\.value` \(API key values never come from this file/,
  },
]

describe('AWS limits in the config schema', () => {
  for (const c of cases) {
    it(c.name, async () => {
      await expect(load(c.ok)).resolves.toBeDefined()
      expect(await loadError(c.bad)).toMatch(c.error)
    })
  }
})
