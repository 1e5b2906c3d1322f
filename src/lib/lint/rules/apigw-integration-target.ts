// Basis (x-amazon-apigateway-integration object and the Integration API): httpMethod is "the HTTP method used in the
// integration request. For Lambda function invocations, the value must be POST"; for types other than MOCK "you must
// specify this property"; uri is "the endpoint URI of the backend"; connectionId is the VpcLink "for the private
// integration" (connectionType VPC_LINK).
import {gatewayMethods, integrationOf, isIntrinsic} from '../../gateway/extensions.js'
import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

const present = (v: unknown) => isIntrinsic(v) || (typeof v === 'string' && v.trim() !== '')

const rule: Rule = {
  id: 'apigw-integration-target',
  category: 'gateway',
  description: 'A non-mock integration needs httpMethod and uri (POST for Lambda), and a VPC_LINK integration needs connectionId.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
  check(ctx) {
    for (const m of gatewayMethods(ctx.index)) {
      const integration = integrationOf(ctx.index, m)
      if (!integration) continue
      const v = integration.value
      const type = typeof v['type'] === 'string' ? v['type'].toLowerCase() : undefined
      if (type === undefined || type === 'mock') continue
      const at = integration.loc
      if (!present(v['httpMethod'])) {
        ctx.report({message: `The ${type} integration of ${m.label} has no httpMethod; set the method API Gateway uses to call the backend (POST for Lambda).`, at})
      }
      // HTTP API service integrations name their target through integrationSubtype and requestParameters instead.
      if (!present(v['uri']) && v['integrationSubtype'] === undefined) {
        ctx.report({message: `The ${type} integration of ${m.label} has no uri; set the backend URL or the AWS service/Lambda ARN.`, at})
      }
      const uri = typeof v['uri'] === 'string' ? v['uri'] : ''
      const method = v['httpMethod']
      if ((type === 'aws' || type === 'aws_proxy') && uri.includes(':lambda:path/') && typeof method === 'string' && method.toUpperCase() !== 'POST') {
        ctx.report({message: `The integration of ${m.label} invokes a Lambda function with httpMethod ${method}; Lambda invocations must use POST.`, at: child(at, 'httpMethod')})
      }
      if (typeof v['connectionType'] === 'string' && v['connectionType'].toUpperCase() === 'VPC_LINK' && !present(v['connectionId'])) {
        ctx.report({message: `The VPC_LINK integration of ${m.label} has no connectionId; set the VPC link id (or \${stageVariables.name}).`, at: child(at, 'connectionType')})
      }
    }
  },
}
export default rule
