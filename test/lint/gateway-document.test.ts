import {describe, expect, it} from 'vitest'
import {runLint} from '../../src/lib/lint/run.js'
import {writeTree} from '../helpers/rule.js'

const spec = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    $ref: './pets.yaml'
components:
  schemas:
    Pet-Item: {type: object}
`
const pets = `get:
  responses:
    '200':
      description: ok
      content: {application/json: {schema: {$ref: 'openapi.yaml#/components/schemas/Pet-Item'}}}
`

async function gatewayFindings(config: string) {
  const dir = writeTree({'openapi.yaml': spec, 'pets.yaml': pets, 'apix.config.yaml': config})
  const run = await runLint(['openapi.yaml'], {cwd: dir, ruleset: 'gateway-rest', load: {}, ignoreFile: false})
  return run.report.results.filter((r) => r.ruleId.startsWith('apigw-')).map((r) => `${r.ruleId} ${r.file}:${r.line}`)
}

describe('gateway rules check the document built from the spec and the config', () => {
  it('without a gateway model they check the spec itself: the operation has no integration', async () => {
    expect(await gatewayFindings('api: {type: rest}\n')).toContain('apigw-integration-missing pets.yaml:1')
  })

  it('with one, the config\'s integration counts, and findings on spec nodes keep the spec\'s file and line', async () => {
    const found = await gatewayFindings('api: {type: rest}\nintegrations:\n  default: {type: mock}\n')
    expect(found.some((f) => f.startsWith('apigw-integration-missing'))).toBe(false)
    expect(found).toContain('apigw-model-name openapi.yaml:8')
  })

  it('a 3.1 spec\'s conversion losses are still reported with a gateway model (that rule reads the spec itself)', async () => {
    const dir = writeTree({
      'openapi.yaml': "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get: {responses: {'200': {description: ok}}}\nwebhooks:\n  newPet:\n    post: {responses: {'200': {description: ok}}}\n",
      'apix.config.yaml': 'api: {type: rest}\nintegrations:\n  default: {type: mock}\n',
    })
    const run = await runLint(['openapi.yaml'], {cwd: dir, ruleset: 'gateway-rest', load: {}, ignoreFile: false})
    const found = run.report.results.map((r) => `${r.ruleId} ${r.file}:${r.line}`)
    expect(found).toContain('apigw-openapi-31-conversion openapi.yaml:7')
    expect(found.some((f) => f.startsWith('apigw-integration-missing'))).toBe(false)
  })
})
