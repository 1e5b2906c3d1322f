import {show, type ApiContext, type CheckFamily} from '../check.js'
import {isObject, type JsonObject} from '../../spec/model.js'
import {childNode, type NApi, type Node, type NOperation, type NRequirement} from '../model.js'
import type {Where} from '../types.js'

/** Security: the schemes an operation requires, their scopes, and the schemes' definitions. */
export const security: CheckFamily = {
  name: 'security',
  checks: [
    // Per operation, on its effective requirement (its own `security`, else the document's).
    {id: 'security-added', severity: 'error', direction: 'request', description: 'An operation that allowed anonymous access now requires authentication: old requests without credentials are rejected.'},
    {id: 'security-removed', severity: 'info', direction: 'request', description: 'An operation no longer requires authentication.'},
    {id: 'security-first-declared', severity: 'warning', direction: 'request', description: 'An operation now requires authentication in a document whose old version declared no security schemes at all: authentication was undocumented rather than absent, so this may or may not break clients.'},
    {id: 'security-alternative-added', severity: 'info', direction: 'request', description: 'A new way to authenticate (a security requirement alternative) was added to an operation.'},
    {id: 'security-alternative-removed', severity: 'error', direction: 'request', description: 'A way to authenticate (a security requirement alternative) was removed from an operation: clients using it are rejected.'},
    {id: 'security-scope-added', severity: 'error', direction: 'request', description: 'An operation requires an additional scope: tokens granted without it are rejected.'},
    {id: 'security-scope-removed', severity: 'info', direction: 'request', description: 'An operation requires fewer scopes.'},
    // Document level, on the scheme definitions.
    {id: 'security-scheme-removed', severity: 'error', direction: 'request', description: 'A security scheme that operations used was removed.'},
    {id: 'security-scheme-added', severity: 'info', direction: 'request', description: 'A security scheme was added.'},
    {id: 'security-scheme-renamed', severity: 'info', direction: 'request', description: 'A security scheme was renamed with the same definition; clients authenticate as before.'},
    {id: 'security-scheme-type-changed', severity: 'error', direction: 'request', description: 'A security scheme changed type (e.g. apiKey to oauth2): clients must authenticate differently.'},
    {id: 'security-scheme-api-key-changed', severity: 'error', direction: 'request', description: 'An apiKey scheme changed the name or location of its key: clients send it where it is no longer read.'},
    {id: 'security-scheme-http-scheme-changed', severity: 'error', direction: 'request', description: 'An http security scheme changed its authorization scheme (e.g. basic to bearer).'},
    {id: 'security-scheme-oauth-flow-removed', severity: 'error', direction: 'request', description: 'An OAuth2 flow was removed: clients obtaining tokens through it can no longer do so.'},
    {id: 'security-scheme-oauth-url-changed', severity: 'warning', direction: 'request', description: 'An OAuth2 authorization, token or refresh URL changed: clients configured with the old one may fail.'},
    {id: 'security-scheme-oauth-scope-removed', severity: 'warning', direction: 'request', description: 'A scope was removed from an OAuth2 flow: clients requesting it may be refused a token.'},
    {id: 'security-scheme-openid-url-changed', severity: 'warning', direction: 'request', description: 'An OpenID Connect discovery URL changed: clients configured with the old one may fail.'},
  ],

  api(a, b, ctx) {
    const renamed = renames(a, b)
    const used = new Set<string>()
    for (const op of a.operations.values()) for (const alt of op.security.alternatives) for (const name of alt.keys()) used.add(name)
    const revisionRenamed = new Set(renamed.values())
    for (const [name, sa] of a.securitySchemes) {
      const sb = b.securitySchemes.get(name)
      if (sb) {
        compareSchemes(name, scheme(a, sa), scheme(b, sb), ctx)
        continue
      }
      const to = renamed.get(name)
      if (to !== undefined) ctx.report('security-scheme-renamed', `security scheme "${name}" was renamed to "${to}"`, {base: sa, revision: b.securitySchemes.get(to)})
      else if (used.has(name)) ctx.report('security-scheme-removed', `security scheme "${name}" was removed while operations used it`, {base: sa, revision: schemesWhere(b)})
    }
    for (const [name, sb] of b.securitySchemes) {
      if (!a.securitySchemes.has(name) && !revisionRenamed.has(name)) ctx.report('security-scheme-added', `security scheme "${name}" (${scheme(b, sb).type}) was added`, {base: schemesWhere(a), revision: sb})
    }
  },

  operation(a, b, ctx) {
    const renamed = renames(ctx.base, ctx.revision)
    const altsA = a.security.alternatives.map((alt) => new Map([...alt].map(([k, v]) => [renamed.get(k) ?? k, v] as const)))
    const altsB = b.security.alternatives
    const where = {base: securityWhere(a), revision: securityWhere(b)}
    const openA = altsA.length === 0
    const openB = altsB.length === 0
    if (openA && openB) return
    if (!openA && openB) {
      if (altsA.some((x) => x.size > 0)) ctx.report('security-removed', `operation no longer requires authentication (was ${describeAll(altsA)})`, where)
      return
    }
    if (openA && !altsB.some((x) => x.size === 0)) {
      // A base that declares no security scheme at all left authentication undocumented, not absent (OpenAI's 2023
      // description gained its ApiKeyAuth scheme this way; the key was always required).
      if (ctx.base.securitySchemes.size === 0) {
        ctx.report('security-first-declared', `operation is now documented as requiring authentication (${describeAll(altsB)}); the old document declared no security at all`, where)
        return
      }
      ctx.report('security-added', `operation now requires authentication: ${describeAll(altsB)}`, where)
      return
    }
    const xs = openA ? [new Map() as NRequirement] : altsA
    const ys = openB ? [new Map() as NRequirement] : altsB
    // Identical alternatives (schemes and scopes) pair first, so a list naming one scheme several times with
    // different scopes (DigitalOcean's `bearer_auth: [domain:create]`, `bearer_auth: [domain:update]`) pairs each with
    // its own twin; what is left pairs by scheme names, with the closest scopes.
    const exact = (r: NRequirement) => [...r].map(([n, sc]) => `${n}:${[...sc].sort().join(',')}`).sort().join('|')
    const restA = [...xs]
    const restB = [...ys]
    for (let i = restA.length - 1; i >= 0; i--) {
      const j = restB.findIndex((y) => exact(y) === exact(restA[i]!))
      if (j >= 0) {
        restA.splice(i, 1)
        restB.splice(j, 1)
      }
    }
    for (const x of restA) {
      const candidates = restB.filter((y) => altKey(y) === altKey(x))
      const overlap = (y: NRequirement) => [...x].reduce((n, [name, sc]) => n + sc.filter((v) => y.get(name)?.includes(v)).length, 0)
      const y = candidates.sort((p, q) => overlap(q) - overlap(p))[0]
      // Still satisfied when a remaining alternative asks for no more than it did.
      const satisfied = ys.some((other) => satisfies(x, other))
      if (!y) {
        if (!satisfied) ctx.report('security-alternative-removed', x.size === 0 ? 'anonymous access is no longer allowed' : `security alternative ${describe(x)} was removed`, where)
        continue
      }
      restB.splice(restB.indexOf(y), 1)
      for (const [name, scopesA] of x) {
        const scopesB = y.get(name) ?? []
        if (!satisfied) for (const sc of scopesB) if (!scopesA.includes(sc)) ctx.report('security-scope-added', `scheme "${name}" now requires scope "${sc}"`, where)
        for (const sc of scopesA) if (!scopesB.includes(sc)) ctx.report('security-scope-removed', `scheme "${name}" no longer requires scope "${sc}"`, where)
      }
    }
    for (const y of restB) {
      if (!xs.some((x) => altKey(x) === altKey(y))) ctx.report('security-alternative-added', y.size === 0 ? 'anonymous access is now allowed' : `security alternative ${describe(y)} was added`, where)
    }
  },
}

interface Flow {
  authorizationUrl: string | undefined
  tokenUrl: string | undefined
  refreshUrl: string | undefined
  scopes: string[]
  node: Where
}

/** A scheme definition read the same way whatever the version (2.0 `basic` is http basic, 2.0 flows get 3.x names). */
interface Scheme {
  type: string
  httpScheme: string | undefined
  in: string | undefined
  name: string | undefined
  flows: Map<string, Flow>
  openIdConnectUrl: string | undefined
  node: Node<JsonObject>
}

const V2_FLOWS: Record<string, string> = {implicit: 'implicit', password: 'password', application: 'clientCredentials', accessCode: 'authorizationCode'}

function scheme(api: NApi, node: Node<JsonObject>): Scheme {
  const v = node.value
  const text = (x: unknown) => (typeof x === 'string' ? x : undefined)
  let type = text(v['type']) ?? ''
  let httpScheme = text(v['scheme'])?.toLowerCase()
  if (api.version === '2.0' && type === 'basic') {
    type = 'http'
    httpScheme = 'basic'
  }
  const flows = new Map<string, Flow>()
  const flow = (f: JsonObject, where: Where): Flow => ({
    authorizationUrl: text(f['authorizationUrl']),
    tokenUrl: text(f['tokenUrl']),
    refreshUrl: text(f['refreshUrl']),
    scopes: isObject(f['scopes']) ? Object.keys(f['scopes']) : [],
    node: where,
  })
  if (type === 'oauth2') {
    if (api.version === '2.0') {
      const name = V2_FLOWS[text(v['flow']) ?? '']
      if (name) flows.set(name, flow(v, node))
    } else if (isObject(v['flows'])) {
      for (const [name, f] of Object.entries(v['flows'])) if (isObject(f)) flows.set(name, flow(f, childNode(node, 'flows', name)))
    }
  }
  const location = text(v['in'])
  const keyName = text(v['name'])
  return {
    type,
    httpScheme: type === 'http' ? httpScheme : undefined,
    in: type === 'apiKey' ? location : undefined,
    name: type === 'apiKey' ? (location === 'header' ? keyName?.toLowerCase() : keyName) : undefined,
    flows,
    openIdConnectUrl: type === 'openIdConnect' ? text(v['openIdConnectUrl']) : undefined,
    node,
  }
}

function compareSchemes(id: string, a: Scheme, b: Scheme, ctx: ApiContext): void {
  const where = {base: a.node, revision: b.node}
  const label = `security scheme "${id}"`
  if (a.type !== b.type) {
    ctx.report('security-scheme-type-changed', `${label} type changed from ${show(a.type)} to ${show(b.type)}`, where)
    return
  }
  if (a.type === 'apiKey' && (a.in !== b.in || a.name !== b.name)) {
    ctx.report('security-scheme-api-key-changed', `${label} key moved from ${a.in} ${show(a.node.value['name'])} to ${b.in} ${show(b.node.value['name'])}`, where)
  }
  if (a.type === 'http' && a.httpScheme !== b.httpScheme) {
    ctx.report('security-scheme-http-scheme-changed', `${label} http scheme changed from ${show(a.httpScheme)} to ${show(b.httpScheme)}`, where)
  }
  if (a.type === 'openIdConnect' && a.openIdConnectUrl !== b.openIdConnectUrl) {
    ctx.report('security-scheme-openid-url-changed', `${label} openIdConnectUrl changed from ${show(a.openIdConnectUrl)} to ${show(b.openIdConnectUrl)}`, where)
  }
  for (const [name, fa] of a.flows) {
    const fb = b.flows.get(name)
    if (!fb) {
      ctx.report('security-scheme-oauth-flow-removed', `${label} OAuth2 flow ${name} was removed`, {base: fa.node, revision: b.node})
      continue
    }
    const flowWhere = {base: fa.node, revision: fb.node}
    for (const key of ['authorizationUrl', 'tokenUrl', 'refreshUrl'] as const) {
      if (fa[key] !== undefined && fa[key] !== fb[key]) ctx.report('security-scheme-oauth-url-changed', `${label} flow ${name} ${key} changed from ${show(fa[key])} to ${show(fb[key])}`, flowWhere)
    }
    for (const s of fa.scopes) if (!fb.scopes.includes(s)) ctx.report('security-scheme-oauth-scope-removed', `${label} flow ${name} scope "${s}" was removed`, flowWhere)
  }
}

/** What a scheme means on the wire: two schemes with the same signature are used the same way. */
function signature(s: Scheme): string {
  const flows = [...s.flows].sort(([x], [y]) => x.localeCompare(y)).map(([n, f]) => [n, f.authorizationUrl, f.tokenUrl, f.refreshUrl, [...f.scopes].sort()])
  return JSON.stringify([s.type, s.httpScheme, s.in, s.name, s.openIdConnectUrl, flows])
}

const renameCache = new WeakMap<NApi, {revision: NApi; map: Map<string, string>}>()

/** Base scheme name -> revision name, for schemes that disappeared and reappeared, unambiguously, under a new name. */
function renames(a: NApi, b: NApi): Map<string, string> {
  const hit = renameCache.get(a)
  if (hit && hit.revision === b) return hit.map
  const gone = [...a.securitySchemes].filter(([n]) => !b.securitySchemes.has(n)).map(([n, s]) => [n, signature(scheme(a, s))] as const)
  const fresh = [...b.securitySchemes].filter(([n]) => !a.securitySchemes.has(n)).map(([n, s]) => [n, signature(scheme(b, s))] as const)
  const map = new Map<string, string>()
  for (const [name, sig] of gone) {
    const to = fresh.filter(([, s]) => s === sig)
    if (to.length === 1 && gone.filter(([, s]) => s === sig).length === 1) map.set(name, to[0]![0])
  }
  renameCache.set(a, {revision: b, map})
  return map
}

/** Alternatives match by the schemes they name (scopes are compared within a match). */
function altKey(alt: NRequirement): string {
  return JSON.stringify([...alt.keys()].sort())
}

/** Whether a client that satisfied `old` also satisfies `other` (it names no other scheme and no other scope). */
function satisfies(old: NRequirement, other: NRequirement): boolean {
  for (const [name, scopes] of other) {
    const had = old.get(name)
    if (!had || scopes.some((s) => !had.includes(s))) return false
  }
  return true
}

function describe(alt: NRequirement): string {
  if (alt.size === 0) return 'anonymous'
  return [...alt].map(([name, scopes]) => (scopes.length > 0 ? `"${name}" [${scopes.join(', ')}]` : `"${name}"`)).join(' + ')
}

function describeAll(alts: NRequirement[]): string {
  return alts.map(describe).join(' or ')
}

function securityWhere(op: NOperation): Where {
  return Array.isArray((op.security.node as Partial<Node>).value) ? op.security.node : op.node
}

function schemesWhere(api: NApi): Where {
  const n = api.version === '2.0' ? childNode(api.root, 'securityDefinitions') : childNode(api.root, 'components', 'securitySchemes')
  return n.value === undefined ? api.root : n
}
