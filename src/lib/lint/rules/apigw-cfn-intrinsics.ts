// Basis (AWS variables for OpenAPI import): import resolves only ${AWS::AccountId}, ${AWS::Partition} and
// ${AWS::Region}. CloudFormation intrinsics (Fn::Sub, Fn::GetAtt, Ref, !Sub) and ${LogicalId} substitutions are
// resolved only when CloudFormation processes the file (AWS::Include, SAM DefinitionBody); imported directly they
// reach API Gateway as literal objects and strings.
import {child, isObject} from '../../spec/model.js'
import {isIntrinsic} from '../../gateway/extensions.js'
import type {NodeLocation} from '../../spec/loader.js'
import type {Rule, RuleContext} from '../types.js'

const AWS_VARIABLES = new Set(['AWS::AccountId', 'AWS::Partition', 'AWS::Region'])
/** Fields whose strings API Gateway reads as ARNs or URLs, where a ${...} is a substitution and not mapping-template text. */
const ARN_FIELDS = new Set(['uri', 'credentials', 'authorizerUri', 'authorizerCredentials', 'connectionId'])
const SHORT_FORM = /^!(Ref|Sub|GetAtt|Join|Select|Split|If|ImportValue|FindInMap|Base64|Cidr|GetAZs)\b/

function walk(ctx: RuleContext, value: unknown, at: NodeLocation, key: string | undefined) {
  if (isIntrinsic(value)) {
    const fn = Object.keys(value)[0]!
    ctx.report({
      message: `${fn} is a CloudFormation intrinsic that API Gateway import does not evaluate; deploy this file through AWS::Include or a SAM DefinitionBody, or replace it with the resolved value.`,
      at,
    })
    return
  }
  if (typeof value === 'string') {
    const short = SHORT_FORM.exec(value)
    if (short) {
      ctx.report({message: `"!${short[1]}" is CloudFormation short-form syntax, which API Gateway import does not evaluate; write the resolved value.`, at})
      return
    }
    if (key === undefined || !ARN_FIELDS.has(key)) return
    for (const m of value.matchAll(/\$\{([^}]*)\}/g)) {
      const name = m[1]!.trim()
      if (AWS_VARIABLES.has(name) || name.startsWith('stageVariables.')) continue
      ctx.report({
        message: `"${m[0]}" in ${key} is a CloudFormation substitution; API Gateway import resolves only \${AWS::AccountId}, \${AWS::Partition} and \${AWS::Region}, so write the resolved value or deploy through AWS::Include.`,
        at,
      })
      return
    }
    return
  }
  if (Array.isArray(value)) value.forEach((v, i) => walk(ctx, v, child(at, i), key))
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(ctx, v, child(at, k), k)
}

const rule: Rule = {
  id: 'apigw-cfn-intrinsics',
  category: 'gateway',
  description: 'CloudFormation intrinsics (Fn::Sub, Fn::GetAtt, Ref, !Sub, ${LogicalId}) only work through AWS::Include or SAM, not in a document imported into API Gateway.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/import-api-aws-variables.html',
  check(ctx) {
    for (const file of ctx.spec.files.values()) walk(ctx, file.value, {file, pointer: ''}, undefined)
  },
}
export default rule
