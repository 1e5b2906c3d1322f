import {ApixError} from '../errors.js'
import {apiGatewayV1, apiGatewayV2} from './aws-sdk.js'

export type ExportExtension = 'integrations' | 'authorizers' | 'apigateway' | 'postman'
export const EXPORT_EXTENSIONS: readonly ExportExtension[] = ['integrations', 'authorizers', 'apigateway', 'postman']

export interface AwsExportOptions {
  apiId: string
  stage: string
  type: 'rest' | 'http'
  oas: '3.0' | '2.0'
  format: 'json' | 'yaml'
  extensions: readonly ExportExtension[]
  /** Default: the SDK's (AWS_REGION, the profile). */
  region?: string | undefined
  /** Tests and emulators: an endpoint instead of AWS's (AWS_ENDPOINT_URL works too). */
  endpoint?: string | undefined
}

/**
 * The deployed stage's document, from API Gateway itself: GetExport for REST APIs
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_GetExport.html), ExportApi for HTTP APIs
 * (https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-exports-specification.html), which exports
 * OpenAPI 3.0 only and has no extension choice beyond all or none.
 */
export async function exportFromAws(options: AwsExportOptions): Promise<string> {
  // ExportApi (HTTP) has no Swagger 2.0 output and no Postman metadata.
  if (options.type === 'http' && options.oas === '2.0') throw new ApixError('HTTP APIs export OpenAPI 3.0 only', {hint: 'drop --oas 2.0'})
  if (options.type === 'http' && options.extensions.includes('postman')) throw new ApixError('the postman extension is for REST APIs only', {hint: 'drop postman from --extensions'})
  const clientConfig = {...(options.region ? {region: options.region} : {}), ...(options.endpoint ? {endpoint: options.endpoint} : {})}
  try {
    if (options.type === 'rest') {
      const {APIGatewayClient, GetExportCommand} = await apiGatewayV1()
      const client = new APIGatewayClient(clientConfig)
      const out = await client.send(
        new GetExportCommand({
          restApiId: options.apiId,
          stageName: options.stage,
          exportType: options.oas === '3.0' ? 'oas30' : 'swagger',
          accepts: options.format === 'json' ? 'application/json' : 'application/yaml',
          ...(options.extensions.length > 0 ? {parameters: {extensions: options.extensions.join(',')}} : {}),
        }),
      )
      return decode(out.body)
    }
    const {ApiGatewayV2Client, ExportApiCommand} = await apiGatewayV2()
    const client = new ApiGatewayV2Client(clientConfig)
    const out = await client.send(
      new ExportApiCommand({
        ApiId: options.apiId,
        StageName: options.stage,
        Specification: 'OAS30',
        OutputType: options.format === 'json' ? 'JSON' : 'YAML',
        IncludeExtensions: options.extensions.length > 0,
      }),
    )
    return decode(out.body)
  } catch (error) {
    throw awsError(error, options)
  }
}

function decode(body: Uint8Array | undefined): string {
  if (!body) return ''
  const text = new TextDecoder().decode(body)
  return text.endsWith('\n') ? text : text + '\n'
}

/** An AWS failure as one line with what to do: a wrong id or stage is the user's to fix (exit 2), as is missing credentials. */
export function awsError(error: unknown, options: {apiId: string; stage: string}): ApixError {
  const e = error as {name?: string; message?: string}
  const name = e.name ?? 'Error'
  if (name === 'NotFoundException') return new ApixError(`API ${options.apiId} or its stage ${options.stage} was not found: ${e.message ?? ''}`.trim(), {hint: 'check --api-id, --stage and the region'})
  if (name === 'CredentialsProviderError' || /credential/i.test(e.message ?? '')) return new ApixError('no AWS credentials', {hint: 'set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, and AWS_REGION'})
  if (name === 'UnauthorizedException' || name === 'AccessDeniedException') return new ApixError(`AWS refused the request: ${e.message ?? name}`, {hint: 'the credentials need apigateway:GET on the API'})
  return new ApixError(`API Gateway call failed: ${name}: ${e.message ?? ''}`.trim(), {hint: 'run again with --verbose for details', exitCode: 1})
}
