import type {Preset} from './index.js'

/**
 * For documents imported as an API Gateway HTTP API. Errors are what import rejects or what makes the API unusable;
 * warnings are what HTTP APIs ignore (REST-only features) and quotas that can be raised.
 */
export const gatewayHttp: Preset = {
  description: 'spec, plus what Amazon API Gateway HTTP API import rejects, ignores or limits',
  extends: ['spec'],
  rules: {
    'apigw-openapi-version': 'error',
    'apigw-openapi-31-conversion': 'warning',
    'apigw-security-requirement-undefined': 'error',
    'apigw-http-single-security': 'error',
    'apigw-authorizer-shape': 'error',
    'apigw-integration-type': 'error',
    'apigw-integration-target': 'error',
    'apigw-integration-options': 'error',
    'apigw-integration-timeout': 'error',
    'apigw-endpoint-configuration': 'error',
    'apigw-cors-configuration': 'error',
    'apigw-stage-variables': 'error',
    'apigw-cfn-intrinsics': 'error',
    'apigw-http-integration-type': 'warning',
    'apigw-rest-only-extension': 'warning',
    'apigw-security-scheme-unenforced': 'warning',
    'apigw-resource-quota': 'warning',
    'apigw-authorizer-quota': 'warning',
  },
}
