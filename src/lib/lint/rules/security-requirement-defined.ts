import type {NodeLocation} from '../../spec/loader.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'security-requirement-defined',
  category: 'spec',
  description:
    'Each name in a security requirement is a declared security scheme; in 2.0 and 3.0 the list of a scheme other than OAuth2 (or OpenID Connect in 3.0) must be empty.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.0.3#security-requirement-object',
  check(ctx) {
    const where = ctx.version === '2.0' ? 'securityDefinitions' : 'components/securitySchemes'
    const scoped = ctx.version === '2.0' ? ['oauth2'] : ['oauth2', 'openIdConnect']
    const checkList = (list: unknown, loc: NodeLocation) => {
      if (!Array.isArray(list)) return
      list.forEach((req, i) => {
        if (!isObject(req)) return
        for (const [name, scopes] of Object.entries(req)) {
          const at = child(loc, i, name)
          const scheme = ctx.index.securitySchemes.get(name)
          if (!scheme) {
            ctx.report({message: `Security scheme "${name}" is not declared in ${where}.`, at})
            continue
          }
          const type = scheme.value['type']
          if (ctx.version !== '3.1' && typeof type === 'string' && !scoped.includes(type) && Array.isArray(scopes) && scopes.length > 0) {
            ctx.report({message: `"${name}" is a security scheme of type "${type}": its list must be empty (only OAuth2${ctx.version === '3.0' ? ' and OpenID Connect' : ''} schemes take scopes).`, at})
          }
        }
      })
    }
    checkList(ctx.index.root['security'], {file: ctx.spec.root, pointer: '/security'})
    for (const op of ctx.index.operations) checkList(op.value['security'], child(op.loc, 'security'))
  },
}
export default rule
