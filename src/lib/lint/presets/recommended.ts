import type {Preset} from './index.js'

/**
 * What most teams want on by default: everything the specification requires, plus the style and correctness rules
 * whose findings are worth a change. Rules of taste (casing conventions, alphabetical tags) stay off; turn them on in
 * the config. Gateway rules live in their own presets, since they only matter when the target is API Gateway.
 */
export const recommended: Preset = {
  description: 'spec plus the style and correctness rules most teams want',
  extends: ['spec'],
  rules: {
    // operations
    'operation-operationid': 'warning',
    'operation-operationid-url-safe': 'warning',
    'operation-summary': 'warning',
    'operation-description': 'info',
    'operation-tags': 'warning',
    'operation-tag-defined': 'warning',
    'operation-success-response': 'warning',
    'operation-4xx-response': 'warning',
    'operation-has-security': 'warning',
    'no-request-body-on-get-head-delete': 'warning',
    'parameter-description': 'warning',
    'parameter-casing': 'info',
    // tags
    'tags-unique': 'error',
    'tag-unused': 'warning',
    'tag-description': 'info',
    // paths
    'path-no-trailing-slash': 'warning',
    'path-no-query-string': 'error',
    'path-no-empty-segment': 'error',
    'path-no-http-verbs': 'info',
    'no-ambiguous-paths': 'warning',
    // servers and info
    'servers-defined': 'warning',
    'server-url-no-trailing-slash': 'warning',
    'server-https': 'warning',
    'server-url-not-example': 'warning',
    'info-description': 'warning',
    'info-contact': 'info',
    'info-license': 'info',
    'license-url': 'info',
    // security
    'no-http-basic': 'warning',
    'no-api-key-in-query': 'warning',
    // schemas, examples and media types
    'no-unused-components': 'warning',
    'oas31-no-nullable': 'warning',
    'oas31-schema-example-deprecated': 'hint',
    'oas30-nullable-needs-type': 'warning',
    'media-example-valid': 'error',
    'parameter-example-valid': 'error',
    'schema-example-valid': 'error',
    'schema-default-valid': 'error',
    'enum-type-match': 'error',
    'enum-unique': 'warning',
    'required-properties-defined': 'warning',
    'array-items-defined': 'warning',
    'min-max-consistent': 'error',
    'pattern-valid-regex': 'error',
    'format-known': 'info',
    'format-type-match': 'warning',
    'read-write-only-both': 'error',
    'discriminator-mapping-valid': 'error',
    'media-type-valid': 'error',
    'media-schema-defined': 'info',
    'allof-conflicting-types': 'error',
    'oneof-conflicting-types': 'error',
    'no-single-allof': 'hint',
    'schema-keyword-type-match': 'warning',
    // references
    'no-ref-siblings': 'warning',
  },
}
