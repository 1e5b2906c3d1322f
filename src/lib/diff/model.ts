import path from 'node:path'
import type {LoadedSpec, SpecVersion} from '../spec/loader.js'
import {HTTP_METHODS, isObject, type JsonObject} from '../spec/model.js'
import {joinPointer, MAX_REF_CHAIN} from '../spec/pointer.js'
import type {SourceFile} from '../spec/source-file.js'
import type {Where} from './types.js'

/**
 * The meaning of a document, the same whatever its version: Swagger 2.0 body and formData parameters become request
 * bodies, `produces` gives response media types, path-level parameters are merged into each operation, and path
 * templates are keyed without their parameter names. Diff checks compare these, never the raw syntax.
 */

/** A value on one side, with where it is written (after following `$ref`s). */
export interface Node<T = unknown> extends Where {
  value: T
}

export interface NParam {
  /** `query:limit`, `header:x-id` (lower-cased), `path:#0` (the first template slot, whatever its name). */
  key: string
  name: string
  in: string
  required: boolean
  deprecated: boolean
  style: string
  explode: boolean
  allowEmptyValue: boolean
  allowReserved: boolean
  /** The schema (for Swagger 2.0 non-body parameters, the parameter itself, which carries the schema keywords). */
  schema: Node | undefined
  /** Media types of `content`, for parameters described that way. */
  contentTypes: string[]
  node: Node<JsonObject>
}

export interface NMedia {
  /** Lower-cased, parameters (`; charset=`) dropped: the key media types are matched by. */
  key: string
  mediaType: string
  schema: Node | undefined
  /** 3.x `encoding` (multipart and form bodies). */
  encoding: JsonObject | undefined
  node: Node<JsonObject>
}

export interface NBody {
  required: boolean
  content: Map<string, NMedia>
  node: Node<JsonObject>
}

export interface NHeader {
  key: string
  name: string
  required: boolean
  deprecated: boolean
  schema: Node | undefined
  node: Node<JsonObject>
}

export interface NResponse {
  /** `200`, `2XX`, `default`. */
  status: string
  content: Map<string, NMedia>
  headers: Map<string, NHeader>
  node: Node<JsonObject>
}

/** One alternative of a security requirement: every scheme named, with its scopes. */
export type NRequirement = Map<string, string[]>

export interface NSecurity {
  /** Alternatives (any one suffices); an empty alternative means anonymous access is allowed. */
  alternatives: NRequirement[]
  node: Where
}

export type OperationKind = 'path' | 'callback' | 'webhook'

export interface NOperation {
  /** Matching key: `GET /pets/{}` (parameter names dropped), `webhook newPet POST`, `callback GET /x onEvent {$url} POST`. */
  key: string
  /** What messages show: `GET /pets/{petId}`. */
  label: string
  kind: OperationKind
  method: string
  path: string
  node: Node<JsonObject>
  operationId: string | undefined
  tags: string[]
  deprecated: boolean
  /** `x-sunset` (or `x-sunset-date`) when given, as written. */
  sunset: string | undefined
  parameters: Map<string, NParam>
  requestBody: NBody | undefined
  responses: Map<string, NResponse>
  security: NSecurity
  callbacks: Map<string, NOperation>
  /** `x-apix-ignore`: check ids accepted on this operation (`*` for all). */
  ignore: Set<string>
}

export interface NApi {
  spec: LoadedSpec
  version: SpecVersion
  root: Node<JsonObject>
  operations: Map<string, NOperation>
  webhooks: Map<string, NOperation>
  securitySchemes: Map<string, Node<JsonObject>>
  servers: Array<{url: string; variables: JsonObject; node: Where}>
}


/** Follows `$ref`s from a node (bounded, so a loop ends); an unresolved `$ref` leaves the node as it is. */
export function deref(spec: LoadedSpec, node: Node): Node {
  let current = node
  for (let i = 0; i < MAX_REF_CHAIN; i++) {
    const v = current.value
    if (!isObject(v) || typeof v['$ref'] !== 'string') return current
    const target = spec.resolveRef(v['$ref'], current.file)
    if (!target) return current
    current = {file: target.file, pointer: target.pointer, value: spec.valueAt(target)}
  }
  return current
}

export function childNode(node: Node, ...segments: Array<string | number>): Node {
  let value: unknown = node.value
  for (const s of segments) value = isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[s as string] : undefined
  return {file: node.file, pointer: joinPointer(node.pointer, ...segments), value}
}

/** `/pets/{petId}` -> `/pets/{}`: templates match whatever their parameters are called. */
export function pathKey(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}')
}

export function mediaKey(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase()
}

export function buildModel(spec: LoadedSpec): NApi {
  const rootNode: Node<JsonObject> = {file: spec.root, pointer: '', value: spec.root.value as JsonObject}
  const root = rootNode.value
  const v2 = spec.version === '2.0'
  const obj = (n: Node): Node<JsonObject> | undefined => {
    const d = deref(spec, n)
    return isObject(d.value) ? (d as Node<JsonObject>) : undefined
  }
  const globalSecurity = readSecurity(childNode(rootNode, 'security'), undefined)
  const globalConsumes = strings(root['consumes'])
  const globalProduces = strings(root['produces'])

  const api: NApi = {spec, version: spec.version, root: rootNode, operations: new Map(), webhooks: new Map(), securitySchemes: new Map(), servers: []}

  const schemes = v2 ? childNode(rootNode, 'securityDefinitions') : childNode(rootNode, 'components', 'securitySchemes')
  if (isObject(schemes.value)) {
    for (const name of Object.keys(schemes.value)) {
      const s = obj(childNode(schemes, name))
      if (s) api.securitySchemes.set(name, s)
    }
  }
  api.servers = readServers(spec, rootNode)

  function readSecurity(node: Node, fallback: NSecurity | undefined): NSecurity {
    if (!Array.isArray(node.value)) return fallback ?? {alternatives: [], node}
    const alternatives = node.value.filter(isObject).map((req) => new Map(Object.entries(req).map(([k, scopes]) => [k, strings(scopes) ?? []] as const)))
    return {alternatives, node}
  }

  function readParam(n: Node<JsonObject>, pathSlots: Map<string, number>): NParam | undefined {
    const p = n.value
    const name = typeof p['name'] === 'string' ? p['name'] : undefined
    const where = typeof p['in'] === 'string' ? p['in'] : undefined
    if (name === undefined || where === undefined) return undefined
    let key: string
    if (where === 'path') key = pathSlots.has(name) ? `path:#${pathSlots.get(name)}` : `path:${name}`
    else key = `${where}:${where === 'header' ? name.toLowerCase() : name}`
    let style: string
    let explode: boolean
    if (v2) {
      const cf = typeof p['collectionFormat'] === 'string' ? p['collectionFormat'] : 'csv'
      style = cf === 'ssv' ? 'spaceDelimited' : cf === 'pipes' ? 'pipeDelimited' : cf === 'tsv' ? 'tabDelimited' : where === 'query' || where === 'formData' ? 'form' : 'simple'
      explode = cf === 'multi'
    } else {
      style = typeof p['style'] === 'string' ? p['style'] : where === 'query' || where === 'cookie' ? 'form' : 'simple'
      explode = typeof p['explode'] === 'boolean' ? p['explode'] : style === 'form'
    }
    const content = isObject(p['content']) ? p['content'] : undefined
    let schema: Node | undefined
    if (v2) schema = n
    else if (p['schema'] !== undefined) schema = childNode(n, 'schema')
    else if (content) {
      const first = Object.keys(content)[0]
      if (first !== undefined) schema = childNode(n, 'content', first, 'schema')
    }
    if (schema && schema.value === undefined) schema = undefined
    return {
      key,
      name,
      in: where,
      required: p['required'] === true,
      deprecated: p['deprecated'] === true,
      style,
      explode,
      allowEmptyValue: p['allowEmptyValue'] === true,
      allowReserved: p['allowReserved'] === true,
      schema,
      contentTypes: content ? Object.keys(content).map(mediaKey) : [],
      node: n,
    }
  }

  function readContent(n: Node): Map<string, NMedia> {
    const out = new Map<string, NMedia>()
    if (!isObject(n.value)) return out
    for (const mt of Object.keys(n.value)) {
      const m = obj(childNode(n, mt))
      if (!m) continue
      const schema = m.value['schema'] === undefined ? undefined : childNode(m, 'schema')
      out.set(mediaKey(mt), {key: mediaKey(mt), mediaType: mt, schema, encoding: isObject(m.value['encoding']) ? m.value['encoding'] : undefined, node: m})
    }
    return out
  }

  function readHeaders(n: Node): Map<string, NHeader> {
    const out = new Map<string, NHeader>()
    if (!isObject(n.value)) return out
    for (const name of Object.keys(n.value)) {
      const h = obj(childNode(n, name))
      if (!h) continue
      let schema: Node | undefined
      if (v2) schema = h
      else if (h.value['schema'] !== undefined) schema = childNode(h, 'schema')
      else if (isObject(h.value['content'])) {
        const first = Object.keys(h.value['content'])[0]
        if (first !== undefined) schema = childNode(h, 'content', first, 'schema')
      }
      const key = name.toLowerCase()
      out.set(key, {key, name, required: h.value['required'] === true, deprecated: h.value['deprecated'] === true, schema, node: h})
    }
    return out
  }

  function readOperation(kind: OperationKind, keyPrefix: string, labelPrefix: string, path: string, method: string, opNode: Node<JsonObject>, pathItem: Node<JsonObject>): NOperation {
    const op = opNode.value
    const slots = new Map<string, number>()
    let slot = 0
    for (const m of path.matchAll(/\{([^}]*)\}/g)) slots.set(m[1]!, slot++)
    const parameters = new Map<string, NParam>()
    const bodyParams: NParam[] = []
    for (const level of [pathItem, opNode]) {
      const list = childNode(level, 'parameters')
      if (!Array.isArray(list.value)) continue
      list.value.forEach((_, i) => {
        const pn = obj(childNode(list, i))
        if (!pn) return
        if (v2 && (pn.value['in'] === 'body' || pn.value['in'] === 'formData')) {
          const param = readParam(pn, slots) ?? undefined
          if (param) {
            const at = bodyParams.findIndex((b) => b.key === param.key)
            if (at >= 0) bodyParams[at] = param
            else bodyParams.push(param)
          }
          return
        }
        const param = readParam(pn, slots)
        if (param) parameters.set(param.key, param)
      })
    }
    let requestBody: NBody | undefined
    if (v2) requestBody = swaggerBody(bodyParams, opNode, strings(op['consumes']) ?? globalConsumes)
    else if (op['requestBody'] !== undefined) {
      const b = obj(childNode(opNode, 'requestBody'))
      if (b) requestBody = {required: b.value['required'] === true, content: readContent(childNode(b, 'content')), node: b}
    }
    const responses = new Map<string, NResponse>()
    const rs = childNode(opNode, 'responses')
    if (isObject(rs.value)) {
      for (const status of Object.keys(rs.value)) {
        if (status.startsWith('x-')) continue
        const r = obj(childNode(rs, status))
        if (!r) continue
        let content: Map<string, NMedia>
        if (v2) {
          content = new Map()
          if (r.value['schema'] !== undefined) {
            for (const mt of strings(op['produces']) ?? globalProduces ?? ['application/json']) {
              content.set(mediaKey(mt), {key: mediaKey(mt), mediaType: mt, schema: childNode(r, 'schema'), encoding: undefined, node: r})
            }
          }
        } else content = readContent(childNode(r, 'content'))
        const key = status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase()
        responses.set(key, {status: key, content, headers: readHeaders(childNode(r, 'headers')), node: r})
      }
    }
    const callbacks = new Map<string, NOperation>()
    const cbs = childNode(opNode, 'callbacks')
    if (!v2 && isObject(cbs.value)) {
      for (const name of Object.keys(cbs.value)) {
        const cb = obj(childNode(cbs, name))
        if (!cb) continue
        for (const expr of Object.keys(cb.value)) {
          const item = obj(childNode(cb, expr))
          if (!item) continue
          for (const m of HTTP_METHODS) {
            const o = obj(childNode(item, m))
            if (!o) continue
            const cbOp = readOperation('callback', `callback ${name} ${expr} ${m.toUpperCase()}`, `callback ${name} ${m.toUpperCase()} ${expr}`, expr, m, o, item)
            callbacks.set(cbOp.key, cbOp)
          }
        }
      }
    }
    const sunset = op['x-sunset'] ?? op['x-sunset-date']
    return {
      key: keyPrefix,
      label: labelPrefix,
      kind,
      method,
      path,
      node: opNode,
      operationId: typeof op['operationId'] === 'string' ? op['operationId'] : undefined,
      tags: strings(op['tags']) ?? [],
      deprecated: op['deprecated'] === true,
      sunset: sunset instanceof Date ? sunset.toISOString().slice(0, 10) : typeof sunset === 'string' ? sunset : undefined,
      parameters,
      requestBody,
      responses,
      security: readSecurity(childNode(opNode, 'security'), globalSecurity),
      callbacks,
      ignore: readIgnore(op['x-apix-ignore']),
    }
  }

  function swaggerBody(params: NParam[], opNode: Node<JsonObject>, consumes: string[] | undefined): NBody | undefined {
    const body = params.find((p) => p.in === 'body')
    if (body) {
      const content = new Map<string, NMedia>()
      for (const mt of consumes ?? ['application/json']) {
        content.set(mediaKey(mt), {key: mediaKey(mt), mediaType: mt, schema: childNode(body.node, 'schema'), encoding: undefined, node: body.node})
      }
      return {required: body.required, content, node: body.node}
    }
    const form = params.filter((p) => p.in === 'formData')
    if (form.length === 0) return undefined
    // formData parameters are the properties of one form object, as OpenAPI 3 writes them.
    // Each property is a $ref to its parameter, so changes inside it are located at the real formData parameter.
    const ref = (p: NParam) => `${p.node.file === opNode.file ? '' : encodeURI(relativeTo(opNode.file.id, p.node.file.id))}#${p.node.pointer.split('/').map(encodeURIComponent).join('/')}`
    const schema: JsonObject = {type: 'object', properties: Object.fromEntries(form.map((p) => [p.name, {$ref: ref(p)}])), required: form.filter((p) => p.required).map((p) => p.name)}
    const types = (consumes ?? []).filter((c) => /form/i.test(c))
    const content = new Map<string, NMedia>()
    for (const mt of types.length > 0 ? types : ['application/x-www-form-urlencoded']) {
      content.set(mediaKey(mt), {key: mediaKey(mt), mediaType: mt, schema: {file: opNode.file, pointer: opNode.pointer, value: schema}, encoding: undefined, node: form[0]!.node})
    }
    return {required: form.some((p) => p.required), content, node: form[0]!.node}
  }

  const paths = childNode(rootNode, 'paths')
  if (isObject(paths.value)) {
    for (const path of Object.keys(paths.value)) {
      if (path.startsWith('x-')) continue
      const item = obj(childNode(paths, path))
      if (!item) continue
      for (const m of HTTP_METHODS) {
        const o = obj(childNode(item, m))
        if (!o) continue
        const op = readOperation('path', `${m.toUpperCase()} ${pathKey(path)}`, `${m.toUpperCase()} ${path}`, path, m, o, item)
        api.operations.set(op.key, op)
      }
    }
  }
  const hooks = childNode(rootNode, 'webhooks')
  if (isObject(hooks.value)) {
    for (const name of Object.keys(hooks.value)) {
      const item = obj(childNode(hooks, name))
      if (!item) continue
      for (const m of HTTP_METHODS) {
        const o = obj(childNode(item, m))
        if (!o) continue
        const op = readOperation('webhook', `webhook ${name} ${m.toUpperCase()}`, `webhook ${name} ${m.toUpperCase()}`, name, m, o, item)
        api.webhooks.set(op.key, op)
      }
    }
  }
  return api
}

function readServers(spec: LoadedSpec, root: Node<JsonObject>): NApi['servers'] {
  const r = root.value
  if (spec.version === '2.0') {
    if (r['host'] === undefined && r['basePath'] === undefined) return []
    const schemes = strings(r['schemes']) ?? ['https']
    const host = typeof r['host'] === 'string' ? r['host'] : ''
    const base = typeof r['basePath'] === 'string' ? r['basePath'] : ''
    return schemes.map((s) => ({url: host ? `${s}://${host}${base}` : base, variables: {}, node: {file: root.file, pointer: r['host'] !== undefined ? '/host' : '/basePath'}}))
  }
  const list = childNode(root, 'servers')
  if (!Array.isArray(list.value)) return []
  const out: NApi['servers'] = []
  list.value.forEach((s, i) => {
    if (isObject(s) && typeof s['url'] === 'string') out.push({url: s['url'], variables: isObject(s['variables']) ? s['variables'] : {}, node: {file: root.file, pointer: `/servers/${i}`}})
  })
  return out
}

function relativeTo(fromFile: string, toFile: string): string {
  return path.relative(path.dirname(fromFile), toFile).split(path.sep).join('/')
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined
}

/** `x-apix-ignore: [check-id, ...]`, `{check-id: reason}` or `true` (every check). */
function readIgnore(v: unknown): Set<string> {
  if (v === true) return new Set(['*'])
  if (Array.isArray(v)) return new Set(v.filter((x): x is string => typeof x === 'string'))
  if (isObject(v)) return new Set(Object.keys(v))
  return new Set()
}

export type {SourceFile}
