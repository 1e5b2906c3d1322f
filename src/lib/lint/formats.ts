// Formats from the OpenAPI Format Registry (https://spec.openapis.org/registry/format/) and JSON Schema 2020-12,
// with the JSON types each applies to.
const NUMERIC = ['integer', 'number']
const STRING = ['string']

export const FORMAT_TYPES: Record<string, readonly string[]> = {
  int8: NUMERIC, int16: NUMERIC, int32: NUMERIC, uint8: NUMERIC, uint16: NUMERIC, uint32: NUMERIC, float: NUMERIC, double: NUMERIC,
  // Values beyond 2^53 are commonly sent as strings.
  int64: [...NUMERIC, 'string'], uint64: [...NUMERIC, 'string'], 'double-int': NUMERIC,
  decimal: [...NUMERIC, 'string'], decimal128: [...NUMERIC, 'string'],
  'unix-time': NUMERIC, unixtime: NUMERIC, timestamp: [...NUMERIC, 'string'],
  byte: STRING, binary: STRING, base64url: STRING, password: STRING, char: STRING, commonmark: STRING, html: STRING,
  date: STRING, 'date-time': STRING, time: STRING, duration: STRING, 'http-date': STRING,
  email: STRING, 'idn-email': STRING, hostname: STRING, 'idn-hostname': STRING, ipv4: STRING, ipv6: STRING,
  uri: STRING, 'uri-reference': STRING, iri: STRING, 'iri-reference': STRING, 'uri-template': STRING, url: STRING,
  uuid: STRING, 'json-pointer': STRING, 'relative-json-pointer': STRING, regex: STRING, 'media-range': STRING,
  'sf-string': STRING, 'sf-token': STRING, 'sf-binary': STRING, 'sf-boolean': STRING, 'sf-decimal': NUMERIC, 'sf-integer': NUMERIC,
}
