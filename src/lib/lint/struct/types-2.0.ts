import {DRAFT4_VALIDATION, T, table, type FieldType, type NodeType} from './model.js'

/**
 * Swagger 2.0, from https://swagger.io/specification/v2/ (OAI/OpenAPI-Specification `versions/2.0.md`) and its
 * official JSON Schema (`schemas/v2.0/schema.json`).
 */

const str = T.string
const bool = T.boolean
const node = T.node
const list = T.list
const map = T.map

const root: NodeType = {
  name: 'Swagger',
  ref: 'none',
  fields: {
    swagger: T.enum('2.0'),
    info: node('Info'),
    host: str,
    basePath: str,
    schemes: list(T.enum('http', 'https', 'ws', 'wss')),
    consumes: list(str),
    produces: list(str),
    paths: node('Paths'),
    definitions: map(node('Schema')),
    parameters: map(node('Parameter')),
    responses: map(node('Response')),
    securityDefinitions: map(node('Security Scheme')),
    security: list(node('Security Requirement')),
    tags: list(node('Tag')),
    externalDocs: node('External Documentation'),
  },
  required: ['swagger', 'info', 'paths'],
}

const info: NodeType = {
  name: 'Info',
  ref: 'none',
  fields: {title: str, description: str, termsOfService: str, contact: node('Contact'), license: node('License'), version: str},
  required: ['title', 'version'],
}
const contact: NodeType = {name: 'Contact', ref: 'none', fields: {name: str, url: str, email: str}}
const license: NodeType = {name: 'License', ref: 'none', fields: {name: str, url: str}, required: ['name']}
const paths: NodeType = {name: 'Paths', ref: 'none', fields: {}, additional: node('Path Item')}
const pathItem: NodeType = {
  name: 'Path Item',
  ref: 'field',
  fields: {
    $ref: str,
    get: node('Operation'),
    put: node('Operation'),
    post: node('Operation'),
    delete: node('Operation'),
    options: node('Operation'),
    head: node('Operation'),
    patch: node('Operation'),
    parameters: list(node('Parameter')),
  },
}
const operation: NodeType = {
  name: 'Operation',
  ref: 'none',
  fields: {
    tags: list(str),
    summary: str,
    description: str,
    externalDocs: node('External Documentation'),
    operationId: str,
    consumes: list(str),
    produces: list(str),
    parameters: list(node('Parameter')),
    responses: node('Responses'),
    schemes: list(T.enum('http', 'https', 'ws', 'wss')),
    deprecated: bool,
    security: list(node('Security Requirement')),
  },
  required: ['responses'],
}
const externalDocs: NodeType = {name: 'External Documentation', ref: 'none', fields: {description: str, url: str}, required: ['url']}

/** The validation fields that parameters, items and headers share (JSON Schema Draft 4 keywords). */
function simpleFields(types: string[], collectionFormats: string[]): Record<string, FieldType> {
  return {
    type: T.enum(...types),
    format: str,
    items: node('Items'),
    collectionFormat: T.enum(...collectionFormats),
    default: T.any,
    maximum: T.number,
    exclusiveMaximum: bool,
    minimum: T.number,
    exclusiveMinimum: bool,
    maxLength: T.count,
    minLength: T.count,
    pattern: str,
    maxItems: T.count,
    minItems: T.count,
    uniqueItems: bool,
    enum: list(T.any, {nonEmpty: true}),
    multipleOf: T.positive,
  }
}

const PRIMITIVES = ['string', 'number', 'integer', 'boolean', 'array']
const FORMATS = ['csv', 'ssv', 'tsv', 'pipes']
const common = {name: str, in: T.enum('query', 'header', 'path', 'formData', 'body'), description: str, required: bool}

function parameterVariant(inValue: string, fields: Record<string, FieldType>, required: string[]): NodeType {
  return {name: 'Parameter', note: ` in "${inValue}"`, ref: 'reference', fields: {...common, ...fields}, required: ['name', 'in', ...required]}
}
// allowEmptyValue and the `multi` collection format belong to query and formData parameters only.
const variants: Record<string, NodeType> = {
  body: parameterVariant('body', {schema: node('Schema')}, ['schema']),
  query: parameterVariant('query', {allowEmptyValue: bool, ...simpleFields([...PRIMITIVES], [...FORMATS, 'multi'])}, ['type']),
  formData: parameterVariant('formData', {allowEmptyValue: bool, ...simpleFields([...PRIMITIVES, 'file'], [...FORMATS, 'multi'])}, ['type']),
  header: parameterVariant('header', simpleFields(PRIMITIVES, FORMATS), ['type']),
  path: parameterVariant('path', simpleFields(PRIMITIVES, FORMATS), ['type']),
}
const parameter: NodeType = {
  name: 'Parameter',
  ref: 'reference',
  fields: {...common, schema: node('Schema'), allowEmptyValue: bool, ...simpleFields([...PRIMITIVES, 'file'], [...FORMATS, 'multi'])},
  required: ['name', 'in'],
  variant: (p) => (typeof p['in'] === 'string' ? variants[p['in']] : undefined),
}

const items: NodeType = {name: 'Items', ref: 'none', fields: simpleFields(PRIMITIVES, FORMATS), required: ['type']}
const responses: NodeType = {name: 'Responses', ref: 'none', fields: {default: node('Response')}, additional: node('Response')}
const response: NodeType = {
  name: 'Response',
  ref: 'reference',
  fields: {description: str, schema: node('Schema'), headers: map(node('Header')), examples: map(T.any)},
  required: ['description'],
}
const header: NodeType = {name: 'Header', ref: 'none', fields: {description: str, ...simpleFields(PRIMITIVES, FORMATS)}, required: ['type']}
const tag: NodeType = {name: 'Tag', ref: 'none', fields: {name: str, description: str, externalDocs: node('External Documentation')}, required: ['name']}

/** JSON Schema Draft 4 names, and `file` (which the specification allows for response schemas). */
const SCHEMA_TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string', 'file']
const schema: NodeType = {
  name: 'Schema',
  ref: 'reference',
  fields: {
    format: str,
    title: str,
    description: str,
    default: T.any,
    ...DRAFT4_VALIDATION,
    type: T.either('a type name or an array of type names', T.enum(...SCHEMA_TYPES), list(T.enum(...SCHEMA_TYPES), {nonEmpty: true, unique: true})),
    items: T.either('a schema or an array of schemas', node('Schema'), list(node('Schema'), {nonEmpty: true})),
    allOf: list(node('Schema'), {nonEmpty: true}),
    properties: map(node('Schema')),
    additionalProperties: T.either('a boolean or a schema', bool, node('Schema')),
    discriminator: str,
    readOnly: bool,
    xml: node('XML'),
    externalDocs: node('External Documentation'),
    example: T.any,
  },
}
const xml: NodeType = {name: 'XML', ref: 'none', fields: {name: str, namespace: str, prefix: str, attribute: bool, wrapped: bool}}

const schemeBase = {type: T.enum('basic', 'apiKey', 'oauth2'), description: str}
const FLOW_URLS: Record<string, string[]> = {
  implicit: ['authorizationUrl'],
  password: ['tokenUrl'],
  application: ['tokenUrl'],
  accessCode: ['authorizationUrl', 'tokenUrl'],
}
const scheme = (note: string, fields: Record<string, FieldType>, required: string[]): NodeType => ({
  name: 'Security Scheme',
  note,
  ref: 'none',
  fields: {...schemeBase, ...fields},
  required: ['type', ...required],
})
const oauthVariants = Object.fromEntries(
  Object.entries(FLOW_URLS).map(([flow, urls]) => [
    flow,
    scheme(` with flow "${flow}"`, {flow: T.enum(...Object.keys(FLOW_URLS)), scopes: node('Scopes'), ...Object.fromEntries(urls.map((u) => [u, str]))}, [
      'flow',
      ...urls,
      'scopes',
    ]),
  ]),
)
const oauth2 = scheme(' with type "oauth2"', {flow: T.enum(...Object.keys(FLOW_URLS)), scopes: node('Scopes'), authorizationUrl: str, tokenUrl: str}, ['flow', 'scopes'])
const schemeVariants: Record<string, NodeType> = {
  basic: scheme(' with type "basic"', {}, []),
  apiKey: scheme(' with type "apiKey"', {name: str, in: T.enum('query', 'header')}, ['name', 'in']),
}
const securityScheme: NodeType = {
  name: 'Security Scheme',
  ref: 'none',
  fields: {...schemeBase, name: str, in: T.enum('query', 'header'), flow: T.enum(...Object.keys(FLOW_URLS)), authorizationUrl: str, tokenUrl: str, scopes: node('Scopes')},
  required: ['type'],
  variant: (s) => {
    if (s['type'] === 'oauth2') return typeof s['flow'] === 'string' && oauthVariants[s['flow']] ? oauthVariants[s['flow']] : oauth2
    return typeof s['type'] === 'string' ? schemeVariants[s['type']] : undefined
  },
}
const scopes: NodeType = {name: 'Scopes', ref: 'none', fields: {}, additional: str}
const securityRequirement: NodeType = {name: 'Security Requirement', ref: 'none', fields: {}, additional: list(str), extensions: false}

export const types20 = table('Swagger', [
  root,
  info,
  contact,
  license,
  paths,
  pathItem,
  operation,
  externalDocs,
  parameter,
  items,
  responses,
  response,
  header,
  tag,
  schema,
  xml,
  securityScheme,
  scopes,
  securityRequirement,
])
