// What a config mistake looks like: one line (file:line:column: key and what is wrong, then a hint), exit 2.
import {describe, expect, it} from 'vitest'
import {loadConfig} from '../../src/lib/config/config.js'
import {ApixError} from '../../src/lib/errors.js'
import {writeTree} from '../helpers/rule.js'
import {load, loadError} from './helpers.js'

describe('config errors name the file, line and key', () => {
  it('an unknown key, with the near miss', async () => {
    const text = 'stages:\n  prod:\n    variabels:\n      host: example.com\n'
    expect(await loadError(text)).toBe('apix.config.yaml:3:5: unknown key `stages.prod.variabels` (did you mean variables?)')
  })

  it('an unknown key with no near miss lists the keys that fit', async () => {
    expect(await loadError('cors:\n  allowOrigins: ["*"]\n  origins: x\n')).toBe(
      'apix.config.yaml:3:3: unknown key `cors.origins` (expected allowOrigins, allowMethods, allowHeaders, exposeHeaders, maxAge or allowCredentials)',
    )
    expect(await loadError('apii:\n  name: x\n')).toBe('apix.config.yaml:1:1: unknown key `apii` (did you mean api?)')
  })

  it('a wrong type', async () => {
    expect(await loadError('stages:\n  prod:\n    variables: [a, b]\n')).toBe('apix.config.yaml:3:5: stages.prod.variables must be a mapping (got a list)')
    expect(await loadError('api:\n  binaryMediaTypes: image/png\n')).toBe('apix.config.yaml:2:3: api.binaryMediaTypes must be a list (got "image/png")')
    expect(await loadError('api:\n  disableExecuteApiEndpoint: "yes"\n')).toBe('apix.config.yaml:2:3: api.disableExecuteApiEndpoint must be true or false (got "yes")')
  })

  it('a bad throttle and a bad quota period', async () => {
    const text = `stages:
  prod: {}
usagePlans:
  gold:
    stages: [prod]
    throttle:
      rateLimit: fast
`
    expect(await loadError(text)).toBe('apix.config.yaml:7:7: usagePlans.gold.throttle.rateLimit must be a number (got "fast")')
    const quota = `usagePlans:
  gold:
    stages: [prod]
    quota:
      limit: 100
      period: YEAR
`
    expect(await loadError(quota)).toBe('apix.config.yaml:6:7: usagePlans.gold.quota.period must be DAY, WEEK or MONTH (got "YEAR")')
  })

  it('a misspelt enum value gets a hint', async () => {
    expect(await loadError('usagePlans:\n  gold: {stages: [prod], quota: {limit: 1, period: MONHT}}\n')).toMatch(/period must be DAY, WEEK or MONTH \(got "MONHT"\) \(did you mean MONTH\?\)$/)
    expect(await loadError('api:\n  type: REST\n')).toBe('apix.config.yaml:2:3: api.type must be rest, http or websocket (got "REST") (did you mean rest?)')
  })

  it('a misspelt key beats the missing key it causes (the deepest error wins)', async () => {
    const text = 'authorizers:\n  auth:\n    type: token\n    funtion: arn:aws:lambda:us-east-1:123456789012:function:auth\n'
    expect(await loadError(text)).toBe('apix.config.yaml:4:5: unknown key `authorizers.auth.funtion` (did you mean function?)')
  })

  it('the discriminated union reports the branch the type chose, not a summary', async () => {
    const text = 'authorizers:\n  users:\n    type: jwt\n    issuer: https://issuer.example.com\n'
    expect(await loadError(text)).toBe('apix.config.yaml:2:3: authorizers.users is missing `audience`, which type jwt needs')
    expect(await loadError('authorizers:\n  users: {type: oauth}\n')).toBe('apix.config.yaml:2:11: authorizers.users.type must be token, request, cognito, jwt or iam (got "oauth")')
  })

  it('of two problems at the same depth, the first in the file', async () => {
    const text = 'stages:\n  dev:\n    tracing: maybe\n  prod:\n    tracing: perhaps\n'
    expect(await loadError(text)).toBe('apix.config.yaml:3:5: stages.dev.tracing must be true or false (got "maybe")')
  })

  it('a string-or-list field names both forms', async () => {
    expect(await loadError('integrations:\n  overrides:\n    - match: {tag: 5}\n      integration: {type: mock}\n')).toBe(
      'apix.config.yaml:3:15: integrations.overrides[0].match.tag must be a string or a list (got 5)',
    )
    expect(await loadError('integrations:\n  overrides:\n    - match: {method: [GET, FETCH]}\n      integration: {type: mock}\n')).toMatch(
      /^apix\.config\.yaml:3:29: integrations\.overrides\[0\]\.match\.method\[1\] must be GET, PUT, POST, DELETE, PATCH, HEAD, OPTIONS or ANY \(got "FETCH"\)$/,
    )
  })

  it('keys that are not identifiers are quoted in the key path', async () => {
    const text = 'stages:\n  prod:\n    throttling:\n      methods:\n        GET /pets: {rateLimit: -2}\n'
    expect(await loadError(text)).toBe('apix.config.yaml:5:21: stages.prod.throttling.methods["GET /pets"].rateLimit must be at least 0 (got -2)')
  })

  it('a JSON config gets lines and columns too', async () => {
    const text = '{\n  "stages": {\n    "prod": {\n      "variables": {"a": "b c"}\n    }\n  }\n}\n'
    expect(await loadError(text, {name: 'apix.config.json'})).toBe('apix.config.json:4:21: stages.prod.variables.a must be letters, digits and - . _ ~ : / ? # & = , only (got "b c")')
  })

  it('a config that is not a mapping', async () => {
    expect(await loadError('- a\n- b\n')).toBe('apix.config.yaml:1:1: the config must be a mapping at the top level')
  })

  it('an empty stage entry is a stage with no settings', async () => {
    const config = await load('stages:\n  dev:\n  prod: {tracing: true}\n')
    expect(config.gateway.stages).toEqual({dev: {}, prod: {tracing: true}})
  })

  it('the error carries the pointer and the position, for --json and SARIF', async () => {
    const dir = writeTree({'apix.config.yaml': 'stages:\n  prod:\n    tracing: 1\n'})
    const error = (await loadConfig({cwd: dir, env: {}}).catch((e: unknown) => e)) as ApixError
    expect(error.location).toEqual({file: 'apix.config.yaml', line: 3, column: 5, pointer: '/stages/prod/tracing'})
  })
})

describe('lint and diff sections keep their messages', () => {
  it('lint: unknown key, preset names, severities', async () => {
    expect(await loadError('lint:\n  extends: [recommended]\n  rulez: {}\n')).toBe('apix.config.yaml:3:3: unknown key `lint.rulez` (did you mean rules?)')
    expect(await loadError('lint:\n  extends: recomended\n')).toBe(
      'apix.config.yaml:2:3: lint.extends must be spec, recommended, all, gateway-rest or gateway-http (got "recomended") (did you mean recommended?)',
    )
    expect(await loadError('lint:\n  rules:\n    operation-id-unique: fatal\n')).toBe(
      'apix.config.yaml:3:5: lint.rules.operation-id-unique must be error, warning, warn, info, hint or off (got "fatal")',
    )
    expect(await loadError('lint:\n  rules:\n    operation-id-unique: {severity: loud}\n')).toMatch(/^apix\.config\.yaml:3:27: lint\.rules\.operation-id-unique\.severity must be error, warning/)
    expect(await loadError('lint:\n  overrides:\n    - rules: {}\n')).toBe('apix.config.yaml:3:7: lint.overrides[0] is missing `files`')
  })

  it('lint: rule options and the string-or-list forms are read as before', async () => {
    const config = await load('lint:\n  extends: spec\n  rules:\n    info-contact: warn\n    path-casing: {severity: error, casing: kebab}\n  overrides:\n    - files: legacy/**\n      rules: {info-contact: off}\n')
    expect(config.lint).toEqual({
      extends: ['spec'],
      rules: {'info-contact': 'warn', 'path-casing': {severity: 'error', casing: 'kebab'}},
      overrides: [{files: ['legacy/**'], rules: {'info-contact': 'off'}}],
    })
  })

  it('diff: days and severities', async () => {
    expect(await loadError('diff:\n  deprecationDays: 1.5\n')).toBe('apix.config.yaml:2:3: diff.deprecationDays must be a whole number (got 1.5)')
    expect(await loadError('diff:\n  severity: {response-property-removed: fatal}\n')).toBe(
      'apix.config.yaml:2:14: diff.severity.response-property-removed must be error, warning, info or off (got "fatal")',
    )
    expect(await loadError('diff:\n  window: 3\n')).toBe('apix.config.yaml:2:3: unknown key `diff.window` (expected deprecationDays or severity)')
    const config = await load('diff:\n  deprecationDays: 90\n  severity: {operation-removed: warning}\n')
    expect(config.diff).toEqual({deprecationDays: 90, severity: {'operation-removed': 'warning'}})
  })
})

describe('what a schema cannot say', () => {
  const cases: Array<{name: string; text: string; error: string}> = [
    {
      name: 'function is for Lambda integrations',
      text: 'integrations:\n  default: {type: http-proxy, uri: "https://example.com", function: fn}\n',
      error: 'apix.config.yaml:2:59: integrations.default.function is for lambda-proxy and lambda integrations, not http-proxy (give the endpoint or service action in uri)',
    },
    {
      name: 'a WebSocket route authorizer is declared under authorizers',
      text: 'api: {type: websocket}\nauthorizers:\n  auth: {type: request, function: fn}\nwebsocket:\n  routeSelectionExpression: $request.body.action\n  routes:\n    $connect: {integration: {type: mock}, authorizer: auht}\n',
      error: 'apix.config.yaml:7:43: websocket.routes.$connect.authorizer names authorizer `auht`, which `authorizers` does not declare (did you mean auth?)',
    },
    {
      name: 'only $connect has an authorizer',
      text: 'authorizers:\n  auth: {type: request, function: fn}\nwebsocket:\n  routeSelectionExpression: $request.body.action\n  routes:\n    sendMessage: {integration: {type: mock}, authorizer: auth}\n',
      error: 'apix.config.yaml:6:46: websocket.routes.sendMessage.authorizer: only the $connect route of a WebSocket API can have an authorizer',
    },
    {
      name: 'websocket is for WebSocket APIs',
      text: 'api: {type: rest}\nwebsocket:\n  routeSelectionExpression: $request.body.action\n  routes: {$default: {integration: {type: mock}}}\n',
      error: 'apix.config.yaml:2:1: websocket is for WebSocket APIs, and api.type is rest (remove it, or set api.type: websocket)',
    },
    {
      name: 'a WebSocket API needs routes',
      text: 'api:\n  type: websocket\n',
      error: 'apix.config.yaml:2:3: api.type is websocket, which needs a websocket section (routeSelectionExpression and routes)',
    },
    {
      name: 'REST APIs have no JWT authorizers',
      text: 'api: {type: rest}\nauthorizers:\n  oidc: {type: jwt, issuer: "https://issuer.example.com", audience: [app]}\n',
      error: 'apix.config.yaml:3:10: authorizers.oidc.type is jwt, and REST APIs have no jwt authorizers (use token, request, cognito or iam)',
    },
    {
      name: 'HTTP APIs have no Cognito or token authorizers',
      text: 'api: {type: http}\nauthorizers:\n  users: {type: cognito, providerArns: ["arn:aws:cognito-idp:us-east-1:1:userpool/x"]}\n',
      error: 'apix.config.yaml:3:11: authorizers.users.type is cognito, and HTTP APIs have no cognito authorizers (use request, jwt or iam)',
    },
    {
      name: 'simple responses are for HTTP API authorizers',
      text: 'api: {type: rest}\nauthorizers:\n  auth: {type: request, function: fn, enableSimpleResponses: true}\n',
      error: 'apix.config.yaml:3:39: authorizers.auth.enableSimpleResponses is for HTTP API Lambda authorizers, and api.type is rest',
    },
    {
      name: 'identityValidationExpression is for token authorizers',
      text: 'api: {type: rest}\nauthorizers:\n  auth: {type: request, function: fn, identityValidationExpression: "^Bearer "}\n',
      error: 'apix.config.yaml:3:39: authorizers.auth.identityValidationExpression is for token authorizers only',
    },
    {
      name: 'HTTP API integrations time out at 30 s at most',
      text: 'api: {type: http}\nintegrations:\n  default: {type: http-proxy, uri: "https://example.com", timeoutMs: 30001}\n',
      error: 'apix.config.yaml:3:59: integrations.default.timeoutMs is 30001; HTTP APIs allow at most 30000 ms and no quota increase raises it',
    },
    {
      name: 'edge-optimized REST integrations time out at 29 s at most (EDGE is the default)',
      text: 'api: {type: rest}\nintegrations:\n  default: {type: mock}\n  overrides:\n    - match: {tag: slow}\n      integration: {type: mock, timeoutMs: 60000}\n',
      error:
        'apix.config.yaml:6:33: integrations.overrides[0].integration.timeoutMs is 60000; edge-optimized REST APIs allow at most 29000 ms and no quota increase raises it (Regional and private REST APIs can go higher after a quota increase: set api.endpointType: REGIONAL)',
    },
    {
      name: 'VPC endpoints are for private APIs',
      text: 'api: {type: rest, endpointType: REGIONAL, vpcEndpointIds: [vpce-0123456789abcdef0]}\n',
      error: 'apix.config.yaml:1:43: api.vpcEndpointIds is for PRIVATE APIs (set api.endpointType: PRIVATE)',
    },
    {
      name: 'HTTP APIs are Regional',
      text: 'api: {type: http, endpointType: EDGE}\n',
      error: 'apix.config.yaml:1:19: api.endpointType is EDGE, and HTTP APIs are REGIONAL only (set api.endpointType: REGIONAL, or leave it out)',
    },
    {
      name: 'HTTP APIs have no request validation',
      text: 'api: {type: http}\nrequestValidators: {default: all}\n',
      error: 'apix.config.yaml:2:1: requestValidators: HTTP APIs have no request validation, and api.type is http (remove it, or set api.type: rest)',
    },
    {
      name: 'HTTP APIs have no caching',
      text: 'api: {type: http}\nstages:\n  prod:\n    caching: {enabled: true}\n',
      error: 'apix.config.yaml:4:5: stages.prod.caching: HTTP APIs have no API caching, and api.type is http (remove it, or set api.type: rest)',
    },
    {
      name: 'HTTP APIs have no mapping templates',
      text: 'api: {type: http}\nintegrations:\n  default:\n    type: http\n    uri: https://example.com\n    requestTemplates: {application/json: "{}"}\n',
      error: 'apix.config.yaml:6:5: integrations.default.requestTemplates: HTTP APIs have no mapping templates, and api.type is http (remove it, or set api.type: rest)',
    },
  ]
  for (const c of cases) {
    it(c.name, async () => {
      expect(await loadError(c.text)).toBe(c.error)
    })
  }

  it('leaves type-dependent checks alone when api.type is not declared', async () => {
    await expect(load('authorizers:\n  oidc: {type: jwt, issuer: "https://issuer.example.com", audience: [app]}\nintegrations:\n  default: {type: mock, timeoutMs: 60000}\n')).resolves.toBeDefined()
  })
})

describe('hostile configs', () => {
  it('a list too long to validate is refused before the schema runs (its uniqueItems check is quadratic)', async () => {
    const many = Array.from({length: 200_000}, (_, i) => `t${i}/x`).join(', ')
    const started = Date.now()
    expect(await loadError(`api:\n  binaryMediaTypes: [${many}]\n`)).toBe('apix.config.yaml:2:3: api.binaryMediaTypes has 200000 items; apix reads lists of at most 1000')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('a huge misspelt key gets no near-miss search', async () => {
    expect(await loadError(`api:\n  ${'x'.repeat(100_000)}: 1\n`)).toMatch(/^apix\.config\.yaml:2:3: unknown key `api\.x{77}\.\.\.` \(expected name, id, type/)
  })
})

describe('choosing among several problems', () => {
  it('a bad name comes before the problems inside its entry', async () => {
    expect(await loadError('gatewayResponses:\n  DEFAULT_4X: {statusCode: 400}\n')).toBe(
      'apix.config.yaml:2:3: gatewayResponses has `DEFAULT_4X`, which is not one of its 21 allowed names (did you mean DEFAULT_4XX?)',
    )
  })
})
