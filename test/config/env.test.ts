// `${env:NAME}` interpolation: present, missing, escaped; never a value in a message.
import {describe, expect, it} from 'vitest'
import {load, loadError} from './helpers.js'

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:pets'

describe('${env:NAME} in config values', () => {
  it('replaces references anywhere in the gateway sections and api, whole or inside a string', async () => {
    const text = `api:
  name: pets-\${env:STAGE_SUFFIX}
  id: \${env:API_ID}
integrations:
  default:
    type: lambda-proxy
    function: \${env:FN_ARN}
stages:
  prod:
    variables:
      host: \${env:BACKEND_HOST}
      both: \${env:STAGE_SUFFIX}-\${env:STAGE_SUFFIX}
usagePlans:
  gold:
    stages: [prod]
    description: for \${env:STAGE_SUFFIX}
`
    const config = await load(text, {env: {STAGE_SUFFIX: 'eu', API_ID: 'a1b2c3d4e5', FN_ARN: ARN, BACKEND_HOST: 'api.example.com'}})
    expect(config.api.name).toBe('pets-eu')
    expect(config.api.id).toBe('a1b2c3d4e5')
    expect(config.gateway.integrations.default).toEqual({type: 'lambda-proxy', function: ARN})
    expect(config.gateway.stages['prod']!.variables).toEqual({host: 'api.example.com', both: 'eu-eu'})
    expect(config.gateway.usagePlans['gold']!.description).toBe('for eu')
    // The file as written keeps the references: nothing read from the environment is kept in `raw`.
    expect((config.raw['api'] as {name: string}).name).toBe('pets-${env:STAGE_SUFFIX}')
  })

  it('a missing variable is exit 2 naming the key, the line and the variable', async () => {
    const text = 'stages:\n  prod:\n    variables:\n      host: ${env:BACKEND_HOST}\n'
    expect(await loadError(text, {env: {}})).toBe(
      'apix.config.yaml:4:7: stages.prod.variables.host uses ${env:BACKEND_HOST}, and BACKEND_HOST is not set (set BACKEND_HOST in the environment, or write $${env:BACKEND_HOST} for the text itself)',
    )
  })

  it('an empty variable is set (the schema then judges the empty value)', async () => {
    const config = await load('api:\n  spec: openapi${env:SUFFIX}.yaml\n', {env: {SUFFIX: ''}})
    expect(config.api.spec).toBe('openapi.yaml')
  })

  it('$${env:NAME} is the literal text ${env:NAME}', async () => {
    const config = await load('integrations:\n  default:\n    type: mock\n    requestTemplates:\n      application/json: \'{"x": "$${env:NOT_SET}", "y": "${env:SET}"}\'\n', {env: {SET: 'yes'}})
    expect(config.gateway.integrations.default!.requestTemplates).toEqual({'application/json': '{"x": "${env:NOT_SET}", "y": "yes"}'})
  })

  it('lint and diff are read as written', async () => {
    const config = await load('lint:\n  overrides:\n    - files: "${env:NOT_SET}/**"\n      rules: {info-contact: off}\n', {env: {}})
    expect(config.lint.overrides[0]!.files).toEqual(['${env:NOT_SET}/**'])
  })

  it('bad references: an invalid name, an unterminated reference', async () => {
    expect(await loadError('api:\n  name: ${env:MY-VAR}\n')).toBe(
      'apix.config.yaml:2:3: api.name has ${env:MY-VAR}, and "MY-VAR" is not an environment variable name (use letters, digits and underscores, not starting with a digit)',
    )
    expect(await loadError('api:\n  name: ${env:NAME\n', {env: {NAME: 'x'}})).toBe('apix.config.yaml:2:3: api.name has an unterminated ${env:...} reference (close it with }, or write $${env: for the text itself)')
  })

  it('a whole-value reference reads as a number or a boolean where the schema wants one', async () => {
    const text = 'api:\n  minimumCompressionSize: ${env:MIN_GZIP}\n  disableExecuteApiEndpoint: ${env:NO_DEFAULT_ENDPOINT}\nstages:\n  prod:\n    variables: {port: "${env:PORT}"}\n    canary: {percent: "${env:CANARY}"}\n'
    const config = await load(text, {env: {MIN_GZIP: '1024', NO_DEFAULT_ENDPOINT: 'true', PORT: '8080', CANARY: '12.5'}})
    expect(config.api.minimumCompressionSize).toBe(1024)
    expect(config.api.disableExecuteApiEndpoint).toBe(true)
    // A stage variable is a string, so it stays one.
    expect(config.gateway.stages['prod']!.variables).toEqual({port: '8080'})
    expect(config.gateway.stages['prod']!.canary).toEqual({percent: 12.5})
    // Text around the reference makes it a string: the schema's type error stands.
    expect(await loadError('api:\n  minimumCompressionSize: "${env:MIN_GZIP}0"\n', {env: {MIN_GZIP: '1024'}})).toMatch(/api\.minimumCompressionSize must be a whole number \(got the value of \$\{env:MIN_GZIP\}\)$/)
  })

  it('never shows a value read from the environment, even in a schema error', async () => {
    const secret = 'hunter2 with spaces'
    const line = await loadError('stages:\n  prod:\n    variables:\n      token: ${env:TOKEN}\n', {env: {TOKEN: secret}})
    expect(line).toBe('apix.config.yaml:4:7: stages.prod.variables.token must be letters, digits and - . _ ~ : / ? # & = , only (got the value of ${env:TOKEN})')
    expect(line).not.toContain('hunter2')
    const enumLine = await loadError('usagePlans:\n  gold: {stages: [prod], quota: {limit: 1, period: "${env:PERIOD}"}}\n', {env: {PERIOD: 'MONHT'}})
    expect(enumLine).not.toContain('MONHT')
    expect(enumLine).toMatch(/period must be DAY, WEEK or MONTH \(got the value of \$\{env:PERIOD\}\)$/)
  })
})

describe('${env:NAME} in lists', () => {
  it('a duplicate built from the environment is named by its reference, not its value', async () => {
    const line = await loadError('api:\n  binaryMediaTypes: ["${env:A}", "${env:B}"]\n', {env: {A: 'image/png', B: 'image/png'}})
    expect(line).toBe('apix.config.yaml:2:3: api.binaryMediaTypes lists the value of ${env:B} twice')
  })
})
