import type {NodeLocation} from '../spec/loader.js'
import {HTTP_METHODS, child, isObject, type JsonObject, type Located, type SpecIndex} from '../spec/model.js'

export const ANY_METHOD = 'x-amazon-apigateway-any-method'
export const INTEGRATION = 'x-amazon-apigateway-integration'

/** A method API Gateway creates: an OpenAPI operation or the `x-amazon-apigateway-any-method` of a path. */
export interface GatewayMethod extends Located {
  path: string
  /** Lower case, or `any` for `x-amazon-apigateway-any-method`. */
  method: string
  /** Path-level parameters overridden by the method's own, `$ref`s followed. */
  parameters: Located[]
  /** `GET /pets`, `ANY /pets`: how messages name the method. */
  label: string
}

/** Every method of every path (not webhooks or callbacks, which API Gateway does not import). */
export function gatewayMethods(index: SpecIndex): GatewayMethod[] {
  const out: GatewayMethod[] = []
  for (const p of index.paths) {
    if (p.kind !== 'path') continue
    const pathParams = resolvedList(index, p.value['parameters'], child(p.loc, 'parameters'))
    for (const method of [...HTTP_METHODS, ANY_METHOD]) {
      const value = p.value[method]
      if (!isObject(value)) continue
      const loc = child(p.loc, method)
      const own = resolvedList(index, value['parameters'], child(loc, 'parameters'))
      const key = (x: Located) => `${String(x.value['in'])}:${String(x.value['name'])}`
      const ownKeys = new Set(own.map(key))
      const name = method === ANY_METHOD ? 'any' : method
      out.push({
        value,
        loc,
        refLoc: undefined,
        path: p.path,
        method: name,
        parameters: [...pathParams.filter((x) => !ownKeys.has(key(x))), ...own],
        label: `${name.toUpperCase()} ${p.path}`,
      })
    }
  }
  return out
}

function resolvedList(index: SpecIndex, list: unknown, loc: NodeLocation): Located[] {
  if (!Array.isArray(list)) return []
  const out: Located[] = []
  list.forEach((item, i) => {
    const r = index.resolve(item, child(loc, i))
    if (isObject(r.value)) out.push(r as Located)
  })
  return out
}

/** The method's integration object, following a `$ref` (HTTP APIs may point into `components`). */
export function integrationOf(index: SpecIndex, method: GatewayMethod): Located | undefined {
  const raw = method.value[INTEGRATION]
  if (raw === undefined) return undefined
  const r = index.resolve(raw, child(method.loc, INTEGRATION))
  return isObject(r.value) ? (r as Located) : undefined
}

/**
 * A CloudFormation intrinsic function written as a mapping (`{"Fn::Sub": ...}`, `{Ref: X}`): only CloudFormation
 * (AWS::Include, SAM DefinitionBody) resolves these, API Gateway import takes them as they are.
 */
export function isIntrinsic(value: unknown): value is JsonObject {
  if (!isObject(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0]!.startsWith('Fn::'))
}

/** Case-insensitive membership, for enums API Gateway reads in either case (`aws_proxy`, `AWS_PROXY`). */
export function oneOfIgnoringCase(value: unknown, allowed: readonly string[]): boolean {
  return typeof value === 'string' && allowed.some((a) => a.toLowerCase() === value.toLowerCase())
}

/** A method's declared request parameters, as `in:name` keys in API Gateway's vocabulary (`querystring`, `path`, `header`). */
export function methodRequestParameterKeys(method: GatewayMethod): Set<string> {
  const keys = new Set<string>()
  const where: Record<string, string> = {query: 'querystring', path: 'path', header: 'header'}
  for (const p of method.parameters) {
    const loc = where[String(p.value['in'])]
    if (loc && typeof p.value['name'] === 'string') keys.add(`${loc}:${p.value['name']}`)
  }
  // Greedy and plain path template names are path parameters even when the document forgot to declare them.
  for (const m of method.path.matchAll(/\{([^}+]+)\+?\}/g)) keys.add(`path:${m[1]}`)
  return keys
}

/** Every REST resource import creates: each path and each of its prefixes, the root included. */
export function restResources(paths: string[]): Set<string> {
  const out = new Set<string>(['/'])
  for (const p of paths) {
    const segments = p.split('/').filter((s) => s !== '')
    for (let i = 1; i <= segments.length; i++) out.add('/' + segments.slice(0, i).join('/'))
  }
  return out
}
