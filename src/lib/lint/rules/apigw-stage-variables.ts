// Basis (API Gateway stage variables reference): stage variables are written `${stageVariables.<variable_name>}` in
// integration URIs and mapping templates and `stageVariables.<variable_name>` in parameter mapping expressions;
// "Variable names can have alphanumeric and underscore characters" (CreateStage) and a key is at most 64 characters.
import {STAGE_VARIABLE_NAME_MAX_LENGTH} from '../../gateway/aws-limits.js'
import {gatewayMethods, integrationOf} from '../../gateway/extensions.js'
import {child, isObject} from '../../spec/model.js'
import type {NodeLocation} from '../../spec/loader.js'
import type {Rule, RuleContext} from '../types.js'

function problem(name: string): string | undefined {
  if (!/^[A-Za-z0-9_]+$/.test(name)) return 'may only contain letters, digits and underscores'
  if (name.length > STAGE_VARIABLE_NAME_MAX_LENGTH) return `is longer than ${STAGE_VARIABLE_NAME_MAX_LENGTH} characters`
  return undefined
}

/** Checks every `${...}` that means to be a stage variable, and a bare `stageVariables.x` mapping value. */
function checkText(ctx: RuleContext, text: string, at: NodeLocation, mappingValue: boolean) {
  for (const match of text.matchAll(/\$\{([^}]*)\}/g)) {
    const inner = match[1]!.trim()
    if (!/^stage_?var/i.test(inner)) continue
    const exact = /^stageVariables\.(.*)$/.exec(inner)
    if (!exact) {
      ctx.report({message: `"${match[0]}" is not a stage variable reference; write \${stageVariables.<name>} (exact case).`, at})
      continue
    }
    const why = problem(exact[1]!)
    if (why) ctx.report({message: `Stage variable "${exact[1]}" in "${match[0]}" ${why}, so no stage can define it.`, at})
  }
  if (!mappingValue) return
  const bare = /^stageVariables\.(.*)$/.exec(text.trim())
  const why = bare ? problem(bare[1]!) : undefined
  if (bare && why) ctx.report({message: `Stage variable "${bare[1]}" in mapping "${text}" ${why}, so no stage can define it.`, at})
}

function walk(ctx: RuleContext, value: unknown, at: NodeLocation, mappingValue: boolean) {
  if (typeof value === 'string') checkText(ctx, value, at, mappingValue)
  else if (Array.isArray(value)) value.forEach((v, i) => walk(ctx, v, child(at, i), mappingValue))
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(ctx, v, child(at, k), mappingValue || k === 'requestParameters' || k === 'responseParameters')
}

const rule: Rule = {
  id: 'apigw-stage-variables',
  category: 'gateway',
  description: 'Stage variable references must be written ${stageVariables.name}, with names of letters, digits and underscores (at most 64).',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html',
  check(ctx) {
    for (const m of gatewayMethods(ctx.index)) {
      const integration = integrationOf(ctx.index, m)
      if (integration) walk(ctx, integration.value, integration.loc, false)
    }
    for (const scheme of ctx.index.securitySchemes.values()) {
      const authorizer = scheme.value['x-amazon-apigateway-authorizer']
      if (isObject(authorizer)) walk(ctx, authorizer, child(scheme.loc, 'x-amazon-apigateway-authorizer'), false)
    }
  },
}
export default rule
