import {APIGatewayClient, CreateDeploymentCommand, ImportRestApiCommand} from '@aws-sdk/client-api-gateway'
import {ApiGatewayV2Client, ExportApiCommand} from '@aws-sdk/client-apigatewayv2'
import {Uint8ArrayBlobAdapter} from '@smithy/core/serde'
import {mockClient} from 'aws-sdk-client-mock'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ApixError} from '../../src/lib/errors.js'
import {exportFromAws} from '../../src/lib/gateway/aws-export.js'
import {HAS_MOTO, MOTO_ENV, startMoto, type Moto} from '../helpers/moto.js'

const petstore = {
  openapi: '3.0.1',
  info: {title: 'pets', version: '1', description: 'moto reads info.description on import'},
  paths: {'/pets': {get: {responses: {'200': {description: 'OK'}}, 'x-amazon-apigateway-integration': {type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com/pets'}}}},
}

describe.skipIf(!HAS_MOTO)('exportFromAws against moto (GetExport)', () => {
  let moto: Moto
  const saved = {...process.env}
  beforeAll(async () => {
    moto = await startMoto()
    Object.assign(process.env, MOTO_ENV)
  }, 30_000)
  afterAll(async () => {
    process.env = saved
    await moto?.stop()
  })

  it('exports a deployed REST stage as JSON', async () => {
    const client = new APIGatewayClient({endpoint: moto.endpoint, region: 'us-east-1'})
    const api = await client.send(new ImportRestApiCommand({body: new TextEncoder().encode(JSON.stringify(petstore))}))
    await client.send(new CreateDeploymentCommand({restApiId: api.id!, stageName: 'prod'}))
    const text = await exportFromAws({apiId: api.id!, stage: 'prod', type: 'rest', oas: '3.0', format: 'json', extensions: ['integrations'], endpoint: moto.endpoint, region: 'us-east-1'})
    // moto answers every export with its own Swagger 2.0 rendering, whatever exportType asks; AWS honours it.
    const doc = JSON.parse(text) as {paths: Record<string, unknown>}
    expect(Object.keys(doc.paths)).toContain('/pets')
  })

  it('names a missing API in one line, exit 2', async () => {
    const error = await exportFromAws({apiId: 'nope123', stage: 'prod', type: 'rest', oas: '3.0', format: 'json', extensions: [], endpoint: moto.endpoint, region: 'us-east-1'}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApixError)
    expect((error as ApixError).exitCode).toBe(2)
    expect((error as ApixError).toLine()).toMatch(/nope123/)
  })
})

describe('exportFromAws for HTTP APIs (ExportApi, mocked: moto lacks it)', () => {
  it('asks for OAS30 with the stage and returns the body', async () => {
    const mock = mockClient(ApiGatewayV2Client)
    mock.on(ExportApiCommand).resolves({body: Uint8ArrayBlobAdapter.fromString('openapi: 3.0.1\n')})
    const text = await exportFromAws({apiId: 'a1', stage: '$default', type: 'http', oas: '3.0', format: 'yaml', extensions: ['integrations'], region: 'us-east-1'})
    expect(text).toBe('openapi: 3.0.1\n')
    expect(mock.commandCalls(ExportApiCommand)[0]!.args[0].input).toEqual({ApiId: 'a1', StageName: '$default', Specification: 'OAS30', OutputType: 'YAML', IncludeExtensions: true})
    mock.restore()
  })

  it('refuses Swagger 2.0 and postman for HTTP APIs, as AWS does', async () => {
    await expect(exportFromAws({apiId: 'a1', stage: 's', type: 'http', oas: '2.0', format: 'json', extensions: [], region: 'us-east-1'})).rejects.toThrow(/OpenAPI 3.0 only/)
    await expect(exportFromAws({apiId: 'a1', stage: 's', type: 'http', oas: '3.0', format: 'json', extensions: ['postman'], region: 'us-east-1'})).rejects.toThrow(/REST APIs only/)
  })
})
