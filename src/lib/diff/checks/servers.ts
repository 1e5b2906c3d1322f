import {show, type CheckFamily} from '../check.js'
import {isObject} from '../../spec/model.js'
import {joinPointer} from '../../spec/pointer.js'
import {childNode, type NApi} from '../model.js'
import type {Where} from '../types.js'

type Server = NApi['servers'][number]

/** Servers and their variables (Swagger 2.0 host, basePath and schemes read as server URLs). */
export const servers: CheckFamily = {
  name: 'servers',
  checks: [
    {id: 'server-removed', severity: 'warning', direction: null, description: 'A server was removed: clients configured with its URL may stop working.'},
    {id: 'server-added', severity: 'info', direction: null, description: 'A server was added.'},
    {id: 'server-base-path-changed', severity: 'error', direction: null, description: 'The path of every server URL changed (e.g. the Swagger 2.0 basePath): every request goes to a new URL.'},
    {id: 'server-variable-removed', severity: 'warning', direction: null, description: 'A server variable was removed: clients that set it build URLs the server no longer documents.'},
    {id: 'server-variable-enum-value-removed', severity: 'error', direction: null, description: 'A value a server variable allowed is no longer allowed: clients using it reach an undocumented server.'},
    {id: 'server-variable-default-changed', severity: 'warning', direction: null, description: 'A server variable default changed: clients relying on the default now reach a different URL.'},
  ],

  api(a, b, ctx) {
    const xs = a.servers
    const ys = b.servers
    const pathsA = new Set(xs.map((s) => split(expand(s)).path))
    const pathsB = new Set(ys.map((s) => split(expand(s)).path))
    const basePathChanged = xs.length > 0 && ys.length > 0 && ![...pathsA].some((p) => pathsB.has(p))
    if (basePathChanged) {
      ctx.report('server-base-path-changed', `server base path changed from ${[...pathsA].map(show).join(', ')} to ${[...pathsB].map(show).join(', ')}`, {base: basePathWhere(a, xs[0]!), revision: basePathWhere(b, ys[0]!)})
    }

    // Pair servers by URL, then by URL with variables at their defaults, then by URL shape (variables renamed), then,
    // when the base path moved, by origin alone.
    const keys: Array<(s: Server) => string> = [(s) => normalize(s.url), (s) => normalize(expand(s)), (s) => normalize(shape(s.url))]
    if (basePathChanged) keys.push((s) => split(expand(s)).origin, (s) => split(shape(s.url)).origin)
    const left = new Set(xs)
    const right = new Set(ys)
    const pairs: Array<[Server, Server]> = []
    for (const key of keys) {
      for (const x of left) {
        const k = key(x)
        const y = [...right].find((s) => key(s) === k)
        if (!y) continue
        pairs.push([x, y])
        left.delete(x)
        right.delete(y)
      }
    }
    for (const x of left) ctx.report('server-removed', `server ${x.url} was removed`, {base: x.node, revision: serversWhere(b)})
    for (const y of right) ctx.report('server-added', `server ${y.url} was added`, {base: serversWhere(a), revision: y.node})

    for (const [x, y] of pairs) {
      // Variables in the same slot of the same URL shape are the same variable, whatever they are called.
      const renamed = new Map<string, string>()
      if (normalize(shape(x.url)) === normalize(shape(y.url))) {
        const slotsB = slots(y.url)
        slots(x.url).forEach((name, i) => renamed.set(name, slotsB[i]!))
      }
      for (const [name, va] of Object.entries(x.variables)) {
        const nameB = renamed.get(name) ?? name
        const where = {base: variableWhere(x, name), revision: variableWhere(y, nameB)}
        const vb = y.variables[nameB]
        if (!isObject(vb)) {
          ctx.report('server-variable-removed', `server ${y.url} variable \`${name}\` was removed`, {base: where.base, revision: y.node})
          continue
        }
        if (!isObject(va)) continue
        const ea = strings(va['enum'])
        const eb = strings(vb['enum'])
        if (eb !== undefined) {
          if (ea === undefined) ctx.report('server-variable-enum-value-removed', `server ${y.url} variable \`${name}\` is now limited to ${eb.map(show).join(', ')}`, where)
          else for (const v of ea) if (!eb.includes(v)) ctx.report('server-variable-enum-value-removed', `server ${y.url} variable \`${name}\` no longer allows ${show(v)}`, where)
        }
        if (va['default'] !== vb['default']) ctx.report('server-variable-default-changed', `server ${y.url} variable \`${name}\` default changed from ${show(va['default'])} to ${show(vb['default'])}`, where)
      }
    }
  },
}

/** `https://{region}.x.com` -> `https://{}.x.com`. */
function shape(url: string): string {
  return url.replace(/\{[^}]*\}/g, '{}')
}

function slots(url: string): string[] {
  return [...url.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!)
}

/** The URL with every variable at its default. */
function expand(s: Server): string {
  return s.url.replace(/\{([^}]*)\}/g, (whole, name: string) => {
    const v = s.variables[name]
    return isObject(v) && typeof v['default'] === 'string' ? v['default'] : whole
  })
}

/** `https://API.example.com/v1/` -> origin `https://api.example.com`, path `/v1`; a relative URL is all path. */
function split(url: string): {origin: string; path: string} {
  const m = /^([^/]*:)?\/\/([^/]*)(.*)$/.exec(url)
  const origin = m ? `${m[1] ?? ''}//${m[2]}`.toLowerCase() : ''
  const path = (m ? m[3]! : url).replace(/\/+$/, '')
  return {origin, path: path === '' ? '/' : path}
}

function normalize(url: string): string {
  const {origin, path} = split(url)
  return origin + path
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))) : undefined
}

function variableWhere(s: Server, name: string): Where {
  return {file: s.node.file, pointer: joinPointer(s.node.pointer, 'variables', name)}
}

/** Swagger 2.0 writes the path apart, as `basePath`. */
function basePathWhere(api: NApi, first: Server): Where {
  return api.version === '2.0' && api.root.value['basePath'] !== undefined ? childNode(api.root, 'basePath') : first.node
}

function serversWhere(api: NApi): Where {
  const n = childNode(api.root, 'servers')
  return Array.isArray(n.value) ? n : api.root
}
