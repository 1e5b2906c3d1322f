import type {Preset} from './index.js'

/**
 * For documents imported as an API Gateway REST API. Errors are what import rejects or what makes the deployment fail;
 * warnings are what import accepts but ignores or silently changes, and quotas that can be raised.
 */
export const gatewayRest: Preset = {
  description: 'spec, plus what Amazon API Gateway REST API import rejects, ignores or limits',
  extends: ['spec'],
  rules: {
    'apigw-openapi-version': 'error',
    'apigw-openapi-31-conversion': 'warning',
    'apigw-path-segment-characters': 'error',
    'apigw-path-parameter-segment': 'error',
    'apigw-model-name': 'error',
    'apigw-security-requirement-undefined': 'error',
    'apigw-authorizer-shape': 'error',
    'apigw-integration-missing': 'error',
    'apigw-integration-type': 'error',
    'apigw-integration-target': 'error',
    'apigw-integration-options': 'error',
    'apigw-integration-timeout': 'error',
    'apigw-integration-response-status': 'error',
    'apigw-integration-response-parameters': 'error',
    'apigw-integration-request-parameters': 'error',
    'apigw-request-validator-reference': 'error',
    'apigw-api-key-source': 'error',
    'apigw-binary-media-types': 'error',
    'apigw-endpoint-configuration': 'error',
    'apigw-gateway-responses': 'error',
    'apigw-minimum-compression-size': 'error',
    'apigw-policy': 'error',
    'apigw-stage-variables': 'error',
    'apigw-cfn-intrinsics': 'error',
    'apigw-schema-discriminator': 'warning',
    'apigw-schema-unsupported-keyword': 'warning',
    'apigw-number-format': 'warning',
    'apigw-response-ref': 'warning',
    'apigw-response-schema-primitive': 'warning',
    'apigw-root-security-ignored': 'warning',
    'apigw-security-scheme-unenforced': 'warning',
    'apigw-integration-timeout-quota': 'warning',
    'apigw-cors-options-methods': 'warning',
    'apigw-http-only-extension': 'warning',
    'apigw-resource-quota': 'warning',
    'apigw-authorizer-quota': 'warning',
  },
}
