import type {NodeLocation} from '../spec/loader.js'
import {child, isObject, type JsonObject} from '../spec/model.js'
import type {RuleContext} from './types.js'

/** One 3.x Server Object's URL, with its variables replaced by their defaults. */
export interface ServerUrl {
  raw: string
  url: string
  /** Host name when the URL is absolute and fully resolved, lowercase, without port or IPv6 brackets. */
  host: string | undefined
  protocol: string | undefined
  at: NodeLocation
}

export function resolveServerUrl(raw: string, variables: unknown, at: NodeLocation): ServerUrl {
  const url = raw.replace(/\{([^}]*)\}/g, (m, name: string) => {
    const v = isObject(variables) ? variables[name] : undefined
    return isObject(v) && typeof v['default'] === 'string' ? v['default'] : m
  })
  let host: string | undefined
  let protocol: string | undefined
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.includes('{')) {
    try {
      const u = new URL(url)
      host = u.hostname.toLowerCase().replace(/^\[|\]$/g, '')
      protocol = u.protocol
    } catch {
      // An unparsable URL is the structural validator's finding, not a style one.
    }
  }
  return {raw, url, host, protocol, at}
}

/** Every 3.x `servers` list (root, path items, operations) with its URLs. */
export function serverLists(ctx: RuleContext): Array<{at: NodeLocation; urls: ServerUrl[]}> {
  const out: Array<{at: NodeLocation; urls: ServerUrl[]}> = []
  const add = (holder: JsonObject, holderLoc: NodeLocation) => {
    const list = holder['servers']
    if (!Array.isArray(list)) return
    const at = child(holderLoc, 'servers')
    const urls: ServerUrl[] = []
    list.forEach((s, i) => {
      if (isObject(s) && typeof s['url'] === 'string') urls.push(resolveServerUrl(s['url'], s['variables'], child(at, i, 'url')))
    })
    out.push({at, urls})
  }
  add(ctx.index.root, {file: ctx.spec.root, pointer: ''})
  for (const p of ctx.index.paths) add(p.value, p.loc)
  for (const op of ctx.index.operations) add(op.value, op.loc)
  return out
}

/** 2.0 `host` without its port, lowercase. */
export function swaggerHost(host: string): string {
  return host.toLowerCase().replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1' || host === '0.0.0.0'
}
