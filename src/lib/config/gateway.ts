/**
 * The API Gateway part of `apix.config.yaml`: what the OpenAPI document does not say (where each operation goes, who
 * may call it, CORS, stages, usage plans). `schemas/apix.config.schema.json` describes the same shapes for editors and
 * validates the file on load; these types are what the rest of apix reads after that validation.
 *
 * Names follow API Gateway's own (integration `type`, `passthroughBehavior`, `identitySource`...), so the AWS
 * documentation reads across; apix adds short forms only where AWS needs several fields to say one thing
 * (`type: lambda-proxy` with `function:` instead of `type: aws_proxy` with a full invocation URI).
 */

export type ApiType = 'rest' | 'http' | 'websocket'
export type EndpointType = 'EDGE' | 'REGIONAL' | 'PRIVATE'

export interface ApiSection {
  /** The API's name in API Gateway (default: the spec's info.title). */
  name?: string
  /** The API's id, once created (deploy fills it in; export --from-aws reads it). */
  id?: string
  type?: ApiType
  /** The OpenAPI document, relative to the config file. */
  spec?: string
  endpointType?: EndpointType
  /** REST: VPC endpoints of a PRIVATE API. */
  vpcEndpointIds?: string[]
  binaryMediaTypes?: string[]
  /** REST: 0 to 10485760 bytes. */
  minimumCompressionSize?: number
  /** REST: where API keys are read from. */
  apiKeySource?: 'HEADER' | 'AUTHORIZER'
  /** REST: the resource policy (an IAM policy document). */
  policy?: Record<string, unknown>
  disableExecuteApiEndpoint?: boolean
}

/**
 * Integration kinds. `lambda-proxy`, `http-proxy`, `mock`, `aws` and `http` are API Gateway's own (AWS_PROXY, HTTP_PROXY,
 * MOCK, AWS, HTTP); `lambda` is a non-proxy Lambda (AWS with a Lambda URI). A `vpcLink` on an http(-proxy) integration
 * routes it through a VPC link.
 */
export type IntegrationType = 'lambda-proxy' | 'lambda' | 'http-proxy' | 'http' | 'aws' | 'mock'

export interface IntegrationConfig {
  type: IntegrationType
  /** lambda-proxy / lambda: the function ARN (or `${stageVariables.fn}` forms); apix builds the invocation URI. */
  function?: string
  /** http(-proxy) and aws: the endpoint URL or the AWS service action ARN. */
  uri?: string
  /** The method API Gateway uses to call the backend (Lambda integrations always use POST). */
  httpMethod?: string
  /** Default 29000; REST allows 50-29000 (raisable by quota for regional and private APIs), HTTP 30000. */
  timeoutMs?: number
  /** IAM role ARN API Gateway assumes to call the backend. */
  credentials?: string
  /** VPC link id (REST: connectionType VPC_LINK; HTTP: the VPC link of a private integration). */
  vpcLink?: string
  requestParameters?: Record<string, string>
  /** Content type -> VTL template, passed through as written. */
  requestTemplates?: Record<string, string>
  passthroughBehavior?: 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER'
  contentHandling?: 'CONVERT_TO_BINARY' | 'CONVERT_TO_TEXT'
  /** Status pattern (a regex of the backend result, or `default`) -> integration response. */
  responses?: Record<string, {statusCode: string; responseParameters?: Record<string, string>; responseTemplates?: Record<string, string>; contentHandling?: 'CONVERT_TO_BINARY' | 'CONVERT_TO_TEXT'}>
  /** HTTP APIs: 1.0 or 2.0 for Lambda proxy payloads (default 2.0). */
  payloadFormatVersion?: '1.0' | '2.0'
  /** Lets the integration use a TLS certificate for a different name. */
  tlsConfig?: {insecureSkipVerification?: boolean; serverNameToVerify?: string}
  cacheKeyParameters?: string[]
}

/** Which operations an override applies to: all given conditions must hold. */
export interface IntegrationMatch {
  operationId?: string | string[]
  tag?: string | string[]
  /** A path glob (`/pets/**`) matched against the spec's path template. */
  path?: string
  /** Upper-case HTTP methods. */
  method?: string | string[]
}

export interface IntegrationsSection {
  default?: IntegrationConfig
  overrides?: Array<{match: IntegrationMatch; integration: IntegrationConfig}>
}

/** Keyed by the spec's securitySchemes name: how API Gateway enforces it. */
export type AuthorizerConfig =
  | {type: 'token' | 'request'; function: string; identitySource?: string; ttl?: number; credentials?: string; identityValidationExpression?: string; enableSimpleResponses?: boolean; payloadFormatVersion?: '1.0' | '2.0'}
  | {type: 'cognito'; providerArns: string[]; identitySource?: string}
  | {type: 'jwt'; issuer: string; audience: string[]; identitySource?: string}
  | {type: 'iam'}

export interface CorsConfig {
  allowOrigins: string[]
  allowMethods?: string[]
  allowHeaders?: string[]
  exposeHeaders?: string[]
  /** Seconds. */
  maxAge?: number
  allowCredentials?: boolean
}

export interface RequestValidatorsConfig {
  /** The validator every operation uses unless it names another. */
  default?: 'all' | 'body' | 'params' | 'none'
  /** operationId -> validator. */
  operations?: Record<string, 'all' | 'body' | 'params' | 'none'>
}

export interface GatewayResponseConfig {
  statusCode?: string
  responseParameters?: Record<string, string>
  responseTemplates?: Record<string, string>
}

export interface ThrottleConfig {
  rateLimit?: number
  burstLimit?: number
}

/** Cache capacity in GB (https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html). */
export type CacheClusterSize = '0.5' | '1.6' | '6.1' | '13.5' | '28.4' | '58.2' | '118' | '237'

export interface StageConfig {
  description?: string
  /** Keys: 1-64 of [A-Za-z0-9_]; values: up to 512 of [A-Za-z0-9-._~:/?#&=,]. At most 100 per stage. */
  variables?: Record<string, string>
  throttling?: ThrottleConfig & {methods?: Record<string, ThrottleConfig>}
  caching?: {enabled?: boolean; clusterSize?: CacheClusterSize; ttl?: number; encrypted?: boolean; methods?: Record<string, {enabled?: boolean; ttl?: number}>}
  logging?: {level?: 'OFF' | 'ERROR' | 'INFO'; dataTrace?: boolean; accessLogDestination?: string; accessLogFormat?: string}
  tracing?: boolean
  canary?: {percent?: number; variables?: Record<string, string>; useStageCache?: boolean}
}

export interface UsagePlanConfig {
  description?: string
  throttle?: ThrottleConfig
  quota?: {limit: number; offset?: number; period: 'DAY' | 'WEEK' | 'MONTH'}
  /** Stages the plan covers (names of `stages`). */
  stages: string[]
  /** Per-method throttles: `GET /pets` -> throttle. */
  methods?: Record<string, ThrottleConfig>
  /** API keys by name; a key's value comes from the environment variable `valueFrom`, else API Gateway generates it. */
  apiKeys?: Array<{name: string; valueFrom?: string; description?: string}>
}

export interface WebsocketConfig {
  routeSelectionExpression: string
  apiKeySelectionExpression?: string
  /** `$connect`, `$disconnect`, `$default` or a custom route key -> its integration and options. */
  routes: Record<string, {integration: IntegrationConfig; authorizer?: string; apiKeyRequired?: boolean; routeResponseSelectionExpression?: string}>
}

export interface GatewayConfig {
  integrations: IntegrationsSection
  authorizers: Record<string, AuthorizerConfig>
  cors: CorsConfig | undefined
  requestValidators: RequestValidatorsConfig | undefined
  /** Keyed by API Gateway's response type (`DEFAULT_4XX`, `UNAUTHORIZED`...). */
  gatewayResponses: Record<string, GatewayResponseConfig>
  stages: Record<string, StageConfig>
  usagePlans: Record<string, UsagePlanConfig>
  websocket: WebsocketConfig | undefined
}

export function emptyGatewayConfig(): GatewayConfig {
  return {integrations: {}, authorizers: {}, cors: undefined, requestValidators: undefined, gatewayResponses: {}, stages: {}, usagePlans: {}, websocket: undefined}
}

/** Whether the config declares any of the API Gateway model (so `apix lint` checks the document built from it). */
export function hasGatewayModel(config: {gateway: GatewayConfig}): boolean {
  const g = config.gateway
  return (
    g.integrations.default !== undefined ||
    (g.integrations.overrides?.length ?? 0) > 0 ||
    Object.keys(g.authorizers).length > 0 ||
    g.cors !== undefined ||
    g.requestValidators !== undefined ||
    Object.keys(g.gatewayResponses).length > 0
  )
}
