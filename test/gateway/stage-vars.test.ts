import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {load} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {emptyConfig, type ApixConfig} from '../../src/lib/config/config.js'
import type {StageConfig} from '../../src/lib/config/gateway.js'
import {
  STAGE_VARIABLES_PER_STAGE,
  STAGE_VARIABLE_VALUE_MAX_LENGTH,
  checkStageVariables,
  stageVariableUses,
  stageVariablesPatch,
  writeStageVariables,
} from '../../src/lib/gateway/stage-vars.js'
import {DEFAULT_LIMITS} from '../../src/lib/spec/limits.js'
import {SourceFile} from '../../src/lib/spec/source-file.js'
import {writeTree} from '../helpers/rule.js'

const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets:${stageVariables.lambdaAlias}/invocations'

/** A config as the loader hands it over: the file (for lines) and its typed `stages`. */
async function configWith(text: string): Promise<ApixConfig> {
  const file = await SourceFile.parse('/x/apix.config.yaml', 'apix.config.yaml', text, DEFAULT_LIMITS)
  const config = emptyConfig('/x')
  config.file = file
  config.raw = file.value as ApixConfig['raw']
  config.gateway.stages = ((file.value as {stages?: Record<string, StageConfig>}).stages ?? {}) as Record<string, StageConfig>
  return config
}

describe('stageVariableUses', () => {
  it('finds every form API Gateway substitutes, with the pointer of its string', () => {
    const doc = {
      paths: {
        '/pets': {
          get: {
            description: 'stageVariables are documented here, but this text uses none',
            'x-amazon-apigateway-integration': {
              type: 'aws_proxy',
              uri: LAMBDA_URI,
              requestParameters: {'integration.request.header.x-env': 'stageVariables.envName'},
              requestTemplates: {
                'application/json': '{"table": "$stageVariables.tableName", "v": "${stageVariables.version}", "r": "$stageVariables.get(\'region\')", "q": "$!{stageVariables.quiet}", "m": "$stageVariables[\'mapped\']", "n": $stageVariables.url.length(), "dyn": "$stageVariables.get($name)"}',
              },
            },
          },
        },
        '/proxy': {get: {'x-amazon-apigateway-integration': {type: 'http_proxy', uri: 'https://${stageVariables.host}/v1/${stageVariables.basePath}'}}},
      },
      tags: [{name: 'x', description: 'ignored'}],
    }
    const uses = stageVariableUses(doc)
    const at = (name: string) => uses.filter((u) => u.name === name).map((u) => u.pointer)
    const integration = '/paths/~1pets/get/x-amazon-apigateway-integration'
    expect(at('lambdaAlias')).toEqual([`${integration}/uri`])
    expect(at('envName')).toEqual([`${integration}/requestParameters/integration.request.header.x-env`])
    const template = `${integration}/requestTemplates/application~1json`
    for (const n of ['tableName', 'version', 'region', 'quiet', 'mapped', 'url']) expect(at(n), n).toEqual([template])
    expect(at('host')).toEqual(['/paths/~1proxy/get/x-amazon-apigateway-integration/uri'])
    expect(at('basePath')).toEqual(['/paths/~1proxy/get/x-amazon-apigateway-integration/uri'])
    expect(uses.map((u) => u.name).sort()).toEqual(['basePath', 'envName', 'host', 'lambdaAlias', 'mapped', 'quiet', 'region', 'tableName', 'url', 'version'])
  })

  it('keeps a name API Gateway would refuse whole, so it can be reported', () => {
    expect(stageVariableUses({uri: 'https://${stageVariables.my-host}/x', arr: ['${stageVariables.ok}']})).toEqual([
      {name: 'my-host', pointer: '/uri'},
      {name: 'ok', pointer: '/arr/0'},
    ])
  })
})

describe('checkStageVariables', () => {
  const uses = [
    {name: 'lambdaAlias', pointer: '/paths/~1pets/get/x-amazon-apigateway-integration/uri', location: {file: 'openapi.yaml', line: 9, column: 14, pointer: '/paths/~1pets/get/x-amazon-apigateway-integration/uri'}},
    {name: 'lambdaAlias', pointer: '/integrations/default/function'},
    {name: 'host', pointer: '/paths/~1proxy/get/x-amazon-apigateway-integration/uri'},
  ]

  it('reports each variable a stage lacks, naming the stage, the variable and where it is used', async () => {
    const config = await configWith(`stages:
  dev:
    variables:
      lambdaAlias: dev
      host: dev.example.com
  prod:
    variables:
      host: api.example.com
`)
    const report = checkStageVariables(uses, config)
    expect(report.stages).toEqual(['dev', 'prod'])
    expect(report.missing).toEqual({prod: ['lambdaAlias']})
    expect(report.findings).toHaveLength(1)
    const f = report.findings[0]!
    expect(f).toMatchObject({rule: 'stage-variable-missing', stage: 'prod', variable: 'lambdaAlias', location: {file: 'apix.config.yaml', line: 6, pointer: '/stages/prod'}})
    expect(f.message).toBe('stage `prod` lacks stage variable `lambdaAlias`, used at openapi.yaml:9:14 and 1 more place')
    expect(f.uses).toHaveLength(2)
    expect(stageVariablesPatch(report.missing)).toEqual({stages: {prod: {variables: {lambdaAlias: ''}}}})
  })

  it('checks only the stages asked for', async () => {
    const config = await configWith('stages:\n  dev: {}\n  prod: {}\n')
    expect(checkStageVariables(uses, config, {stages: ['dev']}).missing).toEqual({dev: ['host', 'lambdaAlias']})
  })

  it('applies the CreateStage name and value rules and the quota of 100 per stage', async () => {
    const long = 'a'.repeat(STAGE_VARIABLE_VALUE_MAX_LENGTH)
    const many = Array.from({length: STAGE_VARIABLES_PER_STAGE + 1}, (_, i) => `      v${i}: x`).join('\n')
    const hundred = Array.from({length: STAGE_VARIABLES_PER_STAGE}, (_, i) => `      v${i}: x`).join('\n')
    const text = `stages:
  ok:
    variables:
      longest: ${long}
      url: https://api.example.com/v1?x=1&y=2#frag,~._-
${hundred.split('\n').slice(2).join('\n')}
  bad:
    variables:
      tooLong: a${long}
      spaced: has space
      quoted: "a'b"
      empty: ''
      ${'n'.repeat(65)}: x
    canary:
      variables:
        alias: 'no*stars'
  crowded:
    variables:
${many}
`
    const config = await configWith(text)
    const report = checkStageVariables([{name: 'bad-name', pointer: '/uri'}], config)
    const by = (stage: string | undefined) => report.findings.filter((f) => f.stage === stage).map((f) => [f.rule, f.variable, f.location.pointer])
    expect(by('ok')).toEqual([])
    expect(by(undefined)).toEqual([['stage-variable-name', 'bad-name', '/uri']])
    expect(by('bad')).toEqual([
      ['stage-variable-value', 'tooLong', '/stages/bad/variables/tooLong'],
      ['stage-variable-value', 'spaced', '/stages/bad/variables/spaced'],
      ['stage-variable-value', 'quoted', '/stages/bad/variables/quoted'],
      ['stage-variable-empty', 'empty', '/stages/bad/variables/empty'],
      ['stage-variable-name', 'n'.repeat(65), `/stages/bad/variables/${'n'.repeat(65)}`],
      ['stage-variable-value', 'alias', '/stages/bad/canary/variables/alias'],
    ])
    expect(by('crowded')).toEqual([['stage-variable-count', '', '/stages/crowded/variables']])
    // A name no stage can define is reported once, not as missing in every stage.
    expect(report.missing).toEqual({})
    const spaced = report.findings.find((f) => f.variable === 'spaced')!
    expect(spaced.message).toContain('" "')
    expect(spaced.location.line).toBe(text.split('\n').findIndex((l) => l.includes('spaced:')) + 1)
  })
})

describe('writeStageVariables', () => {
  const original = `# apix config for the pets API
api:
  name: pets   # shown in the console
  spec: openapi.yaml

stages:
  # the stage people test against
  dev:
    description: Development
    variables:
      host: dev.example.com # keep in sync with DNS
  prod:
    throttling: {rateLimit: 100, burstLimit: 200}
  staging:

usagePlans: {}
`

  it('adds the missing entries with empty values, keeping comments, key order and the rest byte for byte', async () => {
    const dir = writeTree({'apix.config.yaml': original})
    const file = path.join(dir, 'apix.config.yaml')
    const added = await writeStageVariables(file, {dev: ['lambdaAlias'], prod: ['host', 'lambdaAlias'], staging: ['host']})
    expect(added).toBe(4)
    const text = readFileSync(file, 'utf8')
    // The diff is the new lines only.
    expect(text).toBe(`# apix config for the pets API
api:
  name: pets   # shown in the console
  spec: openapi.yaml

stages:
  # the stage people test against
  dev:
    description: Development
    variables:
      host: dev.example.com # keep in sync with DNS
      lambdaAlias: ''
  prod:
    throttling: {rateLimit: 100, burstLimit: 200}
    variables:
      host: ''
      lambdaAlias: ''
  staging:
    variables:
      host: ''

usagePlans: {}
`)
    expect(load(text)).toEqual({
      api: {name: 'pets', spec: 'openapi.yaml'},
      stages: {
        dev: {description: 'Development', variables: {host: 'dev.example.com', lambdaAlias: ''}},
        prod: {throttling: {rateLimit: 100, burstLimit: 200}, variables: {host: '', lambdaAlias: ''}},
        staging: {variables: {host: ''}},
      },
      usagePlans: {},
    })
    // Running again adds nothing and leaves the file as it is.
    expect(await writeStageVariables(file, {dev: ['lambdaAlias']})).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('edits a JSON config as JSON, keeping its key order and indentation', async () => {
    const json = '{\n    "api": {"spec": "openapi.yaml"},\n    "stages": {"prod": {"description": "p"}},\n    "lint": {}\n}\n'
    const dir = writeTree({'apix.config.json': json})
    const file = path.join(dir, 'apix.config.json')
    expect(await writeStageVariables(file, {prod: ['lambdaAlias']})).toBe(1)
    const text = readFileSync(file, 'utf8')
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['api', 'stages', 'lint'])
    expect(JSON.parse(text)).toMatchObject({stages: {prod: {description: 'p', variables: {lambdaAlias: ''}}}})
    expect(text).toContain('\n    "api"')
  })

  it('falls back to the Document API for flow mappings, still keeping comments and key order', async () => {
    const dir = writeTree({'apix.config.yaml': '# top\nstages: {prod: {variables: {a: x}}, dev: {}} # inline\nlint: {extends: recommended}\n'})
    const file = path.join(dir, 'apix.config.yaml')
    expect(await writeStageVariables(file, {prod: ['b'], dev: ['b']})).toBe(2)
    const text = readFileSync(file, 'utf8')
    expect(text).toContain('# top')
    expect(text).toContain('# inline')
    expect(load(text)).toEqual({stages: {prod: {variables: {a: 'x', b: ''}}, dev: {variables: {b: ''}}}, lint: {extends: 'recommended'}})
    expect(Object.keys(load(text) as object)).toEqual(['stages', 'lint'])
  })

  it('keeps CRLF line endings and quotes keys YAML would read as something else', async () => {
    const dir = writeTree({'apix.config.yaml': 'stages:\r\n  prod:\r\n    variables:\r\n      a: x\r\n'})
    const file = path.join(dir, 'apix.config.yaml')
    expect(await writeStageVariables(file, {prod: ['on', '2024', 'b']})).toBe(3)
    expect(readFileSync(file, 'utf8')).toBe("stages:\r\n  prod:\r\n    variables:\r\n      a: x\r\n      'on': ''\r\n      '2024': ''\r\n      b: ''\r\n")
  })

  it('refuses a config it cannot parse, leaving it untouched', async () => {
    const dir = writeTree({'apix.config.yaml': 'stages: [unclosed\n'})
    const file = path.join(dir, 'apix.config.yaml')
    await expect(writeStageVariables(file, {prod: ['x']})).rejects.toThrow(/cannot edit the config/)
    expect(readFileSync(file, 'utf8')).toBe('stages: [unclosed\n')
    writeFileSync(file, 'stages: {}\n')
  })
})
