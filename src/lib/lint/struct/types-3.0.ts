import {DRAFT4_VALIDATION, T, table, type NodeType} from './model.js'
import {componentsType, oas3Types, operationFields} from './oas3.js'

/**
 * OpenAPI 3.0.x, from https://spec.openapis.org/oas/v3.0.3#schema and the official JSON Schema
 * (OAI/OpenAPI-Specification `schemas/v3.0/schema.yaml`).
 */

const str = T.string
const bool = T.boolean
const node = T.node
const list = T.list
const map = T.map

const root: NodeType = {
  name: 'OpenAPI',
  ref: 'none',
  fields: {
    openapi: str,
    info: node('Info'),
    servers: list(node('Server')),
    paths: node('Paths'),
    components: node('Components'),
    security: list(node('Security Requirement')),
    tags: list(node('Tag')),
    externalDocs: node('External Documentation'),
  },
  required: ['openapi', 'info', 'paths'],
}

const info: NodeType = {
  name: 'Info',
  ref: 'none',
  fields: {title: str, description: str, termsOfService: str, contact: node('Contact'), license: node('License'), version: str},
  required: ['title', 'version'],
}

const license: NodeType = {name: 'License', ref: 'none', fields: {name: str, url: str}, required: ['name']}

const components = componentsType({pathItems: false})

const operation: NodeType = {name: 'Operation', ref: 'none', fields: operationFields, required: ['responses']}

/**
 * "an extended subset of the JSON Schema Specification Wright Draft 00": only the keywords listed, with
 * `type` a single name, `items` one schema, and `required` and `enum` non-empty (as that draft says).
 * "Additional properties defined by the JSON Schema specification that are not mentioned here are strictly
 * unsupported."
 */
const schema: NodeType = {
  name: 'Schema',
  ref: 'reference',
  fields: {
    title: str,
    ...DRAFT4_VALIDATION,
    type: T.enum('array', 'boolean', 'integer', 'number', 'object', 'string'),
    allOf: list(node('Schema')),
    oneOf: list(node('Schema')),
    anyOf: list(node('Schema')),
    not: node('Schema'),
    items: node('Schema'),
    properties: map(node('Schema')),
    additionalProperties: T.either('a boolean or a schema', bool, node('Schema')),
    description: str,
    format: str,
    default: T.any,
    nullable: bool,
    discriminator: node('Discriminator'),
    readOnly: bool,
    writeOnly: bool,
    xml: node('XML'),
    externalDocs: node('External Documentation'),
    example: T.any,
    deprecated: bool,
  },
}

export const types30 = table('OpenAPI', [
  root,
  info,
  license,
  components,
  operation,
  schema,
  ...oas3Types({securityTypes: ['apiKey', 'http', 'oauth2', 'openIdConnect']}),
])
