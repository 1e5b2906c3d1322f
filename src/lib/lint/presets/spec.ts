import type {Preset} from './index.js'

/**
 * What the OpenAPI Specification itself requires of a document of its version: the shape of every object (the
 * official JSON Schemas) and the MUSTs of the text. A valid document gives no finding; each rule cites its section.
 * Rules that do not apply to the document's version are skipped.
 */
export const spec: Preset = {
  description: 'what the specification requires of a document of its version: its schema and its MUSTs, all as errors',
  extends: [],
  rules: {
    // every version
    struct: 'error',
    'ref-location': 'error',
    'no-unresolved-refs': 'error',
    'no-duplicate-keys': 'error',
    'operation-id-unique': 'error',
    'path-key-format': 'error',
    'path-params-defined': 'error',
    'path-param-required': 'error',
    'parameter-unique': 'error',
    'no-identical-paths': 'error',
    'responses-not-empty': 'error',
    'response-code-format': 'error',
    'security-requirement-defined': 'error',
    'discriminator-property': 'error',
    'tags-unique': 'error',
    // 2.0 and 3.0
    'array-items': 'error',
    'default-type': 'error',
    // 3.x
    'response-code-quoted': 'error',
    'parameter-schema-or-content': 'error',
    'example-or-examples': 'error',
    'example-value-or-external-value': 'error',
    'component-name-format': 'error',
    'link-operation': 'error',
    'encoding-property-exists': 'error',
    // 3.0
    'schema-read-write-only': 'error',
    // 3.1
    'server-variable-default': 'error',
    'license-url-or-identifier': 'error',
    // 2.0
    'body-parameter-single': 'error',
    'formdata-consumes': 'error',
    'file-type-formdata': 'error',
    'host-basepath-format': 'error',
  },
}
