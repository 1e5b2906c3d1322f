import {isObject, type JsonObject} from '../spec/model.js'
import type {RuleContext} from '../lint/types.js'

export type ApiKind = 'rest' | 'http' | 'websocket'

/**
 * The API type the user declared: `api.type` in the config, else the one gateway preset in force (`--ruleset`, which
 * the engine puts in `lint.extends`, or the config's own `extends`).
 */
export function declaredKind(ctx: Pick<RuleContext, 'config'>): ApiKind | undefined {
  if (ctx.config.api.type) return ctx.config.api.type
  const ext = ctx.config.lint.extends
  const rest = ext.includes('gateway-rest')
  const http = ext.includes('gateway-http')
  if (rest !== http) return rest ? 'rest' : 'http'
  return undefined
}

/**
 * Whether the document carries what only HTTP API definitions carry: the import/export version marker written by an
 * HTTP API export, the root CORS object, or reusable integrations under components.
 */
export function hasHttpApiMarkers(root: JsonObject): boolean {
  if (root['x-amazon-apigateway-importexport-version'] !== undefined) return true
  if (root['x-amazon-apigateway-cors'] !== undefined) return true
  const components = root['components']
  return isObject(components) && components['x-amazon-apigateway-integrations'] !== undefined
}

/** The API type for a document outside lint (export, the model, usage plans): declared, else HTTP by its markers, else REST. */
export function documentKind(config: {api: {type?: ApiKind | undefined}}, root: JsonObject): ApiKind {
  return config.api.type ?? (hasHttpApiMarkers(root) ? 'http' : 'rest')
}

/** The kind rules with per-kind limits use: declared, else HTTP when the document says so, else REST (import's default). */
export function apiKind(ctx: Pick<RuleContext, 'config' | 'index'>): ApiKind {
  return declaredKind(ctx) ?? documentKind({api: {}}, ctx.index.root)
}

/** REST-only rules run unless another API type is declared: the gateway-rest preset must work without a config. */
export function targetsRest(ctx: Pick<RuleContext, 'config'>): boolean {
  const kind = declaredKind(ctx)
  return kind === undefined || kind === 'rest'
}

/**
 * HTTP-only rules run when HTTP is declared, or when nothing is declared and the document is an HTTP API definition;
 * otherwise the `all` preset would report HTTP API limits on every REST document.
 */
export function targetsHttp(ctx: Pick<RuleContext, 'config' | 'index'>): boolean {
  const kind = declaredKind(ctx)
  return kind === undefined ? hasHttpApiMarkers(ctx.index.root) : kind === 'http'
}

/** The REST endpoint type: the config's, else EDGE, which is what import creates when none is given. */
export function restEndpointType(ctx: Pick<RuleContext, 'config'>): 'EDGE' | 'REGIONAL' | 'PRIVATE' {
  return ctx.config.api.endpointType ?? 'EDGE'
}
