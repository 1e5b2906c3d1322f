// Checks apix.config.yaml against schemas/apix.config.schema.json (the same file editors use), then against what a
// schema cannot say: names that must point at other sections, and what one API type has and another lacks. Each
// problem comes back as one pointer and one sentence; config.ts adds the file, line and column.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {OutputUnit, Validator} from '@cfworker/json-schema'
import {jsonSchema} from '../json-schema.js'
import {isObject, type JsonObject} from '../spec/model.js'
import {getByPointer, joinPointer, splitPointer, unescapeSegment} from '../spec/pointer.js'

export const CONFIG_SCHEMA_FILE = 'schemas/apix.config.schema.json'

/** One problem in the config: where (a JSON pointer into the file) and what, in one line. */
export interface ConfigProblem {
  pointer: string
  message: string
  hint?: string
}


let loaded: {schema: JsonObject; validator: Validator} | undefined

/**
 * The shipped schema. It is found by walking up from this module, which is `src/lib/config/` in tests, `dist/lib/config/`
 * in worker threads and `dist/commands/` or `dist/chunks/` once bundled: in every case the package root is above.
 */
export function configSchema(): JsonObject {
  return load().schema
}

function load(): {schema: JsonObject; validator: Validator} {
  if (loaded) return loaded
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, CONFIG_SCHEMA_FILE)
    if (existsSync(file)) {
      const schema = JSON.parse(readFileSync(file, 'utf8')) as JsonObject
      // parseConfig called on its own (without loadConfig) reads the CommonJS build synchronously.
      const {Validator} = jsonSchema()
      loaded = {schema, validator: new Validator(schema, '7', false)}
      return loaded
    }
    dir = path.dirname(dir)
  }
  throw new Error(`${CONFIG_SCHEMA_FILE} not found above ${fileURLToPath(import.meta.url)}`)
}

/** Longest list the config may hold: the schema's `uniqueItems` check compares every pair, and real lists are short. */
export const MAX_CONFIG_LIST = 1000

/** A list too long to validate (checked before the schema, so a hostile file cannot make validation quadratic). */
export function checkConfigSize(value: unknown, root: unknown = value, pointer = ''): ConfigProblem | undefined {
  if (Array.isArray(value)) {
    if (value.length > MAX_CONFIG_LIST) return {pointer, message: `${keyPath(pointer, root)} has ${value.length} items; apix reads lists of at most ${MAX_CONFIG_LIST}`}
    for (let i = 0; i < value.length; i++) {
      const found = checkConfigSize(value[i], root, `${pointer}/${i}`)
      if (found) return found
    }
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v !== 'object' || v === null) continue
      const found = checkConfigSize(v, root, joinPointer(pointer, k))
      if (found) return found
    }
  }
  return undefined
}

/** Every schema error (not only the first): the caller picks the one to show. */
export function validateConfig(value: unknown): OutputUnit[] {
  const result = load().validator.validate(value)
  return result.valid ? [] : result.errors
}

// --- reading the schema at an error's keywordLocation ---------------------------------------------------------------

/** `#/a/b~1c` (cfworker's locations: escaped and URI-encoded segments) to plain segments. */
function locationSegments(location: string): string[] {
  const p = location.startsWith('#') ? location.slice(1) : location
  if (p === '') return []
  return p
    .slice(1)
    .split('/')
    .map((s) => unescapeSegment(safeDecode(s)))
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

function instancePointer(error: OutputUnit): string {
  return locationSegments(error.instanceLocation).reduce((p, s) => joinPointer(p, s), '')
}

interface SchemaStep {
  node: unknown
  /** The keyword or name that led here. */
  segment: string
}

/** The schema nodes along a keywordLocation, following `$ref`s into `definitions`. */
function schemaPath(location: string): SchemaStep[] {
  const root = load().schema
  const steps: SchemaStep[] = [{node: root, segment: ''}]
  let node: unknown = root
  for (const seg of locationSegments(location)) {
    if (seg === '$ref' && isObject(node) && typeof node['$ref'] === 'string') {
      node = getByPointer(root, node['$ref'].replace(/^#/, ''))
    } else {
      node = isObject(node) ? node[seg] : Array.isArray(node) ? node[Number(seg)] : undefined
    }
    steps.push({node, segment: seg})
  }
  return steps
}

/** The schema object holding the failed keyword (the node before the keyword itself). */
function keywordOwner(error: OutputUnit): JsonObject {
  const steps = schemaPath(error.keywordLocation)
  const owner = steps[steps.length - 2]?.node
  return isObject(owner) ? owner : {}
}

// --- choosing the error to show -------------------------------------------------------------------------------------

/** Keywords that only say "something below failed": the errors below say what. */
const SUMMARY = new Set(['properties', 'additionalProperties', '$ref', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'items', 'propertyNames', 'patternProperties', 'contains', 'dependencies'])

function depth(error: OutputUnit): number {
  return locationSegments(error.instanceLocation).length
}

function rank(error: OutputUnit): number {
  if (error.keyword === 'false') return 0
  if (error.keywordLocation.includes('/propertyNames')) return 1
  if (error.keyword === 'required') return 3
  return 2
}

/**
 * The most useful of the schema's errors, in one line. The deepest wins (a misspelt key beats the "missing" it
 * causes, a bad `period` beats the plan around it), except inside an entry whose name is bad; then unknown keys and
 * bad names; then the one written first.
 */
export function explainConfigErrors(
  errors: OutputUnit[],
  root: unknown,
  options: {fromEnv?: ReadonlyMap<string, string[]>; position?: (pointer: string) => {line: number; column: number}} = {},
): ConfigProblem {
  const leaves = errors.filter((e) => !SUMMARY.has(e.keyword))
  // A bad name (`DEFAULT_4X`, `backend-host`) comes before what is wrong inside that entry: the entry is misplaced.
  const badNames = leaves.filter((e) => e.keywordLocation.includes('/propertyNames')).map(instancePointer)
  const outside = leaves.filter((e) => !badNames.some((n) => instancePointer(e).startsWith(`${n}/`)))
  const candidates = outside.length > 0 ? outside : errors
  const order = (e: OutputUnit): number => {
    const pos = options.position?.(instancePointer(e))
    return pos ? pos.line * 10_000 + pos.column : 0
  }
  const best = [...candidates].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b) || order(a) - order(b))[0]!
  return explain(best, errors, root, options.fromEnv ?? new Map())
}

// --- wording --------------------------------------------------------------------------------------------------------

/** What each pattern of the schema asks for, in words. A test checks that every pattern in the schema is here. */
export const PATTERN_WORDS: Record<string, string> = {
  '^(\\*|ANY|GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS) /\\S*$': 'a method and a path template, like `GET /pets/{id}` or `* /pets`',
  '^(\\$default|[A-Za-z0-9_-]{1,128})$': '1 to 128 letters, digits, hyphens or underscores (or $default)',
  '^[A-Za-z_][A-Za-z0-9_]*$': 'an environment variable name (letters, digits and underscores, not starting with a digit)',
  '^[A-Za-z0-9_]{1,64}$': '1 to 64 letters, digits or underscores',
  '^[-A-Za-z0-9._~:/?#&=,]*$': 'letters, digits and - . _ ~ : / ? # & = , only',
  '^[1-5][0-9][0-9]$': 'a status code from 100 to 599, as a string ("404")',
  '^arn:aws[a-zA-Z-]*:iam::': 'an IAM ARN (arn:aws:iam::123456789012:role/name)',
  '^/': 'a path template starting with /',
  '^arn:aws[a-zA-Z-]*:cognito-idp:': 'a Cognito user pool ARN (arn:aws:cognito-idp:region:account:userpool/id)',
  '^https://': 'an https:// URL',
  '^gatewayresponse\\.(header|querystring|path)\\.': 'gatewayresponse.header.NAME, gatewayresponse.querystring.NAME or gatewayresponse.path.NAME',
  '^arn:aws[a-zA-Z-]*:(logs|firehose):': 'a CloudWatch Logs log group ARN or a Kinesis Data Firehose stream ARN',
  '^(\\$connect|\\$disconnect|\\$default|[^$].*)$': '$connect, $disconnect, $default or a custom route key (not starting with $)',
  '^[A-Za-z0-9._-]+$': 'letters, digits, dots, hyphens or underscores (a securitySchemes name)',
  '^[a-z0-9]{10}$': 'an API Gateway id: 10 lower-case letters or digits',
  '^vpce-[0-9a-f]+$': 'a VPC endpoint id (vpce-0123456789abcdef0)',
  '^[^/\\s]+/[^/\\s]+$': 'a media type such as image/png or */*',
}

/** What the keys of a map are, by the map's own key, for messages about a bad name. */
const NAME_KINDS: Record<string, string> = {
  variables: 'stage variable names',
  stages: 'stage names',
  methods: 'method keys',
  routes: 'route keys',
  authorizers: 'authorizer names',
  usagePlans: 'usage plan names',
  responseParameters: 'gateway response parameters',
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
}

function explain(error: OutputUnit, all: OutputUnit[], root: unknown, fromEnv: ReadonlyMap<string, string[]>): ConfigProblem {
  const pointer = instancePointer(error)
  const key = keyPath(pointer, root)
  const value = getByPointer(root, pointer)
  const got = (v: unknown = value): string => `(got ${describeValue(v, fromEnv.get(pointer))})`
  const owner = keywordOwner(error)
  const segments = splitPointer(pointer)
  const last = segments[segments.length - 1] ?? ''

  if (error.keyword === 'false') return unknownKey(pointer, key, all)

  // A key that breaks `propertyNames` (stage variable and stage names, gateway response types, method keys).
  if (error.keywordLocation.includes('/propertyNames')) {
    const parent = keyPath(pointer.slice(0, pointer.lastIndexOf('/')), root)
    if (error.keyword === 'enum' && Array.isArray(owner['enum'])) {
      const allowed = owner['enum'].map(String)
      const near = nearest(last, allowed)
      return {
        pointer,
        message: `${parent} has \`${last}\`, which is not ${allowed.length <= 8 ? `${orList(allowed)}` : `one of its ${allowed.length} allowed names`}`,
        hint: near ? `did you mean ${near}?` : `allowed: ${allowed.join(', ')}`,
      }
    }
    const words = typeof owner['pattern'] === 'string' ? PATTERN_WORDS[owner['pattern']] : undefined
    const what = NAME_KINDS[segments[segments.length - 2] ?? ''] ?? 'names here'
    return {pointer, message: `${parent} has the name \`${last}\`: ${what} must be ${words ?? describeSchemaRule(error, owner)}`}
  }

  switch (error.keyword) {
    case 'type': {
      const expected = expectedTypes(error, owner)
      const hint = expected.length === 1 && expected[0] === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? `quote it: "${String(value)}"` : undefined
      return {pointer, message: `${key} must be ${expected.map((t) => TYPE_WORDS[t] ?? t).join(' or ')} ${got()}`, ...(hint ? {hint} : {})}
    }
    case 'enum': {
      const allowed = (Array.isArray(owner['enum']) ? owner['enum'] : []).filter((v, i, a) => a.findIndex((w) => String(w) === String(v)) === i).map(String)
      const near = typeof value === 'string' && !fromEnv.has(pointer) ? nearest(value, allowed) : undefined
      const list = allowed.length <= 8 ? orList(allowed) : `one of ${allowed.join(', ')}`
      return {pointer, message: `${key} must be ${list} ${got()}`, ...(near ? {hint: `did you mean ${near}?`} : {})}
    }
    case 'const':
      return {pointer, message: `${key} must be ${JSON.stringify(owner['const'])} ${got()}`}
    case 'pattern': {
      const pattern = String(owner['pattern'])
      return {pointer, message: `${key} must be ${PATTERN_WORDS[pattern] ?? `text matching /${pattern}/`} ${got()}`}
    }
    case 'minLength':
      return {pointer, message: owner['minLength'] === 1 ? `${key} must not be empty` : `${key} must be at least ${String(owner['minLength'])} characters ${got()}`}
    case 'maxLength':
      return {pointer, message: `${key} must be at most ${String(owner['maxLength'])} characters (got ${typeof value === 'string' ? value.length : '?'})`}
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {pointer, message: `${key} must be ${describeRange(owner)} ${got()}`}
    case 'required': {
      const missing = (Array.isArray(owner['required']) ? owner['required'] : []).find((k) => isObject(value) && !(String(k) in value))
      const type = isObject(value) && typeof value['type'] === 'string' && error.keywordLocation.includes('/then/') ? value['type'] : undefined
      const where = pointer === '' ? 'the config' : key
      return {pointer, message: `${where} is missing \`${String(missing)}\`${type ? `, which type ${type} needs` : ''}`}
    }
    case 'minItems':
      return {pointer, message: owner['minItems'] === 1 ? `${key} must not be empty` : `${key} must have at least ${String(owner['minItems'])} items`}
    case 'maxItems':
      return {pointer, message: `${key} has ${Array.isArray(value) ? value.length : '?'} items; at most ${String(owner['maxItems'])} are allowed`}
    case 'uniqueItems': {
      const at = Array.isArray(value) ? value.findIndex((v, i) => value.findIndex((w) => JSON.stringify(w) === JSON.stringify(v)) !== i) : -1
      return {pointer, message: `${key} lists ${describeValue(Array.isArray(value) ? value[at] : undefined, fromEnv.get(`${pointer}/${at}`))} twice`}
    }
    case 'minProperties':
      return {pointer, message: owner['minProperties'] === 1 ? `${key} must not be empty` : `${key} must have at least ${String(owner['minProperties'])} entries`}
    case 'maxProperties': {
      const count = isObject(value) ? Object.keys(value).length : 0
      const max = String(owner['maxProperties'])
      return key.endsWith('.variables')
        ? {pointer, message: `${key} has ${count} stage variables; API Gateway allows at most ${max} per stage`}
        : {pointer, message: `${key} has ${count} entries; at most ${max} are allowed`}
    }
    default:
      return {pointer, message: `${key || 'the config'} is not valid: ${error.error}`}
  }
}

function unknownKey(pointer: string, key: string, all: OutputUnit[]): ConfigProblem {
  const parentPointer = pointer.slice(0, pointer.lastIndexOf('/'))
  const name = unescapeSegment(pointer.slice(pointer.lastIndexOf('/') + 1))
  // The `additionalProperties: false` that rejected the key sits next to the `properties` it allows.
  const rejecting = all.find((e) => e.keyword === 'additionalProperties' && instancePointer(e) === parentPointer)
  const known = rejecting ? Object.keys((keywordOwner(rejecting)['properties'] as JsonObject | undefined) ?? {}) : []
  const message = `unknown key \`${key}\``
  if (name === 'value' && /\/apiKeys\/\d+$/.test(parentPointer)) {
    return {pointer, message, hint: 'API key values never come from this file: name the environment variable that holds it in valueFrom'}
  }
  const near = nearest(name, known)
  if (near) return {pointer, message, hint: `did you mean ${near}?`}
  return known.length > 0 && known.length <= 12 ? {pointer, message, hint: `expected ${orList(known)}`} : {pointer, message}
}

/** `string`, or both halves of an `if: {type} / else` union (a string or a list). */
function expectedTypes(error: OutputUnit, owner: JsonObject): string[] {
  const own = Array.isArray(owner['type']) ? owner['type'].map(String) : [String(owner['type'])]
  const segs = locationSegments(error.keywordLocation)
  // `.../else/$ref/type`: the `if` beside that `else` names the other accepted type.
  let i = segs.length - 2
  while (i >= 0 && segs[i] === '$ref') i--
  if (i >= 0 && segs[i] === 'else') {
    const steps = schemaPath(error.keywordLocation)
    const holder = steps[i]?.node
    const ifType = isObject(holder) && isObject(holder['if']) ? holder['if']['type'] : undefined
    if (typeof ifType === 'string' && !own.includes(ifType)) return [ifType, ...own]
  }
  return own
}

function describeRange(owner: JsonObject): string {
  const min = owner['minimum']
  const max = owner['maximum']
  if (typeof min === 'number' && typeof max === 'number') return `from ${min} to ${max}`
  if (typeof min === 'number') return `at least ${min}`
  if (typeof max === 'number') return `at most ${max}`
  if (typeof owner['exclusiveMinimum'] === 'number') return `above ${owner['exclusiveMinimum']}`
  return `below ${String(owner['exclusiveMaximum'])}`
}

function describeSchemaRule(error: OutputUnit, owner: JsonObject): string {
  if (error.keyword === 'minLength') return 'non-empty'
  if (error.keyword === 'pattern') return `text matching /${String(owner['pattern'])}/`
  return `valid (${error.error})`
}

/** A value for a message; text read from the environment is never shown, only where it came from. */
export function describeValue(value: unknown, envNames?: string[]): string {
  if (envNames && envNames.length > 0) return `the value of ${envNames.map((n) => `\${env:${n}}`).join(', ')}`
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (isObject(value)) return 'a mapping'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value)
  return String(value)
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

/**
 * `usagePlans.gold.quota.period`, `stages.prod.throttling.methods["GET /pets"]`, `usagePlans.gold.apiKeys[0]`; a name
 * over 80 characters is cut, so a message stays one readable line.
 */
export function keyPath(pointer: string, root: unknown): string {
  let out = ''
  let node: unknown = root
  for (const seg of splitPointer(pointer)) {
    const shown = seg.length > 80 ? `${seg.slice(0, 77)}...` : seg
    if (Array.isArray(node)) out += `[${seg}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? shown : `.${shown}`
    else out += `[${JSON.stringify(shown)}]`
    node = isObject(node) ? node[seg] : Array.isArray(node) ? node[Number(seg)] : undefined
  }
  return out
}

/** The closest candidate, when it is close enough to be a misspelling (case and one or two letters). */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 100) return undefined
  let best: string | undefined
  let bestDistance = Infinity
  const w = word.toLowerCase()
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase())
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined
}

/** Edit distance with adjacent transpositions counted once (optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1)
      d[i]![j] = v
    }
  }
  return d[a.length]![b.length]!
}

// --- ${env:} values where a number or a boolean is expected ----------------------------------------------------------

/**
 * A value that is exactly one `${env:NAME}` reference reads as a number or a boolean where the schema wants one
 * (`minimumCompressionSize: ${env:MIN_GZIP}`). Returns whether anything changed, so the caller validates again.
 */
export function coerceWholeEnvValues(root: unknown, errors: OutputUnit[], whole: ReadonlySet<string>): boolean {
  let changed = false
  for (const error of errors) {
    if (error.keyword !== 'type') continue
    const pointer = instancePointer(error)
    if (!whole.has(pointer)) continue
    const text = getByPointer(root, pointer)
    if (typeof text !== 'string') continue
    const expected = expectedTypes(error, keywordOwner(error))
    let next: unknown
    if ((expected.includes('integer') || expected.includes('number')) && /^-?\d+(\.\d+)?$/.test(text.trim())) next = Number(text.trim())
    else if (expected.includes('boolean') && /^(true|false)$/.test(text.trim())) next = text.trim() === 'true'
    if (next === undefined) continue
    const parent = getByPointer(root, pointer.slice(0, pointer.lastIndexOf('/')))
    const lastSeg = unescapeSegment(pointer.slice(pointer.lastIndexOf('/') + 1))
    if (Array.isArray(parent)) parent[Number(lastSeg)] = next
    else if (isObject(parent)) parent[lastSeg] = next
    changed = true
  }
  return changed
}

// --- what the schema cannot say --------------------------------------------------------------------------------------

interface At<T> {
  pointer: string
  value: T
}

function entries(value: unknown, pointer: string): Array<At<JsonObject> & {name: string}> {
  if (!isObject(value)) return []
  return Object.entries(value).flatMap(([name, v]) => (isObject(v) ? [{name, pointer: joinPointer(pointer, name), value: v}] : []))
}

/** Every integration in the config: the default, each override's, each WebSocket route's. */
function integrations(config: JsonObject): Array<At<JsonObject>> {
  const out: Array<At<JsonObject>> = []
  const section = config['integrations']
  if (isObject(section)) {
    if (isObject(section['default'])) out.push({pointer: '/integrations/default', value: section['default']})
    const overrides = section['overrides']
    if (Array.isArray(overrides)) {
      overrides.forEach((o, i) => {
        if (isObject(o) && isObject(o['integration'])) out.push({pointer: `/integrations/overrides/${i}/integration`, value: o['integration']})
      })
    }
  }
  const ws = config['websocket']
  if (isObject(ws)) for (const r of entries(ws['routes'], '/websocket/routes')) if (isObject(r.value['integration'])) out.push({pointer: `${r.pointer}/integration`, value: r.value['integration']})
  return out
}

/**
 * Cross-section checks on a config the schema accepted: references between sections, and what AWS rejects or
 * silently ignores for the declared `api.type` (each fact with the AWS page it comes from). Usage plans are left to
 * `apix generate usage-plans`, which reports their stages, methods and keys against the spec as findings.
 */
export function crossCheckConfig(config: JsonObject): ConfigProblem | undefined {
  const k = (pointer: string): string => keyPath(pointer, config)
  const problem = (pointer: string, message: string, hint?: string): ConfigProblem => ({pointer, message, ...(hint ? {hint} : {})})
  const api = isObject(config['api']) ? config['api'] : {}
  const type = typeof api['type'] === 'string' ? api['type'] : undefined
  const authorizerNames = isObject(config['authorizers']) ? Object.keys(config['authorizers']) : []

  for (const {pointer, value} of integrations(config)) {
    const t = value['type']
    if (value['function'] !== undefined && t !== 'lambda-proxy' && t !== 'lambda') {
      const p = `${pointer}/function`
      return problem(p, `${k(p)} is for lambda-proxy and lambda integrations, not ${String(t)}`, 'give the endpoint or service action in uri')
    }
  }

  const ws = config['websocket']
  if (isObject(ws)) {
    for (const route of entries(ws['routes'], '/websocket/routes')) {
      const auth = route.value['authorizer']
      if (typeof auth !== 'string') continue
      const p = `${route.pointer}/authorizer`
      // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
      if (route.name !== '$connect') return problem(p, `${k(p)}: only the $connect route of a WebSocket API can have an authorizer`)
      if (!authorizerNames.includes(auth)) {
        const near = nearest(auth, authorizerNames)
        return problem(p, `${k(p)} names authorizer \`${auth}\`, which \`authorizers\` does not declare`, near ? `did you mean ${near}?` : 'declare it under authorizers')
      }
    }
  }

  if (type === undefined) return undefined

  if (ws !== undefined && type !== 'websocket') return problem('/websocket', `websocket is for WebSocket APIs, and api.type is ${type}`, 'remove it, or set api.type: websocket')
  if (type === 'websocket' && ws === undefined) return problem('/api/type', 'api.type is websocket, which needs a websocket section (routeSelectionExpression and routes)')

  // Authorizer types: REST APIs have TOKEN, REQUEST and COGNITO_USER_POOLS authorizers
  // (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html); HTTP APIs REQUEST and JWT, WebSocket
  // APIs REQUEST (https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-authorizers.html); all IAM.
  const allowed: Record<string, string[]> = {rest: ['token', 'request', 'cognito', 'iam'], http: ['request', 'jwt', 'iam'], websocket: ['request', 'iam']}
  const kindName = type === 'rest' ? 'REST' : type === 'http' ? 'HTTP' : 'WebSocket'
  for (const a of entries(config['authorizers'], '/authorizers')) {
    const t = String(a.value['type'])
    const ok = allowed[type] ?? []
    if (!ok.includes(t)) return problem(`${a.pointer}/type`, `${k(`${a.pointer}/type`)} is ${t}, and ${kindName} APIs have no ${t} authorizers`, `use ${orList(ok)}`)
    for (const field of ['enableSimpleResponses', 'payloadFormatVersion']) {
      const p = `${a.pointer}/${field}`
      if (type !== 'http' && a.value[field] !== undefined) return problem(p, `${k(p)} is for HTTP API Lambda authorizers, and api.type is ${type}`)
    }
    const p = `${a.pointer}/identityValidationExpression`
    if (t !== 'token' && a.value['identityValidationExpression'] !== undefined) return problem(p, `${k(p)} is for token authorizers only`)
  }

  // Integration timeouts no quota increase raises: HTTP APIs 30 s; WebSocket and edge-optimized REST APIs 29 s
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html,
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html). REST defaults to EDGE.
  const endpoint = typeof api['endpointType'] === 'string' ? api['endpointType'] : type === 'rest' ? 'EDGE' : 'REGIONAL'
  const maxTimeout = type === 'http' ? 30_000 : type === 'websocket' || endpoint === 'EDGE' ? 29_000 : Infinity
  for (const {pointer, value} of integrations(config)) {
    const t = value['timeoutMs']
    const p = `${pointer}/timeoutMs`
    if (typeof t === 'number' && t > maxTimeout) {
      const what = type === 'http' ? 'HTTP APIs' : type === 'websocket' ? 'WebSocket APIs' : 'edge-optimized REST APIs'
      const hint = type === 'rest' ? 'Regional and private REST APIs can go higher after a quota increase: set api.endpointType: REGIONAL' : undefined
      return problem(p, `${k(p)} is ${t}; ${what} allow at most ${maxTimeout} ms and no quota increase raises it`, hint)
    }
    const v = `${pointer}/payloadFormatVersion`
    if (type !== 'http' && value['payloadFormatVersion'] !== undefined) return problem(v, `${k(v)} is for HTTP APIs, and api.type is ${type}`)
  }

  if (api['vpcEndpointIds'] !== undefined && endpoint !== 'PRIVATE') return problem('/api/vpcEndpointIds', 'api.vpcEndpointIds is for PRIVATE APIs', 'set api.endpointType: PRIVATE')

  if (type === 'http') {
    // HTTP APIs are Regional only, and have no API keys, request validation, caching, gateway responses, resource
    // policies, mapping templates, canaries or X-Ray; AWS::ApiGatewayV2::Stage has no setting for any of them.
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html
    if (endpoint !== 'REGIONAL') return problem('/api/endpointType', `api.endpointType is ${endpoint}, and HTTP APIs are REGIONAL only`, 'set api.endpointType: REGIONAL, or leave it out')
    const restOnly: Array<[string, string]> = [
      ['/requestValidators', 'request validation'],
      ['/gatewayResponses', 'gateway responses'],
      ['/api/apiKeySource', 'API keys'],
      ['/api/minimumCompressionSize', 'payload compression'],
      ['/api/policy', 'resource policies'],
    ]
    for (const s of entries(config['stages'], '/stages')) {
      restOnly.push([`${s.pointer}/caching`, 'API caching'], [`${s.pointer}/canary`, 'canary releases'], [`${s.pointer}/tracing`, 'X-Ray tracing'])
      restOnly.push([`${s.pointer}/logging/level`, 'execution logs'], [`${s.pointer}/logging/dataTrace`, 'execution logs'])
    }
    for (const {pointer} of integrations(config)) {
      restOnly.push([`${pointer}/requestTemplates`, 'mapping templates'], [`${pointer}/responses`, 'integration responses'], [`${pointer}/cacheKeyParameters`, 'API caching'])
    }
    for (const [pointer, feature] of restOnly) {
      if (getByPointer(config, pointer) !== undefined) return problem(pointer, `${k(pointer)}: HTTP APIs have no ${feature}, and api.type is http`, 'remove it, or set api.type: rest')
    }
  }
  return undefined
}
