import {T, table, type NodeType} from './model.js'
import {componentsType, oas3Types, operationFields} from './oas3.js'

/**
 * OpenAPI 3.1.x, from https://spec.openapis.org/oas/v3.1.0#schema and the official JSON Schema
 * (OAI/OpenAPI-Specification `schemas/v3.1/schema.yaml`). Schema Objects are JSON Schema 2020-12 with the OAS
 * base vocabulary: any keyword may appear, so only the known ones are checked, against the 2020-12 meta-schema.
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
    jsonSchemaDialect: str,
    servers: list(node('Server')),
    paths: node('Paths'),
    webhooks: map(node('Path Item')),
    components: node('Components'),
    security: list(node('Security Requirement')),
    tags: list(node('Tag')),
    externalDocs: node('External Documentation'),
  },
  required: ['openapi', 'info'],
  check(doc, report) {
    // "The OpenAPI document MUST contain at least one paths field, a components field or a webhooks field."
    if (doc['paths'] === undefined && doc['components'] === undefined && doc['webhooks'] === undefined) {
      report(undefined, 'OpenAPI object must have at least one of "paths", "components" and "webhooks".')
    }
  },
}

const info: NodeType = {
  name: 'Info',
  ref: 'none',
  fields: {title: str, summary: str, description: str, termsOfService: str, contact: node('Contact'), license: node('License'), version: str},
  required: ['title', 'version'],
}

const license: NodeType = {name: 'License', ref: 'none', fields: {name: str, identifier: str, url: str}, required: ['name']}

const components = componentsType({pathItems: true})

const operation: NodeType = {name: 'Operation', ref: 'none', fields: operationFields}

const SIMPLE_TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']
const schemaRef = node('Schema')
const schemaList = list(schemaRef, {nonEmpty: true})
const schemaMap = map(schemaRef)

/**
 * The keywords of the 2020-12 vocabularies (core, applicator, unevaluated, validation, meta-data, format-annotation,
 * content) and of the OAS base vocabulary, typed as the meta-schemas type them. Other keywords are allowed and left
 * alone (`nullable`, for one, means nothing in 3.1 but is not invalid).
 */
const schema: NodeType = {
  name: 'Schema',
  ref: 'field',
  booleanOk: true,
  open: true,
  fields: {
    // core
    $id: str,
    $schema: str,
    $ref: str,
    $anchor: str,
    $dynamicRef: str,
    $dynamicAnchor: str,
    $vocabulary: map(bool),
    $comment: str,
    $defs: schemaMap,
    // kept by the 2020-12 meta-schema from earlier drafts, with these types
    definitions: schemaMap,
    dependencies: map(T.either('a schema or an array of property names', schemaRef, list(str, {unique: true}))),
    $recursiveAnchor: str,
    $recursiveRef: str,
    // applicator
    prefixItems: schemaList,
    items: schemaRef,
    contains: schemaRef,
    additionalProperties: schemaRef,
    properties: schemaMap,
    patternProperties: schemaMap,
    dependentSchemas: schemaMap,
    propertyNames: schemaRef,
    if: schemaRef,
    then: schemaRef,
    else: schemaRef,
    allOf: schemaList,
    anyOf: schemaList,
    oneOf: schemaList,
    not: schemaRef,
    // unevaluated
    unevaluatedItems: schemaRef,
    unevaluatedProperties: schemaRef,
    // validation
    type: T.either('a type name or an array of type names', T.enum(...SIMPLE_TYPES), list(T.enum(...SIMPLE_TYPES), {nonEmpty: true, unique: true})),
    const: T.any,
    enum: list(T.any),
    multipleOf: T.positive,
    maximum: T.number,
    exclusiveMaximum: T.number,
    minimum: T.number,
    exclusiveMinimum: T.number,
    maxLength: T.count,
    minLength: T.count,
    pattern: str,
    maxItems: T.count,
    minItems: T.count,
    uniqueItems: bool,
    maxContains: T.count,
    minContains: T.count,
    maxProperties: T.count,
    minProperties: T.count,
    required: list(str, {unique: true}),
    dependentRequired: map(list(str, {unique: true})),
    // meta-data
    title: str,
    description: str,
    default: T.any,
    deprecated: bool,
    readOnly: bool,
    writeOnly: bool,
    examples: list(T.any),
    // format-annotation, content
    format: str,
    contentEncoding: str,
    contentMediaType: str,
    contentSchema: schemaRef,
    // OAS base vocabulary
    discriminator: node('Discriminator'),
    xml: node('XML'),
    externalDocs: node('External Documentation'),
    example: T.any,
  },
}

export const types31 = table('OpenAPI', [
  root,
  info,
  license,
  components,
  operation,
  schema,
  ...oas3Types({securityTypes: ['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect']}),
])
