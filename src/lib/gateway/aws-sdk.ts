/**
 * The AWS SDK clients, imported on first use (they take ~100 ms to load; `apix --version` and lint never pay it).
 * On Node 20 the SDK prints a multi-line NodeVersionSupportWarning to stderr on its first call; apix supports Node 20
 * and a pipeline's stderr is for apix's own one-line messages, so it is turned off here (the SDK's documented switch),
 * unless the user set the variable themselves.
 */
function quiet(): void {
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true'
}

export async function apiGatewayV1(): Promise<typeof import('@aws-sdk/client-api-gateway')> {
  quiet()
  return import('@aws-sdk/client-api-gateway')
}

export async function apiGatewayV2(): Promise<typeof import('@aws-sdk/client-apigatewayv2')> {
  quiet()
  return import('@aws-sdk/client-apigatewayv2')
}
