import {T, type FieldType, type NodeType} from './model.js'

/**
 * The node types OpenAPI 3.0 and 3.1 share, field by field from the specification's "Fixed Fields" tables
 * (https://spec.openapis.org/oas/v3.0.3#schema, https://spec.openapis.org/oas/v3.1.0#schema). Each version adds or
 * replaces the types that differ (root, Info, License, Components, Schema…).
 *
 * Some MUSTs are left to their own rules so that a user can see and switch them separately, and each problem is
 * reported once: response codes (`response-code-format`), path keys (`path-key-format`), component names
 * (`component-name-format`), schema/content and example/examples exclusivity, server variable enums.
 */

/** Serialization styles by parameter location (the "Style Values" table; the official schemas enforce it). */
export const STYLES: Record<string, readonly string[]> = {
  path: ['matrix', 'label', 'simple'],
  query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
  header: ['simple'],
  cookie: ['form'],
}

const str = T.string
const bool = T.boolean
const node = T.node
const list = T.list
const map = T.map

/**
 * Fields that describe serialization through `schema`: with `content` instead, the official JSON Schemas of 3.0 and
 * 3.1 reject them (the media type carries its own examples).
 */
const SCHEMA_ONLY = ['style', 'explode', 'allowReserved', 'example', 'examples']

function contentExclusions(node: Record<string, unknown>, report: (key: string | undefined, message: string) => void, what: string): void {
  if (node['content'] === undefined || node['schema'] !== undefined) return
  for (const k of SCHEMA_ONLY) {
    if (node[k] !== undefined) report(k, `Property "${k}" is not allowed in ${what} with "content": it goes with "schema" (or, for examples, in the media type).`)
  }
}

export function oas3Types(opts: {securityTypes: string[]}): NodeType[] {
  const contact: NodeType = {name: 'Contact', ref: 'none', fields: {name: str, url: str, email: str}}
  const server: NodeType = {
    name: 'Server',
    ref: 'none',
    fields: {url: str, description: str, variables: map(node('Server Variable'))},
    required: ['url'],
  }
  const serverVariable: NodeType = {
    name: 'Server Variable',
    ref: 'none',
    record: true,
    fields: {enum: list(str), default: str, description: str},
    required: ['default'],
  }
  const paths: NodeType = {name: 'Paths', ref: 'none', fields: {}, additional: node('Path Item')}
  const pathItem: NodeType = {
    name: 'Path Item',
    ref: 'field',
    fields: {
      $ref: str,
      summary: str,
      description: str,
      get: node('Operation'),
      put: node('Operation'),
      post: node('Operation'),
      delete: node('Operation'),
      options: node('Operation'),
      head: node('Operation'),
      patch: node('Operation'),
      trace: node('Operation'),
      servers: list(node('Server')),
      parameters: list(node('Parameter')),
    },
  }
  const externalDocs: NodeType = {name: 'External Documentation', ref: 'none', fields: {description: str, url: str}, required: ['url']}
  const content = map(node('Media Type'))
  const parameter: NodeType = {
    name: 'Parameter',
    ref: 'reference',
    fields: {
      name: str,
      in: T.enum('query', 'header', 'path', 'cookie'),
      description: str,
      required: bool,
      deprecated: bool,
      allowEmptyValue: bool,
      style: str,
      explode: bool,
      allowReserved: bool,
      schema: node('Schema'),
      example: T.any,
      examples: map(node('Example')),
      content,
    },
    required: ['name', 'in'],
    check(p, report) {
      contentExclusions(p, report, 'a Parameter object')
      const styles = typeof p['in'] === 'string' ? STYLES[p['in']] : undefined
      const style = p['style']
      if (styles && typeof style === 'string' && !styles.includes(style)) {
        report('style', `"style" "${style}" does not apply to ${String(p['in'])} parameters: use ${styles.map((s) => `"${s}"`).join(', ')}.`)
      }
    },
  }
  const requestBody: NodeType = {
    name: 'Request Body',
    ref: 'reference',
    fields: {description: str, content, required: bool},
    required: ['content'],
  }
  const mediaType: NodeType = {
    name: 'Media Type',
    ref: 'none',
    fields: {schema: node('Schema'), example: T.any, examples: map(node('Example')), encoding: map(node('Encoding'))},
  }
  const encoding: NodeType = {
    name: 'Encoding',
    ref: 'none',
    fields: {
      contentType: str,
      headers: map(node('Header')),
      style: T.enum(...STYLES['query']!),
      explode: bool,
      allowReserved: bool,
    },
  }
  const responses: NodeType = {name: 'Responses', ref: 'none', fields: {default: node('Response')}, additional: node('Response')}
  const response: NodeType = {
    name: 'Response',
    ref: 'reference',
    fields: {description: str, headers: map(node('Header')), content, links: map(node('Link'))},
    required: ['description'],
  }
  const callback: NodeType = {name: 'Callback', ref: 'reference', fields: {}, additional: node('Path Item')}
  const example: NodeType = {
    name: 'Example',
    ref: 'reference',
    record: true,
    fields: {summary: str, description: str, value: T.any, externalValue: str},
  }
  const link: NodeType = {
    name: 'Link',
    ref: 'reference',
    record: true,
    fields: {operationRef: str, operationId: str, parameters: map(T.any), requestBody: T.any, description: str, server: node('Server')},
  }
  const header: NodeType = {
    name: 'Header',
    ref: 'reference',
    fields: {
      description: str,
      required: bool,
      deprecated: bool,
      allowEmptyValue: bool,
      style: T.enum('simple'),
      explode: bool,
      allowReserved: bool,
      schema: node('Schema'),
      example: T.any,
      examples: map(node('Example')),
      content,
    },
    check: (h, report) => contentExclusions(h, report, 'a Header object'),
  }
  const tag: NodeType = {name: 'Tag', ref: 'none', fields: {name: str, description: str, externalDocs: node('External Documentation')}, required: ['name']}
  const xml: NodeType = {name: 'XML', ref: 'none', fields: {name: str, namespace: str, prefix: str, attribute: bool, wrapped: bool}}
  const discriminator: NodeType = {name: 'Discriminator', ref: 'none', fields: {propertyName: str, mapping: map(str)}, required: ['propertyName']}

  const schemeBase = {type: T.enum(...opts.securityTypes), description: str}
  const schemeVariant = (type: string, fields: Record<string, FieldType>, required: string[], check?: NodeType['check']): NodeType => ({
    name: 'Security Scheme',
    note: ` with type "${type}"`,
    ref: 'reference',
    fields: {...schemeBase, ...fields},
    required: ['type', ...required],
    ...(check ? {check} : {}),
  })
  const schemeVariants: Record<string, NodeType> = {
    apiKey: schemeVariant('apiKey', {name: str, in: T.enum('query', 'header', 'cookie')}, ['name', 'in']),
    http: schemeVariant('http', {scheme: str, bearerFormat: str}, ['scheme'], (s, report) => {
      if (s['bearerFormat'] !== undefined && typeof s['scheme'] === 'string' && s['scheme'].toLowerCase() !== 'bearer') {
        report('bearerFormat', `"bearerFormat" applies only to the "bearer" scheme, not "${s['scheme']}".`)
      }
    }),
    oauth2: schemeVariant('oauth2', {flows: node('OAuth Flows')}, ['flows']),
    openIdConnect: schemeVariant('openIdConnect', {openIdConnectUrl: str}, ['openIdConnectUrl']),
    mutualTLS: schemeVariant('mutualTLS', {}, []),
  }
  const securityScheme: NodeType = {
    name: 'Security Scheme',
    ref: 'reference',
    fields: {
      ...schemeBase,
      // Until the type is known, any field of any type may appear.
      name: str,
      in: T.enum('query', 'header', 'cookie'),
      scheme: str,
      bearerFormat: str,
      flows: node('OAuth Flows'),
      openIdConnectUrl: str,
    },
    required: ['type'],
    variant: (s) => (typeof s['type'] === 'string' && opts.securityTypes.includes(s['type']) ? schemeVariants[s['type']] : undefined),
  }
  const flow = (kind: string, urls: string[]): NodeType => ({
    name: 'OAuth Flow',
    note: ` for the ${kind} flow`,
    ref: 'none',
    fields: {...Object.fromEntries(urls.map((u) => [u, str])), refreshUrl: str, scopes: map(str)},
    required: [...urls, 'scopes'],
  })
  const flows: NodeType = {
    name: 'OAuth Flows',
    ref: 'none',
    fields: {
      implicit: node('OAuth Flow for the implicit flow'),
      password: node('OAuth Flow for the password flow'),
      clientCredentials: node('OAuth Flow for the clientCredentials flow'),
      authorizationCode: node('OAuth Flow for the authorizationCode flow'),
    },
  }
  const securityRequirement: NodeType = {name: 'Security Requirement', ref: 'none', fields: {}, additional: list(str), extensions: false}

  return [
    contact,
    server,
    serverVariable,
    paths,
    pathItem,
    externalDocs,
    parameter,
    requestBody,
    mediaType,
    encoding,
    responses,
    response,
    callback,
    example,
    link,
    header,
    tag,
    xml,
    discriminator,
    securityScheme,
    flows,
    flow('implicit', ['authorizationUrl']),
    flow('password', ['tokenUrl']),
    flow('clientCredentials', ['tokenUrl']),
    flow('authorizationCode', ['authorizationUrl', 'tokenUrl']),
    securityRequirement,
  ]
}

/** Operation fields common to 3.0 and 3.1 (`responses` is REQUIRED in 3.0 only). */
export const operationFields: Record<string, FieldType> = {
  tags: list(str),
  summary: str,
  description: str,
  externalDocs: node('External Documentation'),
  operationId: str,
  parameters: list(node('Parameter')),
  requestBody: node('Request Body'),
  responses: node('Responses'),
  callbacks: map(node('Callback')),
  deprecated: bool,
  security: list(node('Security Requirement')),
  servers: list(node('Server')),
}

/** The Components object: 3.1 adds reusable `pathItems`. */
export function componentsType(opts: {pathItems: boolean}): NodeType {
  return {
    name: 'Components',
    ref: 'none',
    fields: {
      schemas: map(node('Schema')),
      responses: map(node('Response')),
      parameters: map(node('Parameter')),
      examples: map(node('Example')),
      requestBodies: map(node('Request Body')),
      headers: map(node('Header')),
      securitySchemes: map(node('Security Scheme')),
      links: map(node('Link')),
      callbacks: map(node('Callback')),
      ...(opts.pathItems ? {pathItems: map(node('Path Item'))} : {}),
    },
  }
}
