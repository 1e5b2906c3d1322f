// Basis (x-amazon-apigateway-policy): "Specifies a resource policy for a REST API" as an IAM policy document object
// (Version and Statement); the extension applies at the top level of the document.
import {targetsRest} from '../../gateway/api-kind.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const KEY = 'x-amazon-apigateway-policy'

const rule: Rule = {
  id: 'apigw-policy',
  category: 'gateway',
  description: 'x-amazon-apigateway-policy must be an IAM policy document: an object with Statement entries that each have Effect, Action and Principal.',
  defaultSeverity: 'error',
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/openapi-extensions-policy.html',
  check(ctx) {
    if (!targetsRest(ctx)) return
    const v = ctx.index.root[KEY]
    const at = {file: ctx.spec.root, pointer: '/' + KEY}
    if (v === undefined) return
    if (!isObject(v)) return ctx.report({message: `${KEY} must be an IAM policy document object with Version and Statement.`, at})
    const statements = Array.isArray(v['Statement']) ? v['Statement'] : isObject(v['Statement']) ? [v['Statement']] : undefined
    if (!statements || statements.length === 0) return ctx.report({message: `${KEY} has no Statement; add at least one.`, at})
    statements.forEach((s, i) => {
      const sat = Array.isArray(v['Statement']) ? child(at, 'Statement', i) : child(at, 'Statement')
      if (!isObject(s)) return ctx.report({message: 'Each policy statement must be an object.', at: sat})
      if (s['Effect'] !== 'Allow' && s['Effect'] !== 'Deny') ctx.report({message: 'A policy statement needs Effect: Allow or Deny.', at: sat})
      if (s['Action'] === undefined && s['NotAction'] === undefined) ctx.report({message: 'A policy statement needs Action (for example execute-api:Invoke).', at: sat})
      if (s['Principal'] === undefined && s['NotPrincipal'] === undefined) ctx.report({message: 'A resource policy statement needs Principal.', at: sat})
    })
  },
}
export default rule
