/**
 * Amazon API Gateway limits the gateway lint rules check, each with the page that states it. When AWS changes a
 * quota, change it here and in the page link; the rules and their tests read these constants.
 */

export const REST_QUOTAS_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html'
export const HTTP_QUOTAS_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html'
export const MINIMUM_COMPRESSION_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-openapi-minimum-compression-size.html'

/** "Integration timeout: 50 milliseconds - 29 seconds for all integration types" (REST quotas page). */
export const REST_INTEGRATION_TIMEOUT_MIN_MS = 50
/** The default maximum for every REST API; only Regional and private REST APIs can have it raised by quota request. */
export const REST_INTEGRATION_TIMEOUT_MAX_MS = 29_000
/** "Maximum integration timeout: 30 seconds. Can be increased: No" (HTTP API quotas page). */
export const HTTP_INTEGRATION_TIMEOUT_MAX_MS = 30_000
export const HTTP_INTEGRATION_TIMEOUT_MIN_MS = 50

/** "Resources per API: 300" (REST quotas page; can be increased). */
export const REST_RESOURCES_PER_API = 300
/** "Routes per API: 300" (HTTP API quotas page; can be increased). */
export const HTTP_ROUTES_PER_API = 300
/** "Authorizers per API: 10" on both quota pages (can be increased through AWS Support). */
export const AUTHORIZERS_PER_API = 10

/** "Length, in characters, of the key in a stage variable: 64" (both quota pages). */
export const STAGE_VARIABLE_NAME_MAX_LENGTH = 64

/** "To enable compression, specify an integer between 0 and 10485760" (x-amazon-apigateway-minimum-compression-size). */
export const MINIMUM_COMPRESSION_SIZE_MAX = 10_485_760
