import {testRule} from '../../helpers/rule.js'

const info = `info: {title: t, version: '1'}`

testRule('struct', [
  // ---------------------------------------------------------------- Swagger 2.0
  {
    name: '2.0: a complete valid document passes',
    doc: `swagger: '2.0'
${info}
host: api.example.com
basePath: /v1
schemes: [https]
consumes: [application/json]
produces: [application/json]
x-top: anything
tags: [{name: pets, description: d, externalDocs: {url: 'https://example.com'}}]
securityDefinitions:
  basic: {type: basic}
  key: {type: apiKey, name: X-Key, in: header}
  implicit: {type: oauth2, flow: implicit, authorizationUrl: 'https://a', scopes: {read: r, x-note: n}}
  code: {type: oauth2, flow: accessCode, authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {}}
security: [{key: []}]
parameters:
  limit: {name: limit, in: query, type: integer, minimum: 1, collectionFormat: multi, allowEmptyValue: true}
responses:
  NotFound: {description: nope, schema: {$ref: '#/definitions/Error'}}
definitions:
  Error:
    type: object
    required: [code]
    properties:
      code: {type: integer, format: int32}
      tags: {type: array, items: {type: string}}
      any: {}
    additionalProperties: false
    x-internal: true
  Pet:
    allOf: [{$ref: '#/definitions/Error'}, {type: object, discriminator: kind, required: [kind], properties: {kind: {type: string}}}]
    xml: {name: pet, wrapped: false}
paths:
  x-paths-note: ok
  /pets/{id}:
    parameters: [{name: id, in: path, required: true, type: string}]
    get:
      operationId: getPet
      parameters:
        - $ref: '#/parameters/limit'
        - {name: tags, in: query, type: array, items: {type: array, items: {type: string}, collectionFormat: pipes}}
      responses:
        '200':
          description: ok
          headers: {X-Rate: {type: integer, description: rate}}
          examples: {application/json: {id: 1}}
          schema: {type: file}
        '404': {$ref: '#/responses/NotFound'}
        default: {description: error}
        x-extra: 1
    post:
      consumes: [multipart/form-data]
      parameters:
        - {name: file, in: formData, type: file}
      responses: {'201': {description: created}}
`,
    errors: [],
  },
  {
    name: '2.0: unknown fields, wrong types and missing required fields',
    doc: `swagger: '2.0'
info: {title: t, version: 1}
paths:
  /a:
    get:
      summary: 1
      foo: bar
      parameters:
        - {name: q, in: query}
        - {name: b, in: body, type: string, schema: {type: string}}
        - {name: h, in: header, type: array, collectionFormat: multi, items: {type: string}}
    post:
      responses:
        '200': {schema: {oneOf: [{type: string}]}}
`,
    errors: [
      {pointer: '/info/version', message: /^"version" must be a string, got number\.$/},
      {pointer: '/paths/~1a/get', message: /^Operation object must have "responses"\.$/},
      {pointer: '/paths/~1a/get/summary', message: /^"summary" must be a string, got number\.$/},
      {pointer: '/paths/~1a/get/foo', message: /^Property "foo" is not allowed in an Operation object\.$/},
      {pointer: '/paths/~1a/get/parameters/0', message: /Parameter object in "query" must have "type"/},
      {pointer: '/paths/~1a/get/parameters/1/type', message: /Property "type" is not allowed in a Parameter object in "body"/},
      {pointer: '/paths/~1a/get/parameters/2/collectionFormat', message: /must be one of "csv", "ssv", "tsv", "pipes"; got "multi"/},
      {pointer: '/paths/~1a/post/responses/200', message: /Response object must have "description"/},
      {pointer: '/paths/~1a/post/responses/200/schema/oneOf', message: /Property "oneOf" is not allowed in a Schema object/},
    ],
  },
  {
    name: '2.0: security schemes need the fields of their type and flow',
    doc: `swagger: '2.0'
${info}
paths: {}
securityDefinitions:
  key: {type: apiKey, name: k, in: cookie}
  implicit: {type: oauth2, flow: implicit, scopes: {}, tokenUrl: 'https://t'}
  weird: {type: digest}
`,
    errors: [
      {pointer: '/securityDefinitions/key/in', message: /"in" must be one of "query", "header"; got "cookie"/},
      {pointer: '/securityDefinitions/implicit', message: /Security Scheme object with flow "implicit" must have "authorizationUrl"/},
      {pointer: '/securityDefinitions/implicit/tokenUrl', message: /Property "tokenUrl" is not allowed in a Security Scheme object with flow "implicit"/},
      {pointer: '/securityDefinitions/weird/type', message: /"type" must be one of "basic", "apiKey", "oauth2"; got "digest"/},
    ],
  },
  {
    name: '2.0: a problem in a referenced file is reported there, once, even through a cycle',
    doc: {
      'swagger.yaml': `swagger: '2.0'
${info}
paths:
  /a:
    get:
      responses:
        '200': {description: ok, schema: {$ref: 'defs.yaml#/Node'}}
        '201': {description: ok, schema: {$ref: 'defs.yaml#/Node'}}
`,
      'defs.yaml': `Node:
  type: object
  properties:
    next: {$ref: '#/Node'}
    size: {type: integer, minimum: '1'}
`,
    },
    errors: [{pointer: '/Node/properties/size/minimum', file: 'defs.yaml', message: /"minimum" must be a number, got string/, line: 5}],
  },

  // ---------------------------------------------------------------- OpenAPI 3.0
  {
    name: '3.0: a complete valid document passes',
    doc: `openapi: 3.0.3
info:
  title: t
  version: '1'
  description: d
  termsOfService: 'https://example.com/tos'
  contact: {name: n, url: 'https://example.com', email: a@example.com}
  license: {name: MIT, url: 'https://opensource.org/licenses/MIT'}
  x-logo: {url: 'https://example.com/logo.png'}
servers:
  - url: 'https://{env}.example.com'
    variables: {env: {default: api, enum: [api, staging], description: e}}
tags: [{name: pets}]
externalDocs: {url: 'https://example.com/docs'}
security: [{oauth: [read]}, {}]
paths:
  /pets/{id}:
    summary: s
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}, style: simple}
    get:
      tags: [pets]
      operationId: getPet
      parameters:
        - {name: filter, in: query, style: deepObject, explode: true, schema: {type: object, additionalProperties: {type: string}}}
        - {name: coords, in: query, content: {application/json: {schema: {type: object}}}}
        - {$ref: '#/components/parameters/Trace'}
      responses:
        '200':
          description: ok
          headers:
            X-Rate: {schema: {type: integer}, required: true}
            X-Ref: {$ref: '#/components/headers/Rate'}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
              examples: {one: {$ref: '#/components/examples/Pet'}}
          links:
            self: {operationId: getPet, parameters: {id: '$response.body#/id'}, server: {url: 'https://x'}}
        2XX: {description: other success}
        default: {$ref: '#/components/responses/Error'}
      callbacks:
        onEvent:
          '{$request.body#/url}':
            post:
              requestBody: {content: {application/json: {schema: {type: object}}}}
              responses: {'200': {description: ok}}
      deprecated: false
      x-amazon-apigateway-integration: {type: mock}
components:
  schemas:
    Pet:
      type: object
      required: [id, kind]
      properties:
        id: {type: integer, format: int64, minimum: 0, exclusiveMinimum: true, readOnly: true}
        name: {type: string, nullable: true, maxLength: 10, pattern: '^[a-z]+$', example: rex}
        kind: {type: string, enum: [cat, dog]}
        tags: {type: array, items: {type: string}, uniqueItems: true}
        owner: {$ref: '#/components/schemas/Owner', description: siblings of $ref are ignored in 3.0}
      discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Pet'}}
      xml: {name: pet}
      x-go-type: Pet
    Owner:
      oneOf: [{type: string}, {type: integer}]
      not: {type: boolean}
  parameters:
    Trace: {name: X-Trace, in: header, schema: {type: string}, examples: {a: {value: '1'}}}
  headers:
    Rate: {schema: {type: integer}}
  examples:
    Pet: {summary: s, value: {id: 1}}
  responses:
    Error: {description: error, content: {text/plain: {schema: {type: string}}}}
  requestBodies:
    Upload:
      required: true
      content:
        multipart/form-data:
          schema: {type: object, properties: {file: {type: string, format: binary}}}
          encoding: {file: {contentType: image/png, headers: {X-Part: {schema: {type: string}}}, style: form}}
  securitySchemes:
    key: {type: apiKey, name: k, in: cookie}
    basic: {type: http, scheme: basic}
    jwt: {type: http, scheme: Bearer, bearerFormat: JWT}
    oidc: {type: openIdConnect, openIdConnectUrl: 'https://example.com/.well-known/openid-configuration'}
    oauth:
      type: oauth2
      flows:
        implicit: {authorizationUrl: 'https://a', scopes: {read: r}}
        password: {tokenUrl: 'https://t', scopes: {}}
        clientCredentials: {tokenUrl: 'https://t', refreshUrl: 'https://r', scopes: {}}
        authorizationCode: {authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {}}
  links:
    Self: {operationRef: '#/paths/~1pets~1{id}/get'}
  callbacks:
    Hook:
      '{$request.body#/url}':
        post: {responses: {'200': {description: ok}}}
`,
    errors: [],
  },
  {
    name: '3.0: root, info and header problems (a Swagger-style header type)',
    doc: `openapi: 3.0.1
info: {title: t, version: 1.0, summary: not in 3.0}
components:
  pathItems: {}
`,
    errors: [
      {pointer: '', message: /^OpenAPI object must have "paths"\.$/},
      {pointer: '/info/version', message: /"version" must be a string, got number/},
      {pointer: '/info/summary', message: /Property "summary" is not allowed in an Info object/},
      {pointer: '/components/pathItems', message: /Property "pathItems" is not allowed in a Components object/},
    ],
  },
  {
    name: '3.0: parameters, headers, responses and media types',
    doc: `openapi: 3.0.3
${info}
paths:
  /a/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, style: form, schema: {type: string}}
        - {name: b, in: body, schema: {type: string}}
        - {in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          headers:
            X-Count: {type: integer, description: Swagger 2 style}
            X-Style: {style: form, schema: {type: string}, name: X-Style}
          content:
            application/json: {schema: {type: object}, examplez: {}}
        '404': {content: {}}
`,
    errors: [
      {pointer: '/paths/~1a~1{id}/get/parameters/0/style', message: /"style" "form" does not apply to path parameters: use "matrix", "label", "simple"/},
      {pointer: '/paths/~1a~1{id}/get/parameters/1/in', message: /"in" must be one of "query", "header", "path", "cookie"; got "body"/},
      {pointer: '/paths/~1a~1{id}/get/parameters/2', message: /Parameter object must have "name"/},
      {pointer: '/paths/~1a~1{id}/get/responses/200/headers/X-Count/type', message: /Property "type" is not allowed in a Header object/},
      {pointer: '/paths/~1a~1{id}/get/responses/200/headers/X-Style/style', message: /"style" must be one of "simple"; got "form"/},
      {pointer: '/paths/~1a~1{id}/get/responses/200/headers/X-Style/name', message: /Property "name" is not allowed in a Header object/},
      {pointer: '/paths/~1a~1{id}/get/responses/200/content/application~1json/examplez', message: /Property "examplez" is not allowed in a Media Type object/},
      {pointer: '/paths/~1a~1{id}/get/responses/404', message: /Response object must have "description"/},
    ],
  },
  {
    name: '3.x: with "content" instead of "schema", serialization fields and examples do not belong on the parameter or header',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
components:
  parameters:
    Filter:
      name: filter
      in: query
      style: form
      example: {a: 1}
      content: {application/json: {schema: {type: object}, example: {a: 1}}}
  headers:
    H: {explode: true, content: {text/plain: {}}}
`,
    errors: [
      {pointer: '/components/parameters/Filter/style', message: /Property "style" is not allowed in a Parameter object with "content": it goes with "schema"/},
      {pointer: '/components/parameters/Filter/example'},
      {pointer: '/components/headers/H/explode', message: /in a Header object with "content"/},
    ],
  },
  {
    name: '3.0: schema keywords are limited to the 3.0 subset and typed',
    doc: `openapi: 3.0.3
${info}
paths: {}
components:
  schemas:
    A:
      type: [string, 'null']
      required: []
      items: [{type: string}]
      const: 1
      exclusiveMinimum: 3
      maxLength: -1
      multipleOf: 0
      additionalProperties: 'no'
      properties: {a: 1}
    B: {discriminator: {mapping: {}}, xml: {wrapped: 'yes'}}
`,
    errors: [
      {pointer: '/components/schemas/A/type', message: /"type" must be a string, got array/},
      {pointer: '/components/schemas/A/required', message: /"required" must not be empty/},
      {pointer: '/components/schemas/A/items', message: /"items" must be a Schema object, got array/},
      {pointer: '/components/schemas/A/const', message: /Property "const" is not allowed in a Schema object/},
      {pointer: '/components/schemas/A/exclusiveMinimum', message: /must be a boolean, got number/},
      {pointer: '/components/schemas/A/maxLength', message: /must be a non-negative integer, got -1/},
      {pointer: '/components/schemas/A/multipleOf', message: /must be a number above 0, got 0/},
      {pointer: '/components/schemas/A/additionalProperties', message: /must be a boolean or a schema, got string/},
      {pointer: '/components/schemas/A/properties/a', message: /"properties.a" must be a Schema object, got number/},
      {pointer: '/components/schemas/B/discriminator', message: /Discriminator object must have "propertyName"/},
      {pointer: '/components/schemas/B/xml/wrapped', message: /"wrapped" must be a boolean, got string/},
    ],
  },
  {
    name: '3.0: security schemes and OAuth flows',
    doc: `openapi: 3.0.3
${info}
paths: {}
components:
  securitySchemes:
    key: {type: apiKey, name: k}
    basic: {type: http, scheme: basic, bearerFormat: JWT}
    oauth:
      type: oauth2
      flows:
        implicit: {authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {}}
        password: {scopes: {}}
    tls: {type: mutualTLS}
    odd: {type: apiKey, name: k, in: header, flows: {}}
`,
    errors: [
      {pointer: '/components/securitySchemes/key', message: /Security Scheme object with type "apiKey" must have "in"/},
      {pointer: '/components/securitySchemes/basic/bearerFormat', message: /"bearerFormat" applies only to the "bearer" scheme, not "basic"/},
      {pointer: '/components/securitySchemes/oauth/flows/implicit/tokenUrl', message: /Property "tokenUrl" is not allowed in an OAuth Flow object for the implicit flow/},
      {pointer: '/components/securitySchemes/oauth/flows/password', message: /OAuth Flow object for the password flow must have "tokenUrl"/},
      {pointer: '/components/securitySchemes/tls/type', message: /"type" must be one of "apiKey", "http", "oauth2", "openIdConnect"; got "mutualTLS"/},
      {pointer: '/components/securitySchemes/odd/flows', message: /Property "flows" is not allowed in a Security Scheme object with type "apiKey"/},
    ],
  },
  {
    name: '3.0: servers, links, examples and tags',
    doc: `openapi: 3.0.3
${info}
servers:
  - description: no url
    variables: {v: {enum: [a]}}
tags: [{description: no name}]
paths: {}
components:
  links:
    L: {operationId: x, body: {}}
  examples:
    E: {value: 1, summary: 2}
`,
    errors: [
      {pointer: '/servers/0', message: /Server object must have "url"/},
      {pointer: '/servers/0/variables/v', message: /Server Variable object must have "default"/},
      {pointer: '/tags/0', message: /Tag object must have "name"/},
      {pointer: '/components/links/L/body', message: /Property "body" is not allowed in a Link object/},
      {pointer: '/components/examples/E/summary', message: /"summary" must be a string, got number/},
    ],
  },
  {
    name: '3.0: a path item $ref and a referenced operation file are checked where they are written',
    doc: {
      'openapi.yaml': `openapi: 3.0.3
${info}
paths:
  /a: {$ref: 'paths.yaml#/a'}
`,
      'paths.yaml': `a:
  get:
    responses: {'200': {description: ok}}
    oprationId: typo
`,
    },
    errors: [{pointer: '/a/get/oprationId', file: 'paths.yaml', message: /Property "oprationId" is not allowed in an Operation object/, line: 4}],
  },

  // ---------------------------------------------------------------- OpenAPI 3.1
  {
    name: '3.1: a webhooks-only document with JSON Schema 2020-12 schemas passes',
    doc: `openapi: 3.1.0
info: {title: t, version: '1', summary: s, license: {name: Apache 2.0, identifier: Apache-2.0}}
jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base'
webhooks:
  newPet:
    post:
      requestBody:
        description: pet
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet', description: a sibling of $ref}
      responses: {'200': {description: ok}}
components:
  schemas:
    Pet:
      $schema: 'https://json-schema.org/draft/2020-12/schema'
      type: [object, 'null']
      required: [id]
      properties:
        id: {type: integer, exclusiveMinimum: 0, examples: [1, 2]}
        name: {type: string, nullable: true, x-anything: 1, unknownKeyword: {whatever: true}}
        tags: {type: array, prefixItems: [{type: string}], items: false, contains: true}
        meta: true
        any: {}
      additionalProperties: false
      unevaluatedProperties: false
      dependentRequired: {name: [id]}
      $defs: {Id: {type: integer}}
      if: {properties: {id: {const: 0}}}
      then: {required: [name]}
      else: true
      discriminator: {propertyName: id, x-ext: 1}
  pathItems:
    Shared:
      get: {responses: {'200': {description: ok}}}
  parameters:
    P: {name: p, in: query, schema: {type: string}}
    R: {$ref: '#/components/parameters/P', summary: s, description: d}
  securitySchemes:
    tls: {type: mutualTLS, description: client certificates}
`,
    errors: [],
  },
  {
    name: '3.1: operations without responses pass; paths is optional but one of paths, components, webhooks is required',
    doc: `openapi: 3.1.0
${info}
`,
    errors: [{pointer: '', message: /OpenAPI object must have at least one of "paths", "components" and "webhooks"/}],
  },
  {
    name: '3.1: known JSON Schema keywords are typed, unknown ones are left alone',
    doc: `openapi: 3.1.0
${info}
paths:
  /a:
    get: {}
components:
  schemas:
    A:
      type: [string, text]
      required: id
      enum: {a: 1}
      exclusiveMinimum: true
      examples: {a: {value: 1}}
      properties: [a]
      items: [{type: string}]
      allOf: []
      nullable: true
      format: 1
    B:
      $ref: '#/components/schemas/A'
      minLength: '3'
    C: 'yes'
`,
    errors: [
      {pointer: '/components/schemas/A/type/1', message: /"type\[1\]" must be one of "array", "boolean", "integer", "null", "number", "object", "string"; got "text"/},
      {pointer: '/components/schemas/A/required', message: /"required" must be an array, got string/},
      {pointer: '/components/schemas/A/enum', message: /"enum" must be an array, got object/},
      {pointer: '/components/schemas/A/exclusiveMinimum', message: /"exclusiveMinimum" must be a number, got boolean/},
      {pointer: '/components/schemas/A/examples', message: /"examples" must be an array, got object/},
      {pointer: '/components/schemas/A/properties', message: /"properties" must be an object, got array/},
      {pointer: '/components/schemas/A/items', message: /"items" must be a schema \(an object or a boolean\), got array/},
      {pointer: '/components/schemas/A/allOf', message: /"allOf" must not be empty/},
      {pointer: '/components/schemas/A/format', message: /"format" must be a string, got number/},
      {pointer: '/components/schemas/B/minLength', message: /"minLength" must be a non-negative integer, got string/},
      {pointer: '/components/schemas/C', message: /"schemas.C" must be a schema \(an object or a boolean\), got string/},
    ],
  },
  {
    name: '3.1: license, info and security scheme fields',
    doc: `openapi: 3.1.0
info: {title: t, version: '1', license: {identifier: MIT}, contact: {mail: a@b.c}}
components:
  securitySchemes:
    tls: {type: mutualTLS, scheme: x}
    oidc: {type: openIdConnect}
`,
    errors: [
      {pointer: '/info/license', message: /License object must have "name"/},
      {pointer: '/info/contact/mail', message: /Property "mail" is not allowed in a Contact object/},
      {pointer: '/components/securitySchemes/tls/scheme', message: /Property "scheme" is not allowed in a Security Scheme object with type "mutualTLS"/},
      {pointer: '/components/securitySchemes/oidc', message: /Security Scheme object with type "openIdConnect" must have "openIdConnectUrl"/},
    ],
  },
])
