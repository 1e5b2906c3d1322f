// API Gateway imports Swagger 2.0 and OpenAPI 3.0 only ("API Gateway supports OpenAPI v2.0 and OpenAPI v3.0 definition
// files", https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html), so a 3.1 document
// is converted to 3.0 before import, and `apix export --oas 2.0` converts 3.0 to Swagger 2.0 as GetExport does
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-export-api.html).
//
// Both conversions are pure functions of one bundled document (internal `#/...` references only). Whatever loses
// meaning on the way is a Loss that names the construct in the INPUT document; whatever converts exactly reports
// nothing. Where a construct must go, the output is looser rather than stricter: a value the source accepted must
// not be rejected by the converted document.
import {ApixError} from '../errors.js'
import {isObject, sameValue, type JsonObject} from '../spec/model.js'
import {followRefs, fragmentToPointer, getByPointer, joinPointer, pointerToFragment, splitPointer, unescapeSegment, unfollowable} from '../spec/pointer.js'
import {SWAGGER2_VALUE_FIELDS} from '../spec/swagger2.js'

/** A construct of the input that the output cannot say, or says with less meaning. */
export interface Loss {
  /** JSON pointer in the input document. */
  pointer: string
  message: string
  /** The keyword or field at fault (`webhooks`, `type`, `oneOf`, `in`...). */
  keyword: string
}

export interface Conversion {
  document: JsonObject
  losses: Loss[]
}

type SourceVersion = '2.0' | '3.0' | '3.1'

/**
 * An OpenAPI 3.1 document as OpenAPI 3.0.3. A 3.0 document comes back unchanged (a copy); Swagger 2.0 is refused.
 */
export function toOas30(doc: unknown): Conversion {
  const root = asDocument(doc)
  const version = versionOf(root)
  if (version === '2.0') {
    throw new ApixError('the document is Swagger 2.0, which is not converted to OpenAPI 3.0', {
      hint: 'API Gateway imports Swagger 2.0 as it is for REST APIs; HTTP APIs need an OpenAPI 3.0 document',
    })
  }
  if (version === '3.0') return {document: structuredClone(root), losses: []}
  const down = new Down31(root)
  const document = down.convert()
  return {document, losses: finishLosses(root, down.losses)}
}

/**
 * An OpenAPI 3.0 document as Swagger 2.0, for REST APIs (`apix export --oas 2.0`). A 3.1 document goes through
 * `toOas30` first, its losses and those of the second step both pointing into the 3.1 input. Swagger 2.0 comes back
 * unchanged.
 */
export function toSwagger2(doc: unknown): Conversion {
  const root = asDocument(doc)
  const version = versionOf(root)
  if (version === '2.0') return {document: structuredClone(root), losses: []}
  if (version === '3.0') {
    const down = new Down30(root)
    const document = down.convert()
    return {document, losses: finishLosses(root, down.losses)}
  }
  const first = new Down31(root)
  const middle = first.convert()
  const second = new Down30(middle)
  const document = second.convert()
  const mapped = second.losses.map((l) => ({...l, pointer: first.toInput(l.pointer)}))
  return {document, losses: finishLosses(root, [...first.losses, ...mapped])}
}

function asDocument(doc: unknown): JsonObject {
  if (!isObject(doc)) throw new ApixError('not an OpenAPI document: the top level is not an object')
  return doc
}

function versionOf(root: JsonObject): SourceVersion {
  if (root['swagger'] !== undefined) {
    if (String(root['swagger']) === '2.0') return '2.0'
  } else if (typeof root['openapi'] === 'string') {
    if (/^3\.0\.\d+(-.+)?$/.test(root['openapi'])) return '3.0'
    if (/^3\.1\.\d+(-.+)?$/.test(root['openapi'])) return '3.1'
  }
  throw new ApixError(`unsupported document version ${JSON.stringify(root['openapi'] ?? root['swagger'] ?? null)}`, {
    hint: 'convert takes Swagger 2.0 and OpenAPI 3.0 or 3.1',
  })
}

// ---------------------------------------------------------------------------------------------------------------
// OpenAPI 3.1 -> 3.0

const OPERATION_KEYS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'x-amazon-apigateway-any-method'])
/** 3.0.3: "requestBody is only supported in HTTP methods where RFC 7231 has explicitly defined semantics". */
const BODYLESS_METHODS = new Set(['get', 'head', 'delete'])
/** Dialects whose meaning the 3.0 schema object keeps (the OAS 3.1 default and plain 2020-12). */
const KNOWN_DIALECTS = new Set([
  'https://spec.openapis.org/oas/3.1/dialect/base',
  'https://json-schema.org/draft/2020-12/schema',
  'https://json-schema.org/draft/2020-12/schema#',
])
/** Keywords that can produce annotations `unevaluated*` depend on; without them `unevaluated*` is `additional*`. */
const APPLICATORS = ['allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'dependentSchemas', '$dynamicRef', '$recursiveRef']

/** 2020-12 keywords with no 3.0 form at all: dropped, with what that costs. */
const DROPPED_KEYWORDS: Record<string, string> = {
  $id: 'has no OpenAPI 3.0 form: the identifier, and the base URI it sets for references inside, are dropped',
  $comment: 'has no OpenAPI 3.0 form: the comment is dropped',
  $dynamicRef: 'has no OpenAPI 3.0 form: the dynamic reference is dropped, so its target no longer applies',
  $recursiveRef: 'has no OpenAPI 3.0 form: the recursive reference is dropped, so its target no longer applies',
  $recursiveAnchor: 'has no OpenAPI 3.0 form; dropped',
  $vocabulary: 'has no OpenAPI 3.0 form; dropped',
  if: 'has no OpenAPI 3.0 form: the if/then/else condition is no longer enforced',
  then: 'has no OpenAPI 3.0 form: the if/then/else condition is no longer enforced',
  else: 'has no OpenAPI 3.0 form: the if/then/else condition is no longer enforced',
  dependentSchemas: 'has no OpenAPI 3.0 form: the schemas that apply when a property is present are no longer enforced',
  dependentRequired: 'has no OpenAPI 3.0 form: the properties required when another is present are no longer enforced',
  dependencies: 'has no OpenAPI 3.0 form: the constraints that apply when a property is present are no longer enforced',
  propertyNames: 'has no OpenAPI 3.0 form: property names are no longer checked',
  contains: 'has no OpenAPI 3.0 form: what the array must contain is no longer checked',
  minContains: 'has no OpenAPI 3.0 form: what the array must contain is no longer checked',
  maxContains: 'has no OpenAPI 3.0 form: what the array must contain is no longer checked',
  additionalItems: 'applies only to a tuple `items` list, which OpenAPI 3.1 does not have; dropped',
  contentSchema: "has no OpenAPI 3.0 form: the schema of the string's decoded content is dropped",
}

/** The instance types a keyword constrains (JSON Schema ignores it for other types): where a type list splits it. */
const TYPE_KEYWORDS: Record<string, string[]> = {
  minLength: ['string'],
  maxLength: ['string'],
  pattern: ['string'],
  format: ['string', 'number', 'integer'],
  minimum: ['number', 'integer'],
  maximum: ['number', 'integer'],
  exclusiveMinimum: ['number', 'integer'],
  exclusiveMaximum: ['number', 'integer'],
  multipleOf: ['number', 'integer'],
  items: ['array'],
  minItems: ['array'],
  maxItems: ['array'],
  uniqueItems: ['array'],
  properties: ['object'],
  required: ['object'],
  additionalProperties: ['object'],
  minProperties: ['object'],
  maxProperties: ['object'],
  discriminator: ['object'],
}

const NULL_CAVEAT = 'OpenAPI 3.0.3 applies nullable only beside `type` in the same schema, so validators that follow it still reject null here'

interface RefSite {
  holder: JsonObject
  key: string
  /** Pointer of the reference string in the input. */
  pointer: string
  /** A schema reference whose target is gone may simply go (the schema then accepts anything). */
  schema: boolean
}

type Convert = (value: unknown, ptr: string, out: string) => unknown

/** Reserves the position of `anyOf` for the schemas a type list becomes. */
const TYPE_LIST_SLOT: JsonObject = {}

class Down31 {
  readonly losses: Loss[] = []
  private readonly refs: RefSite[] = []
  /**
   * Input pointer -> output pointer, for nodes that moved (hoisted `$defs`, inlined path items, schemas split by a
   * type list); `null` for subtrees that were dropped. Nodes not listed sit where their nearest listed ancestor says.
   */
  private readonly moves = new Map<string, string | null>()
  private readonly anchors = new Map<string, string>()
  private readonly hoisted: Array<[string, unknown]> = []
  private readonly schemaNames: Set<string>
  /** `#/components/pathItems/X` pointer -> where it was first inlined. */
  private readonly pathItemsUsed = new Map<string, string>()
  private readonly pathItemStack: string[] = []
  private readonly droppedSchemes = new Set<string>()
  private readonly securitySites: Array<{holder: JsonObject; pointer: string}> = []
  private reverse: Array<[string, string]> | undefined

  constructor(private readonly root: JsonObject) {
    const components = root['components']
    const schemas = isObject(components) && isObject(components['schemas']) ? components['schemas'] : {}
    this.schemaNames = new Set(Object.keys(schemas))
  }

  convert(): JsonObject {
    const out: JsonObject = {openapi: '3.0.3'}
    for (const [k, v] of Object.entries(this.root)) {
      const p = joinPointer('', k)
      switch (k) {
        case 'openapi':
          break
        case 'info':
          out[k] = this.info(v, p)
          break
        case 'jsonSchemaDialect':
          if (!KNOWN_DIALECTS.has(String(v))) {
            this.loss(
              p,
              k,
              `\`jsonSchemaDialect\` has no OpenAPI 3.0 form: schemas are read as the OpenAPI 3.0 subset, not as ${String(v)}`,
            )
          }
          break
        case 'paths':
          out[k] = this.map(v, p, p, (x, pp, qq) => this.pathItem(x, pp, qq), true)
          break
        case 'webhooks':
          if (isObject(v)) {
            for (const name of Object.keys(v)) {
              this.loss(joinPointer(p, name), k, `webhook "${name}" is dropped: OpenAPI 3.0 has no webhooks, and API Gateway does not import them`)
            }
          }
          this.gone(p)
          break
        case 'components':
          out[k] = this.components(v, p)
          break
        case 'security':
          out[k] = structuredClone(v)
          this.securitySites.push({holder: out, pointer: p})
          break
        default:
          out[k] = structuredClone(v)
      }
    }
    // OpenAPI 3.1 lets a document have no paths (webhooks or components only); 3.0 requires the field.
    const document = 'paths' in out ? out : insertAfter(out, 'info', 'paths', {})
    this.finish(document)
    return document
  }

  /** The input pointer a pointer of the output comes from (the nearest existing node). */
  toInput(outPointer: string): string {
    this.reverse ??= [...this.moves].filter((e): e is [string, string] => e[1] !== null).map(([from, to]) => [to, from])
    let best: [string, string] | undefined
    for (const entry of this.reverse) {
      const [to] = entry
      if ((outPointer === to || outPointer.startsWith(to + '/')) && (!best || to.length > best[0].length)) best = entry
    }
    let p = best ? best[1] + outPointer.slice(best[0].length) : outPointer
    while (p !== '' && getByPointer(this.root, p) === undefined) p = p.slice(0, p.lastIndexOf('/'))
    return p
  }

  private loss(pointer: string, keyword: string, message: string): void {
    this.losses.push({pointer, message, keyword})
  }

  /** Records where an input node lands in the output. The first placement of a node inlined twice wins. */
  private at(ptr: string, out: string): void {
    if (ptr !== out && !this.moves.has(ptr)) this.moves.set(ptr, out)
  }

  private gone(ptr: string): void {
    if (!this.moves.has(ptr)) this.moves.set(ptr, null)
  }

  /** A converted node was placed at `to` instead of `from` (output pointers): so were the nodes it holds. */
  private relocate(inPtr: string, from: string, to: string): void {
    for (const [k, v] of this.moves) {
      if (v !== null && (v === from || v.startsWith(from + '/'))) this.moves.set(k, to + v.slice(from.length))
    }
    if (!this.moves.has(inPtr)) this.moves.set(inPtr, to)
  }

  private mapPointer(ptr: string): string | undefined {
    const segments = splitPointer(ptr)
    for (let n = segments.length; n >= 0; n--) {
      const prefix = joinPointer('', ...segments.slice(0, n))
      if (!this.moves.has(prefix)) continue
      const to = this.moves.get(prefix)
      return to === null || to === undefined ? undefined : joinPointer(to, ...segments.slice(n))
    }
    return ptr
  }

  /** A map of names to objects; in an `extensible` one (Paths, Responses, Callback) `x-` keys are extensions. */
  private map(value: unknown, ptr: string, out: string, convert: Convert, extensible = false): unknown {
    if (!isObject(value)) return structuredClone(value)
    const o: JsonObject = {}
    for (const [k, v] of Object.entries(value)) {
      o[k] = extensible && k.startsWith('x-') ? structuredClone(v) : convert(v, joinPointer(ptr, k), joinPointer(out, k))
    }
    return o
  }

  private list(value: unknown, ptr: string, out: string, convert: Convert): unknown {
    if (!Array.isArray(value)) return structuredClone(value)
    return value.map((x, i) => convert(x, joinPointer(ptr, i), joinPointer(out, i)))
  }

  /** A Reference Object or the object itself. */
  private refOr(convert: Convert): Convert {
    return (value, ptr, out) => {
      if (isObject(value) && typeof value['$ref'] === 'string') return this.reference(value, ptr)
      return convert(value, ptr, out)
    }
  }

  private reference(value: JsonObject, ptr: string): JsonObject {
    const o: JsonObject = {}
    for (const [k, v] of Object.entries(value)) {
      if (k === 'summary' || k === 'description') {
        this.loss(joinPointer(ptr, k), k, `OpenAPI 3.0 ignores fields beside \`$ref\`: this \`${k}\`, which overrides the referenced object's, is dropped`)
        continue
      }
      // Any other sibling is ignored by both versions: kept as written.
      o[k] = structuredClone(v)
      if (k === '$ref') this.refs.push({holder: o, key: k, pointer: joinPointer(ptr, k), schema: false})
    }
    return o
  }

  private info(value: unknown, ptr: string): unknown {
    if (!isObject(value)) return structuredClone(value)
    const o: JsonObject = {}
    for (const [k, v] of Object.entries(value)) {
      const p = joinPointer(ptr, k)
      if (k === 'summary') this.loss(p, k, '`info.summary` has no OpenAPI 3.0 field; dropped (the description is kept)')
      else if (k === 'license' && isObject(v)) o[k] = this.license(v, p)
      else o[k] = structuredClone(v)
    }
    return o
  }

  private license(value: JsonObject, ptr: string): JsonObject {
    const o: JsonObject = {}
    for (const [k, v] of Object.entries(value)) {
      if (k !== 'identifier') o[k] = structuredClone(v)
      else if (value['url'] === undefined && typeof v === 'string') o['url'] = `https://spdx.org/licenses/${encodeURIComponent(v)}.html`
      else {
        this.loss(
          joinPointer(ptr, k),
          k,
          `\`license.identifier\` has no OpenAPI 3.0 field: the SPDX identifier ${JSON.stringify(v)} is dropped and the license url kept`,
        )
      }
    }
    return o
  }

  private pathItem(value: unknown, ptr: string, out: string): unknown {
    if (!isObject(value)) return structuredClone(value)
    this.at(ptr, out)
    const o: JsonObject = {}
    const ref = value['$ref']
    if (typeof ref === 'string') {
      const inlined = this.inlinePathItem(ref, ptr, out)
      if (inlined) Object.assign(o, inlined)
      else {
        o['$ref'] = ref
        this.refs.push({holder: o, key: '$ref', pointer: joinPointer(ptr, '$ref'), schema: false})
      }
    }
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref') continue
      const p = joinPointer(ptr, k)
      const q = joinPointer(out, k)
      if (OPERATION_KEYS.has(k)) o[k] = this.operation(v, p, q, k)
      else if (k === 'parameters') o[k] = this.list(v, p, q, this.refOr((x, pp, qq) => this.parameter(x, pp, qq)))
      else o[k] = structuredClone(v)
    }
    return o
  }

  /** OpenAPI 3.0 has no `components.pathItems`: a path item that refers to one gets its content. */
  private inlinePathItem(ref: string, ptr: string, out: string): JsonObject | undefined {
    if (!ref.startsWith('#/components/pathItems/')) return undefined
    const target = fragmentToPointer(ref)
    const value = getByPointer(this.root, target)
    if (!isObject(value)) return undefined
    if (this.pathItemStack.includes(target)) {
      this.loss(joinPointer(ptr, '$ref'), '$ref', `the path item refers to itself through ${ref}; the reference is left as it is`)
      return undefined
    }
    if (!this.pathItemsUsed.has(target)) this.pathItemsUsed.set(target, out)
    this.pathItemStack.push(target)
    try {
      const converted = this.pathItem(value, target, out)
      return isObject(converted) ? converted : undefined
    } finally {
      this.pathItemStack.pop()
    }
  }

  private operation(value: unknown, ptr: string, out: string, method: string): unknown {
    if (!isObject(value)) return structuredClone(value)
    this.at(ptr, out)
    const o: JsonObject = {}
    for (const [k, v] of Object.entries(value)) {
      const p = joinPointer(ptr, k)
      const q = joinPointer(out, k)
      switch (k) {
        case 'parameters':
          o[k] = this.list(v, p, q, this.refOr((x, pp, qq) => this.parameter(x, pp, qq)))
          break
        case 'requestBody':
          o[k] = this.refOr((x, pp, qq) => this.requestBody(x, pp, qq))(v, p, q)
          if (BODYLESS_METHODS.has(method)) {
            this.loss(p, k, `OpenAPI 3.0 defines no request body for ${method.toUpperCase()} ("SHALL be ignored by consumers"); it is kept but may not be read`)
          }
          break
        case 'responses':
          o[k] = this.map(v, p, q, this.refOr((x, pp, qq) => this.response(x, pp, qq)), true)
          break
        case 'callbacks':
          o[k] = this.map(v, p, q, this.refOr((x, pp, qq) => this.callback(x, pp, qq)))
          break
        case 'security':
          o[k] = structuredClone(v)
          this.securitySites.push({holder: o, pointer: p})
          break
        default:
          o[k] = structuredClone(v)
      }
    }
    // 3.1 makes `responses` optional; 3.0 requires at least one response.
    if (!isObject(o['responses']) || Object.keys(o['responses']).length === 0) o['responses'] = {default: {description: 'Response not described'}}
    return o
  }

  /**
   * A copy of an object whose listed fields convert through their own step (with their input and output pointers);
   * every other field is copied as it is. `track` records where the object went (for references into it).
   */
  private fields(value: unknown, ptr: string, out: string, steps: Record<string, (v: unknown, p: string, q: string) => unknown>, track = true): unknown {
    if (!isObject(value)) return structuredClone(value)
    if (track) this.at(ptr, out)
    const o: JsonObject = {}
    for (const [k, v] of Object.entries(value)) {
      const step = Object.prototype.hasOwnProperty.call(steps, k) ? steps[k] : undefined
      o[k] = step ? step(v, joinPointer(ptr, k), joinPointer(out, k)) : structuredClone(v)
    }
    return o
  }

  private parameter(value: unknown, ptr: string, out: string): unknown {
    return this.fields(value, ptr, out, {
      schema: (v, p, q) => this.schema(v, p, q),
      content: (v, p, q) => this.map(v, p, q, (x, pp, qq) => this.mediaType(x, pp, qq)),
      examples: (v, p, q) => this.map(v, p, q, this.refOr((x) => structuredClone(x))),
    })
  }

  private requestBody(value: unknown, ptr: string, out: string): unknown {
    return this.fields(value, ptr, out, {content: (v, p, q) => this.map(v, p, q, (x, pp, qq) => this.mediaType(x, pp, qq))})
  }

  private mediaType(value: unknown, ptr: string, out: string): unknown {
    return this.fields(value, ptr, out, {
      schema: (v, p, q) => this.schema(v, p, q),
      examples: (v, p, q) => this.map(v, p, q, this.refOr((x) => structuredClone(x))),
      encoding: (v, p, q) => this.map(v, p, q, (x, pp, qq) => this.encoding(x, pp, qq)),
    })
  }

  private encoding(value: unknown, ptr: string, out: string): unknown {
    return this.fields(value, ptr, out, {headers: (v, p, q) => this.map(v, p, q, this.refOr((x, pp, qq) => this.parameter(x, pp, qq)))}, false)
  }

  private response(value: unknown, ptr: string, out: string): unknown {
    return this.fields(value, ptr, out, {
      headers: (v, p, q) => this.map(v, p, q, this.refOr((x, pp, qq) => this.parameter(x, pp, qq))),
      content: (v, p, q) => this.map(v, p, q, (x, pp, qq) => this.mediaType(x, pp, qq)),
      links: (v, p, q) => this.map(v, p, q, this.refOr((x, pp) => this.link(x, pp))),
    })
  }

  private link(value: unknown, ptr: string): unknown {
    const o = structuredClone(value)
    if (isObject(o) && typeof o['operationRef'] === 'string' && o['operationRef'].startsWith('#')) {
      this.refs.push({holder: o, key: 'operationRef', pointer: joinPointer(ptr, 'operationRef'), schema: false})
    }
    return o
  }

  private callback(value: unknown, ptr: string, out: string): unknown {
    return this.map(value, ptr, out, (x, pp, qq) => this.pathItem(x, pp, qq), true)
  }

  private components(value: unknown, ptr: string): unknown {
    if (!isObject(value)) return structuredClone(value)
    const o: JsonObject = {}
    const parameterLike = this.refOr((x, pp, qq) => this.parameter(x, pp, qq))
    for (const [k, v] of Object.entries(value)) {
      const p = joinPointer(ptr, k)
      switch (k) {
        case 'schemas':
          o[k] = this.map(v, p, p, (x, pp, qq) => this.schema(x, pp, qq))
          break
        case 'responses':
          o[k] = this.map(v, p, p, this.refOr((x, pp, qq) => this.response(x, pp, qq)))
          break
        case 'parameters':
        case 'headers':
          o[k] = this.map(v, p, p, parameterLike)
          break
        case 'requestBodies':
          o[k] = this.map(v, p, p, this.refOr((x, pp, qq) => this.requestBody(x, pp, qq)))
          break
        case 'examples':
          o[k] = this.map(v, p, p, this.refOr((x) => structuredClone(x)))
          break
        case 'links':
          o[k] = this.map(v, p, p, this.refOr((x, pp) => this.link(x, pp)))
          break
        case 'callbacks':
          o[k] = this.map(v, p, p, this.refOr((x, pp, qq) => this.callback(x, pp, qq)))
          break
        case 'securitySchemes':
          o[k] = this.securitySchemes(v, p)
          break
        case 'pathItems':
          break // inlined where paths refer to them; the rest is reported by finish()
        default:
          o[k] = structuredClone(v)
      }
    }
    return o
  }

  private securitySchemes(value: unknown, ptr: string): unknown {
    if (!isObject(value)) return structuredClone(value)
    const o: JsonObject = {}
    for (const [name, scheme] of Object.entries(value)) {
      const p = joinPointer(ptr, name)
      if (isObject(scheme) && scheme['type'] === 'mutualTLS') {
        this.loss(
          joinPointer(p, 'type'),
          'type',
          `security scheme "${name}" (mutualTLS) has no OpenAPI 3.0 form; dropped, with the security requirements that name it (API Gateway configures mutual TLS on the custom domain name)`,
        )
        this.droppedSchemes.add(name)
        this.gone(p)
        continue
      }
      o[name] = isObject(scheme) && typeof scheme['$ref'] === 'string' ? this.reference(scheme, p) : structuredClone(scheme)
    }
    return o
  }

  // --- schemas

  private schema(value: unknown, ptr: string, out: string): unknown {
    this.at(ptr, out)
    if (value === true) return {}
    if (value === false) return {not: {}}
    if (!isObject(value)) return structuredClone(value)
    if (typeof value['$ref'] !== 'string') return this.schemaBody(value, ptr, out, false)
    const ref: JsonObject = {$ref: value['$ref']}
    this.refs.push({holder: ref, key: '$ref', pointer: joinPointer(ptr, '$ref'), schema: true})
    const siblings = Object.fromEntries(Object.entries(value).filter(([k]) => k !== '$ref'))
    if (Object.keys(siblings).length === 0) return ref
    // 3.1 applies the keywords beside $ref too; 3.0 ignores them. allOf says the same in both.
    const o = this.schemaBody(siblings, ptr, out, true)
    if (Object.keys(o).length === 0) return ref
    o['allOf'] = [...(Array.isArray(o['allOf']) ? o['allOf'] : []), ref]
    return o
  }

  private schemaBody(s: JsonObject, ptr: string, out: string, hasRef: boolean): JsonObject {
    const o: JsonObject = {}
    const done = new Set<string>()
    const types = typeList(s['type'])
    const extraAllOf: unknown[] = []
    let split: {types: string[]; nullable: boolean} | undefined

    const nullOnly = (p: string, keyword: string) => {
      o['nullable'] = true
      if (!('enum' in s) && !('const' in s)) o['enum'] = [null]
      this.loss(p, keyword, `OpenAPI 3.0 has no null type: written as nullable: true with enum [null]; ${NULL_CAVEAT}`)
    }

    for (const [k, v] of Object.entries(s)) {
      if (done.has(k)) continue
      const p = joinPointer(ptr, k)
      const q = joinPointer(out, k)
      if (k.startsWith('x-')) {
        o[k] = structuredClone(v)
        continue
      }
      const dropped = DROPPED_KEYWORDS[k]
      if (dropped !== undefined) {
        this.loss(p, k, `\`${k}\` ${dropped}`)
        this.gone(p)
        continue
      }
      switch (k) {
        case 'type': {
          if (!Array.isArray(v)) {
            if (v === 'null') nullOnly(p, k)
            else o[k] = structuredClone(v)
            break
          }
          const nonNull = [...new Set(v.filter((t) => t !== 'null'))]
          const hasNull = v.includes('null')
          if (nonNull.length === 0) {
            if (hasNull) nullOnly(p, k)
            else this.loss(p, k, 'an empty type list allows no value and has no OpenAPI 3.0 form; dropped')
          } else if (nonNull.length === 1) {
            o[k] = nonNull[0]
            if (hasNull) o['nullable'] = true
          } else {
            split = {types: nonNull.map(String), nullable: hasNull}
            if (!('anyOf' in s)) o['anyOf'] = TYPE_LIST_SLOT
          }
          break
        }
        case 'nullable':
          o[k] = o[k] === true ? true : structuredClone(v)
          break
        case 'const':
        case 'enum':
          done.add('const').add('enum')
          this.constEnum(s, ptr, o, types)
          break
        case 'minimum':
        case 'exclusiveMinimum':
          done.add('minimum').add('exclusiveMinimum')
          bound(s, o, 'minimum', 'exclusiveMinimum', (inclusive, exclusive) => inclusive > exclusive)
          break
        case 'maximum':
        case 'exclusiveMaximum':
          done.add('maximum').add('exclusiveMaximum')
          bound(s, o, 'maximum', 'exclusiveMaximum', (inclusive, exclusive) => inclusive < exclusive)
          break
        case 'examples':
          this.examples(s, v, p, o)
          break
        case '$defs':
        case 'definitions':
          // Hoisted into components.schemas: references into them follow (see moves).
          if (isObject(v)) for (const [name, d] of Object.entries(v)) this.hoist(d, joinPointer(p, name), out, name)
          else this.loss(p, k, `\`${k}\` is not an object of schemas; dropped`)
          break
        case '$schema':
          if (!KNOWN_DIALECTS.has(String(v))) {
            this.loss(
              p,
              k,
              `\`$schema\` has no OpenAPI 3.0 form: the schema is read as the OpenAPI 3.0 subset, not as ${String(v)}`,
            )
          }
          break
        case '$anchor':
        case '$dynamicAnchor':
          if (typeof v === 'string') this.anchors.set(v, ptr)
          break
        case 'prefixItems':
        case 'items':
          done.add('prefixItems').add('items')
          this.items(s, ptr, out, o, done)
          break
        case 'unevaluatedItems':
          if (v === true) break
          if (!hasRef && !APPLICATORS.some((a) => a in s) && !('items' in s) && !('prefixItems' in s) && !('contains' in s)) {
            if (v === false) {
              o['maxItems'] = 0
              done.add('maxItems')
            } else o['items'] = this.schema(v, p, joinPointer(out, 'items'))
          } else {
            this.loss(
              p,
              k,
              '`unevaluatedItems` depends on what other subschemas evaluate, which OpenAPI 3.0 cannot say: dropped, so extra items are no longer checked',
            )
            this.gone(p)
          }
          break
        case 'unevaluatedProperties':
          if (v === true) break
          if (!hasRef && !APPLICATORS.some((a) => a in s) && !('additionalProperties' in s) && !('patternProperties' in s)) {
            o['additionalProperties'] = typeof v === 'boolean' ? v : this.schema(v, p, joinPointer(out, 'additionalProperties'))
          } else {
            this.loss(
              p,
              k,
              '`unevaluatedProperties` depends on what other subschemas evaluate, which OpenAPI 3.0 cannot say: dropped, so extra properties are no longer checked',
            )
            this.gone(p)
          }
          break
        case 'patternProperties':
        case 'additionalProperties':
          if (k === 'patternProperties') {
            const loosened = 'additionalProperties' in s && s['additionalProperties'] !== true
            this.loss(
              p,
              k,
              `\`patternProperties\` has no OpenAPI 3.0 form: properties whose names match its patterns are no longer checked against its schemas${loosened ? ', and `additionalProperties` now admits them' : ''}`,
            )
            if (!loosened) this.gone(p) // otherwise its schemas live on in additionalProperties
          }
          if (!done.has('additionalProperties') && 'additionalProperties' in s) {
            done.add('additionalProperties')
            this.additionalProperties(s, ptr, out, o)
          }
          break
        case 'contentEncoding':
        case 'contentMediaType':
          done.add('contentEncoding').add('contentMediaType')
          this.content(s, ptr, o, types)
          break
        case 'anyOf':
        case 'oneOf':
          this.alternatives(s, k, v, ptr, out, o, extraAllOf)
          break
        case 'allOf':
          o[k] = this.list(v, p, q, (x, pp, qq) => this.schema(x, pp, qq))
          break
        case 'not':
          o[k] = this.schema(v, p, q)
          break
        case 'properties':
          o[k] = this.map(v, p, q, (x, pp, qq) => this.schema(x, pp, qq))
          break
        case 'discriminator':
          o[k] = this.discriminator(v, p)
          break
        case 'required':
          // 3.0 (draft wright-00) wants at least one name; an empty list requires nothing.
          if (!(Array.isArray(v) && v.length === 0)) o[k] = structuredClone(v)
          break
        default:
          o[k] = structuredClone(v)
      }
    }

    if (extraAllOf.length > 0) o['allOf'] = [...(Array.isArray(o['allOf']) ? o['allOf'] : []), ...extraAllOf]
    if (split) this.splitTypes(split.types, split.nullable, ptr, out, o)
    if (o['type'] === 'array' && !('items' in o)) o['items'] = {} // 3.0 requires items beside type: array
    return o
  }

  private constEnum(s: JsonObject, ptr: string, o: JsonObject, types: string[] | undefined): void {
    if (!('const' in s)) {
      o['enum'] = structuredClone(s['enum'])
      return
    }
    const c = s['const']
    const list = s['enum']
    if (Array.isArray(list) && !list.some((e) => sameValue(e, c))) {
      o['enum'] = structuredClone(list)
      this.loss(
        joinPointer(ptr, 'const'),
        'const',
        `\`const\` ${JSON.stringify(c)} is not among the enum values, so no value was valid; the const is dropped and the enum kept`,
      )
      return
    }
    o['enum'] = [structuredClone(c)]
    if (c === null) {
      o['nullable'] = true
      if (!types?.some((t) => t !== 'null')) {
        this.loss(
          joinPointer(ptr, 'const'),
          'const',
          `\`const: null\` is written as nullable: true with enum [null]; ${NULL_CAVEAT}`,
        )
      }
    }
  }

  private examples(s: JsonObject, v: unknown, p: string, o: JsonObject): void {
    if (!Array.isArray(v)) {
      this.loss(p, 'examples', '`examples` is not a list; dropped')
      return
    }
    if ('example' in s) {
      const extra = v.filter((x) => !sameValue(x, s['example'])).length
      if (extra > 0) {
        this.loss(
          p,
          'examples',
          `an OpenAPI 3.0 schema holds one example and \`example\` is set: ${extra === 1 ? 'one of the `examples` is' : `${extra} of the \`examples\` are`} dropped`,
        )
      }
      return
    }
    if (v.length === 0) return
    o['example'] = structuredClone(v[0])
    if (v.length > 1) this.loss(p, 'examples', `an OpenAPI 3.0 schema holds one example: the first is kept as \`example\`, ${others(v.length - 1)} dropped`)
  }

  private hoist(value: unknown, ptr: string, parentOut: string, name: string): void {
    const m = /^\/components\/schemas\/([^/]+)$/.exec(parentOut)
    const base = (m ? unescapeSegment(m[1]!) : '') + pascal(name)
    let unique = base || 'Schema'
    for (let n = 2; this.schemaNames.has(unique); n++) unique = `${base || 'Schema'}${n}`
    this.schemaNames.add(unique)
    const slot: [string, unknown] = [unique, undefined]
    this.hoisted.push(slot) // parent before children
    slot[1] = this.schema(value, ptr, joinPointer('/components/schemas', unique))
  }

  /** `prefixItems` (or a draft-7 tuple `items` list) and `items`. */
  private items(s: JsonObject, ptr: string, out: string, o: JsonObject, done: Set<string>): void {
    const tupleKey = Array.isArray(s['prefixItems']) ? 'prefixItems' : Array.isArray(s['items']) ? 'items' : undefined
    const itemsOut = joinPointer(out, 'items')
    if (tupleKey === undefined) {
      if ('prefixItems' in s) this.loss(joinPointer(ptr, 'prefixItems'), 'prefixItems', '`prefixItems` is not a list; dropped')
      if (!('items' in s)) return
      if (s['items'] === false) {
        o['items'] = {}
        o['maxItems'] = 0
        done.add('maxItems')
      } else o['items'] = this.schema(s['items'], joinPointer(ptr, 'items'), itemsOut)
      return
    }
    const tuple = s[tupleKey] as unknown[]
    const restKey = tupleKey === 'prefixItems' ? 'items' : 'additionalItems'
    if (restKey === 'additionalItems') done.add(restKey)
    const rest = s[restKey]
    const parts: Array<[unknown, string]> = tuple.map((x, i) => [x, joinPointer(ptr, tupleKey, i)])
    if (rest !== undefined && rest !== false) parts.push([rest, joinPointer(ptr, restKey)])
    if (rest === false) {
      const max = typeof s['maxItems'] === 'number' ? Math.min(s['maxItems'], tuple.length) : tuple.length
      o['maxItems'] = max
      done.add('maxItems')
    }
    if (parts.length === 0) o['items'] = {}
    else if (parts.length === 1) o['items'] = this.schema(parts[0]![0], parts[0]![1], itemsOut)
    else o['items'] = {anyOf: parts.map(([x, p], i) => this.schema(x, p, joinPointer(itemsOut, 'anyOf', i)))}
    this.loss(
      joinPointer(ptr, tupleKey),
      tupleKey,
      'OpenAPI 3.0 `items` is one schema for every position: the tuple is written as items that match any of its schemas, so positions are no longer checked',
    )
  }

  private additionalProperties(s: JsonObject, ptr: string, out: string, o: JsonObject): void {
    const ap = s['additionalProperties']
    const apPtr = joinPointer(ptr, 'additionalProperties')
    const apOut = joinPointer(out, 'additionalProperties')
    const patterns = isObject(s['patternProperties']) ? Object.entries(s['patternProperties']) : []
    if (patterns.length === 0 || ap === true) {
      o['additionalProperties'] = typeof ap === 'boolean' ? ap : this.schema(ap, apPtr, apOut)
      return
    }
    // A property matching a pattern was exempt from additionalProperties: let it through (looser, never stricter).
    const parts: Array<[unknown, string]> = [
      ...(ap === false ? [] : [[ap, apPtr] as [unknown, string]]),
      ...patterns.map(([name, x]) => [x, joinPointer(ptr, 'patternProperties', name)] as [unknown, string]),
    ]
    o['additionalProperties'] =
      parts.length === 1 ? this.schema(parts[0]![0], parts[0]![1], apOut) : {anyOf: parts.map(([x, p], i) => this.schema(x, p, joinPointer(apOut, 'anyOf', i)))}
  }

  private content(s: JsonObject, ptr: string, o: JsonObject, types: string[] | undefined): void {
    const encoding = s['contentEncoding']
    const mediaType = s['contentMediaType']
    const stringy = types === undefined || types.includes('string')
    const format = s['format']
    const encPtr = joinPointer(ptr, 'contentEncoding')
    const mtPtr = joinPointer(ptr, 'contentMediaType')
    if (encoding !== undefined) {
      if (typeof encoding === 'string' && encoding.toLowerCase() === 'base64' && stringy && (format === undefined || format === 'byte')) o['format'] = 'byte'
      else {
        this.loss(
          encPtr,
          'contentEncoding',
          `\`contentEncoding: ${String(encoding)}\` has no OpenAPI 3.0 form (only base64 strings are format: byte); dropped`,
        )
      }
      if (mediaType !== undefined && mediaType !== 'application/octet-stream') {
        this.loss(
          mtPtr,
          'contentMediaType',
          `\`contentMediaType\` has no OpenAPI 3.0 form: the media type ${String(mediaType)} of the decoded content is dropped`,
        )
      }
      return
    }
    if (mediaType === undefined) return
    if (typeof mediaType === 'string' && !isTextMediaType(mediaType) && stringy && (format === undefined || format === 'binary')) {
      o['format'] = 'binary'
      if (mediaType !== 'application/octet-stream') {
        this.loss(
          mtPtr,
          'contentMediaType',
          `written as format: binary; the media type ${mediaType} has no OpenAPI 3.0 form in a schema and is dropped`,
        )
      }
    } else {
      this.loss(mtPtr, 'contentMediaType', `\`contentMediaType: ${String(mediaType)}\` has no OpenAPI 3.0 form; dropped`)
    }
  }

  /** `anyOf`/`oneOf`, where a `{type: 'null'}` alternative becomes `nullable`. */
  private alternatives(s: JsonObject, k: string, v: unknown, ptr: string, out: string, o: JsonObject, extraAllOf: unknown[]): void {
    const p = joinPointer(ptr, k)
    const q = joinPointer(out, k)
    if (!Array.isArray(v)) {
      o[k] = structuredClone(v)
      return
    }
    const nulls = v.filter(isNullOnly).length
    if (nulls === 0 || nulls === v.length) {
      if (o[k] === TYPE_LIST_SLOT) delete o[k]
      o[k] = this.list(v, p, q, (x, pp, qq) => this.schema(x, pp, qq))
      return
    }
    const kept: Array<[unknown, number]> = []
    v.forEach((x, i) => {
      if (isNullOnly(x)) this.gone(joinPointer(p, i))
      else kept.push([x, i])
    })
    if (kept.length === 1) {
      const [x, i] = kept[0]!
      const mergeable = isObject(x) && !('$ref' in x) && typeof x['type'] === 'string' && Object.keys(x).every((key) => key === 'nullable' || !(key in s))
      if (mergeable) {
        // {anyOf: [{type: T, ...}, {type: 'null'}]} is {type: T, ..., nullable: true}: exact.
        const merged = this.schema(x, joinPointer(p, i), out) as JsonObject
        Object.assign(o, merged)
        o['nullable'] = true
        return
      }
      o['nullable'] = true
      const n = (Array.isArray(s['allOf']) ? s['allOf'].length : 0) + extraAllOf.length
      extraAllOf.push(this.schema(x, joinPointer(p, i), joinPointer(out, 'allOf', n)))
      this.loss(p, k, `the null alternative is written as nullable: true beside allOf; ${NULL_CAVEAT}`)
      return
    }
    const converted = kept.map(([x, i], j) => this.schema(x, joinPointer(p, i), joinPointer(q, j)))
    // In anyOf, "T1 or T2 or null" is "(T1 or null) or (T2 or null)": exact when every alternative has its own type.
    if (k === 'anyOf' && converted.every((c) => isObject(c) && typeof c['type'] === 'string')) {
      for (const c of converted) (c as JsonObject)['nullable'] = true
    } else {
      o['nullable'] = true
      this.loss(p, k, `the null alternative is written as nullable: true beside ${k}; ${NULL_CAVEAT}`)
    }
    if (o[k] === TYPE_LIST_SLOT) delete o[k]
    o[k] = converted
  }

  private discriminator(v: unknown, p: string): unknown {
    const d = structuredClone(v)
    if (isObject(d) && isObject(d['mapping'])) {
      const mapping = d['mapping']
      for (const [name, target] of Object.entries(mapping)) {
        if (typeof target !== 'string' || !target.startsWith('#')) continue
        this.refs.push({holder: mapping, key: name, pointer: joinPointer(p, 'mapping', name), schema: false})
      }
    }
    return d
  }

  /** `type: [A, B]`: anyOf one schema per type, each taking the keywords that constrain its type. */
  private splitTypes(types: string[], nullable: boolean, ptr: string, out: string, o: JsonObject): void {
    const inPlace = o['anyOf'] === TYPE_LIST_SLOT
    const base = inPlace ? joinPointer(out, 'anyOf') : joinPointer(out, 'allOf', Array.isArray(o['allOf']) ? o['allOf'].length : 0, 'anyOf')
    const branches: JsonObject[] = types.map((t) => (nullable ? {type: t, nullable: true} : {type: t}))
    for (const key of Object.keys(o)) {
      const applies = TYPE_KEYWORDS[key]
      if (!applies) continue
      const targets = branches.map((b, i) => [b, i] as const).filter(([b]) => applies.includes(String(b['type'])))
      if (targets.length === 0) continue // constrains none of the types: no effect, left where it is
      targets.forEach(([b], n) => (b[key] = n === 0 ? o[key] : structuredClone(o[key])))
      this.relocate(joinPointer(ptr, key), joinPointer(out, key), joinPointer(base, targets[0]![1], key))
      delete o[key]
    }
    for (const b of branches) if (b['type'] === 'array' && !('items' in b)) b['items'] = {}
    if (inPlace) o['anyOf'] = branches
    else o['allOf'] = [...(Array.isArray(o['allOf']) ? o['allOf'] : []), {anyOf: branches}]
    this.loss(
      joinPointer(ptr, 'type'),
      'type',
      `a list of several types has no OpenAPI 3.0 form: written as anyOf with one schema per type (${types.join(', ')}), which API Gateway models do not support`,
    )
  }

  private finish(document: JsonObject): void {
    if (this.hoisted.length > 0) {
      const components = isObject(document['components']) ? document['components'] : (document['components'] = {})
      const schemas = isObject(components['schemas']) ? components['schemas'] : (components['schemas'] = {})
      for (const [name, schema] of this.hoisted) schemas[name] = schema
    }
    const components = this.root['components']
    const pathItems = isObject(components) ? components['pathItems'] : undefined
    if (isObject(pathItems)) {
      for (const name of Object.keys(pathItems)) {
        const p = joinPointer('/components/pathItems', name)
        if (this.pathItemsUsed.has(p)) continue
        this.loss(p, 'pathItems', `path item "${name}" is used by no path or callback and OpenAPI 3.0 has no components.pathItems: dropped`)
        this.gone(p)
      }
    }
    if (this.droppedSchemes.size > 0) this.fixSecurity()
    this.fixRefs(document)
  }

  private fixSecurity(): void {
    for (const site of this.securitySites) {
      const list = site.holder['security']
      if (!Array.isArray(list)) continue
      const kept: unknown[] = []
      list.forEach((requirement, i) => {
        const p = joinPointer(site.pointer, i)
        const names = isObject(requirement) ? Object.keys(requirement).filter((n) => this.droppedSchemes.has(n)) : []
        if (names.length === 0) {
          kept.push(requirement)
          return
        }
        const rest = Object.fromEntries(Object.entries(requirement as JsonObject).filter(([n]) => !this.droppedSchemes.has(n)))
        if (Object.keys(rest).length > 0) {
          kept.push(rest)
          this.loss(p, 'security', `the requirement on ${names.join(', ')} is dropped with its scheme: this alternative now asks for less`)
        } else {
          this.loss(
            p,
            'security',
            `this alternative needs only ${names.join(', ')}, whose scheme has no OpenAPI 3.0 form: removed${kept.length === 0 && i === list.length - 1 ? ', which leaves no requirement' : ''}`,
          )
        }
      })
      site.holder['security'] = kept
    }
  }

  private fixRefs(document: JsonObject): void {
    for (const site of this.refs) {
      const raw = site.holder[site.key]
      if (typeof raw !== 'string') continue
      let target: string | undefined
      if (raw.startsWith('#/') || raw === '#') target = fragmentToPointer(raw)
      else if (raw.startsWith('#')) {
        target = this.anchors.get(fragmentToPointer(raw))
        if (target === undefined) {
          this.loss(site.pointer, '$ref', `no schema declares the anchor ${raw}; the reference is left as it is`)
          continue
        }
      } else {
        this.loss(site.pointer, '$ref', `only internal references (#/...) are converted; ${raw} is left as it is`)
        continue
      }
      const mapped = this.mapPointer(target)
      if (mapped === undefined || getByPointer(document, mapped) === undefined) {
        this.loss(
          site.pointer,
          '$ref',
          `${raw} points into a construct that has no OpenAPI 3.0 form and was dropped${site.schema ? ': the reference is dropped, so any value is accepted here' : ''}`,
        )
        if (site.schema) delete site.holder[site.key]
        continue
      }
      if (mapped !== target || !raw.startsWith('#/')) site.holder[site.key] = pointerToFragment(mapped)
    }
  }
}

function typeList(type: unknown): string[] | undefined {
  if (typeof type === 'string') return [type]
  if (Array.isArray(type)) return type.map(String)
  return undefined
}

function isNullOnly(x: unknown): boolean {
  if (!isObject(x)) return false
  const keys = Object.keys(x)
  if (keys.length !== 1 || keys[0] !== 'type') return false
  const t = x['type']
  return t === 'null' || (Array.isArray(t) && t.length > 0 && t.every((e) => e === 'null'))
}

/** Numeric `exclusiveMinimum: n` (2020-12) is `minimum: n` + `exclusiveMinimum: true` (3.0), unless `minimum` is stricter. */
function bound(s: JsonObject, o: JsonObject, inclusiveKey: string, exclusiveKey: string, stricter: (inclusive: number, exclusive: number) => boolean): void {
  const inclusive = s[inclusiveKey]
  const exclusive = s[exclusiveKey]
  if (typeof exclusive === 'number') {
    if (typeof inclusive === 'number' && stricter(inclusive, exclusive)) o[inclusiveKey] = inclusive
    else {
      o[inclusiveKey] = exclusive
      o[exclusiveKey] = true
    }
    return
  }
  if (inclusive !== undefined) o[inclusiveKey] = structuredClone(inclusive)
  if (exclusive !== undefined) o[exclusiveKey] = structuredClone(exclusive) // a 3.0-style boolean, kept
}

function isTextMediaType(mediaType: string): boolean {
  return /^text\/|[/+](json|xml|yaml|x-yaml)(;|$)|^application\/(x-www-form-urlencoded|javascript|ecmascript)(;|$)/i.test(mediaType.trim())
}

function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
}

/** A JSON pointer as a URI fragment (RFC 6901 section 6): characters a fragment cannot hold are percent-encoded. */

function insertAfter(o: JsonObject, after: string, key: string, value: unknown): JsonObject {
  if (!(after in o)) return {...o, [key]: value}
  const out: JsonObject = {}
  for (const [k, v] of Object.entries(o)) {
    out[k] = v
    if (k === after) out[key] = value
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// OpenAPI 3.0 -> Swagger 2.0

const METHODS_20 = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'x-amazon-apigateway-any-method'])
const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])
/** Fields a 2.0 non-body parameter, header or items object shares with a schema. */
const PRIMITIVE_FIELDS = new Set(SWAGGER2_VALUE_FIELDS)
/** OAuth 2 flows: 3.0 name -> 2.0 `flow`. */
const OAUTH_FLOWS: Record<string, string> = {implicit: 'implicit', password: 'password', clientCredentials: 'application', authorizationCode: 'accessCode'}

type PrimitiveContext = 'parameter' | 'header' | 'items' | 'form field'

class Down30 {
  readonly losses: Loss[] = []
  /** Components 2.0 has no section for (request bodies, headers, examples) that an operation took inline. */
  private readonly inlined = new Set<string>()
  private readonly droppedParameters = new Set<string>()
  private readonly stack: string[] = []

  constructor(private readonly root: JsonObject) {}

  convert(): JsonObject {
    const d = this.root
    const out: JsonObject = {swagger: '2.0'}
    if ('info' in d) out['info'] = structuredClone(d['info'])
    const extensions: JsonObject = {}
    this.servers(d['servers'], out, extensions)

    const components = isObject(d['components']) ? d['components'] : {}
    const sections = this.components(components, extensions)
    out['paths'] = this.paths(d['paths'])
    for (const [key, value] of Object.entries(sections)) if (Object.keys(value).length > 0) out[key] = value
    for (const key of ['security', 'tags', 'externalDocs']) if (key in d) out[key] = structuredClone(d[key])
    for (const [k, v] of Object.entries(d)) {
      if (k.startsWith('x-')) out[k] = extension(v)
      else if (!['openapi', 'info', 'servers', 'paths', 'components', 'security', 'tags', 'externalDocs'].includes(k)) {
        this.loss(joinPointer('', k), k, `\`${k}\` is not a Swagger 2.0 field; dropped`)
      }
    }
    for (const [k, v] of Object.entries(extensions)) {
      if (!(k in out)) out[k] = v
      else if (!sameValue(out[k], v)) {
        this.loss(
          joinPointer('', k),
          k,
          `${k} is also set on the server or in components, which Swagger 2.0 puts at the top level too: that other value is dropped`,
        )
      }
    }
    this.unusedComponents(components)
    return out
  }

  private loss(pointer: string, keyword: string, message: string): void {
    this.losses.push({pointer, message, keyword})
  }

  /** The value at an internal reference, following chains; undefined (with a loss) when it cannot be followed. */
  private resolve(value: unknown, ptr: string): {value: unknown; pointer: string; via: boolean} | undefined {
    const r = followRefs(this.root, value, ptr)
    // Each target reached is inlined, whether or not the chain ends well.
    for (const target of r.targets) this.markInlined(target)
    if (!r.ok) {
      this.loss(joinPointer(r.at, '$ref'), '$ref', r.problem === 'external' ? `only internal references (#/...) are converted; ${r.ref} is dropped` : `${unfollowable(r)}; dropped`)
      return undefined
    }
    return {value: r.value, pointer: r.pointer, via: r.viaRef}
  }

  private markInlined(target: string): void {
    if (/^\/components\/(requestBodies|headers|examples)\/[^/]+$/.test(target)) this.inlined.add(target)
  }

  private dropExtensions(o: JsonObject, ptr: string, where: string): void {
    for (const k of Object.keys(o)) if (k.startsWith('x-')) {
      this.loss(
        joinPointer(ptr, k),
        k,
        `Swagger 2.0 has no place for ${where}'s extensions: ${k} is dropped`,
      )
    }
  }

  /** A dropped part (reported where it is) still counts as using the components it refers to. */
  private touchRefs(value: unknown): void {
    if (Array.isArray(value)) for (const x of value) this.touchRefs(x)
    else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) this.markInlined(fragmentToPointer(v))
        else this.touchRefs(v)
      }
    }
  }

  // --- servers

  private servers(servers: unknown, out: JsonObject, extensions: JsonObject): void {
    if (!Array.isArray(servers) || servers.length === 0) return
    const first = this.serverUrl(servers[0], '/servers/0', true)
    if (first.host !== undefined) out['host'] = first.host
    if (first.basePath !== undefined) out['basePath'] = first.basePath
    const schemes: string[] = []
    const addScheme = (scheme: string | undefined, ptr: string) => {
      if (scheme === undefined || schemes.includes(scheme)) return
      if (['http', 'https', 'ws', 'wss'].includes(scheme)) schemes.push(scheme)
      else this.loss(joinPointer(ptr, 'url'), 'url', `Swagger 2.0 schemes are http, https, ws and wss: ${scheme} is dropped`)
    }
    addScheme(first.scheme, '/servers/0')
    const s0 = servers[0]
    if (isObject(s0)) {
      for (const [k, v] of Object.entries(s0)) {
        // x-amazon-apigateway-endpoint-configuration "should be present in top-level vendor extensions for Swagger 2.0.
        // For OpenAPI 3.0, it should be present under the vendor extensions of the Server object."
        // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html
        if (k.startsWith('x-')) extensions[k] = extension(v)
        else if (k === 'description') this.loss('/servers/0/description', k, 'Swagger 2.0 has no server description; dropped')
      }
    }
    servers.slice(1).forEach((server, j) => {
      const ptr = `/servers/${j + 1}`
      const other = this.serverUrl(server, ptr, false)
      if (other.host === first.host && other.basePath === first.basePath && other.scheme !== undefined) {
        addScheme(other.scheme, ptr)
        if (isObject(server) && server['description'] !== undefined) {
          this.loss(
            joinPointer(ptr, 'description'),
            'description',
            'Swagger 2.0 has no server description; dropped',
          )
        }
      }
      else this.loss(ptr, 'servers', `Swagger 2.0 has one host and base path: server ${JSON.stringify(isObject(server) ? server['url'] : server)} is dropped`)
    })
    if (schemes.length > 0) out['schemes'] = schemes
  }

  private serverUrl(server: unknown, ptr: string, report: boolean): {scheme?: string; host?: string; basePath?: string} {
    if (!isObject(server) || typeof server['url'] !== 'string') return {}
    const variables = isObject(server['variables']) ? server['variables'] : {}
    const url = server['url'].replace(/\{([^}]+)\}/g, (whole, name: string) => {
      const variable = variables[name]
      const value = isObject(variable) ? variable['default'] : undefined
      if (typeof value === 'string') return value
      if (report) this.loss(joinPointer(ptr, 'url'), 'url', `server variable {${name}} has no default to write in its place; left as it is`)
      return whole
    })
    if (report) {
      for (const [name, variable] of Object.entries(variables)) {
        const values = isObject(variable) && Array.isArray(variable['enum']) ? variable['enum'] : []
        if (values.length > 1) {
          this.loss(
            joinPointer(ptr, 'variables', name),
            'variables',
            `Swagger 2.0 has no server variables: {${name}} is written as its default ${JSON.stringify(isObject(variable) ? variable['default'] : undefined)}, its other values are dropped`,
          )
        }
      }
    }
    let scheme: string | undefined
    let host: string | undefined
    let path: string
    const absolute = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/.exec(url)
    const schemeRelative = /^\/\/([^/?#]*)([^?#]*)/.exec(url)
    if (absolute) {
      scheme = absolute[1]!.toLowerCase()
      host = absolute[2]!
      path = absolute[3]!
    } else if (schemeRelative) {
      host = schemeRelative[1]!
      path = schemeRelative[2]!
    } else path = url.replace(/[?#].*$/, '')
    path = ('/' + path).replace(/\/{2,}/g, '/')
    if (path.length > 1) path = path.replace(/\/$/, '')
    const result: {scheme?: string; host?: string; basePath?: string} = {}
    if (scheme !== undefined) result.scheme = scheme
    if (host) result.host = host
    if (path !== '/') result.basePath = path
    return result
  }

  // --- paths and operations

  private paths(paths: unknown): unknown {
    if (!isObject(paths)) return {}
    const o: JsonObject = {}
    for (const [path, item] of Object.entries(paths)) {
      o[path] = path.startsWith('x-') ? structuredClone(item) : this.pathItem(item, joinPointer('/paths', path))
    }
    return o
  }

  private pathItem(item: unknown, ptr: string): unknown {
    if (!isObject(item)) return structuredClone(item)
    const o: JsonObject = {}
    for (const [k, v] of Object.entries(item)) {
      const p = joinPointer(ptr, k)
      if (METHODS_20.has(k)) o[k] = this.operation(v, p)
      else if (k === 'parameters') o[k] = this.parameterList(v, p)
      else if (k === 'trace') this.loss(p, k, 'Swagger 2.0 has no TRACE operation; dropped')
      else if (k === 'summary' || k === 'description') this.loss(p, k, `a Swagger 2.0 path item has no ${k}; dropped`)
      else if (k === 'servers') this.loss(p, k, 'Swagger 2.0 has no per-path servers; dropped')
      else o[k] = structuredClone(v)
    }
    return o
  }

  private operation(op: unknown, ptr: string): unknown {
    if (!isObject(op)) return structuredClone(op)
    const parameters = this.parameterList(op['parameters'], joinPointer(ptr, 'parameters'))
    let consumes: string[] = []
    if ('requestBody' in op) {
      const body = this.requestBody(op['requestBody'], joinPointer(ptr, 'requestBody'))
      parameters.push(...body.parameters)
      consumes = body.consumes
    }
    const {responses, produces} = this.responses(op['responses'], joinPointer(ptr, 'responses'))
    const o: JsonObject = {}
    let ioDone = false
    // Where GetExport writes them: consumes and produces per operation, before parameters and responses.
    const io = () => {
      if (ioDone) return
      ioDone = true
      if (consumes.length > 0) o['consumes'] = consumes
      if (produces.length > 0) o['produces'] = produces
      if (parameters.length > 0) o['parameters'] = parameters
    }
    for (const [k, v] of Object.entries(op)) {
      const p = joinPointer(ptr, k)
      switch (k) {
        case 'parameters':
        case 'requestBody':
          io()
          break
        case 'responses':
          io()
          o[k] = responses
          break
        case 'callbacks':
          if (isObject(v)) for (const name of Object.keys(v)) this.loss(joinPointer(p, name), k, `Swagger 2.0 has no callbacks: "${name}" is dropped`)
          this.touchRefs(v)
          break
        case 'servers':
          this.loss(p, k, 'Swagger 2.0 has no per-operation servers; dropped')
          break
        default:
          o[k] = k.startsWith('x-') ? extension(v) : structuredClone(v)
      }
    }
    io()
    if (!('responses' in o)) o['responses'] = responses
    return o
  }

  private parameterList(list: unknown, ptr: string): JsonObject[] {
    if (!Array.isArray(list)) return []
    const out: JsonObject[] = []
    list.forEach((x, i) => {
      const converted = this.parameterOrRef(x, joinPointer(ptr, i))
      if (converted) out.push(converted)
    })
    return out
  }

  private parameterOrRef(x: unknown, ptr: string): JsonObject | undefined {
    if (isObject(x) && typeof x['$ref'] === 'string') {
      const target = fragmentToPointer(x['$ref'])
      const m = /^\/components\/parameters\/([^/]+)$/.exec(target)
      if (m && getByPointer(this.root, target) !== undefined) {
        if (!this.droppedParameters.has(target)) return {$ref: `#/parameters/${m[1]!}`}
        this.loss(joinPointer(ptr, '$ref'), 'in', `${x['$ref']} is a cookie parameter, which Swagger 2.0 cannot express; dropped here too`)
        return undefined
      }
      const r = this.resolve(x, ptr)
      return r ? this.parameter(r.value, r.pointer) : undefined
    }
    return this.parameter(x, ptr)
  }

  private parameter(p: unknown, ptr: string): JsonObject | undefined {
    if (!isObject(p)) return undefined
    if (p['in'] === 'cookie') {
      this.loss(joinPointer(ptr, 'in'), 'in', `cookie parameter ${JSON.stringify(p['name'])} has no Swagger 2.0 form; dropped`)
      return undefined
    }
    const o: JsonObject = {}
    for (const [k, v] of Object.entries(p)) {
      const kp = joinPointer(ptr, k)
      switch (k) {
        case 'schema':
          Object.assign(o, this.primitive(v, kp, 'parameter', o))
          break
        case 'content':
          this.loss(kp, k, 'Swagger 2.0 parameters have no content (a serialized media type): written as a string')
          o['type'] = 'string'
          break
        case 'style':
        case 'explode':
        case 'allowReserved':
          break // collectionFormat below
        case 'deprecated':
          if (v === true) this.loss(kp, k, 'Swagger 2.0 parameters cannot be deprecated; the mark is dropped')
          break
        case 'example':
          o['x-example'] = structuredClone(v) // swagger-ui reads x-example on 2.0 non-body parameters
          break
        case 'examples':
          this.firstExample(v, kp, o)
          break
        default:
          o[k] = structuredClone(v)
      }
    }
    if (p['allowReserved'] === true) {
      this.loss(
        joinPointer(ptr, 'allowReserved'),
        'allowReserved',
        'Swagger 2.0 has no allowReserved: reserved characters are percent-encoded',
      )
    }
    if (o['type'] === 'array') {
      const format = this.collectionFormat(p, ptr)
      if (format !== undefined && format !== 'csv') o['collectionFormat'] = format
    } else if (p['style'] === 'deepObject' || p['style'] === 'label' || p['style'] === 'matrix') {
      this.loss(joinPointer(ptr, 'style'), 'style', `Swagger 2.0 has no ${String(p['style'])} style; dropped`)
    }
    return o
  }

  /** 3.0 `style`/`explode` -> 2.0 `collectionFormat` (csv is 2.0's default). */
  private collectionFormat(p: JsonObject, ptr: string): string | undefined {
    const location = p['in']
    const style = typeof p['style'] === 'string' ? p['style'] : location === 'query' ? 'form' : 'simple'
    const explode = typeof p['explode'] === 'boolean' ? p['explode'] : style === 'form'
    switch (style) {
      case 'form':
        return explode ? 'multi' : 'csv'
      case 'simple':
        return 'csv'
      case 'spaceDelimited':
        return 'ssv'
      case 'pipeDelimited':
        return 'pipes'
      default:
        this.loss(joinPointer(ptr, 'style'), 'style', `Swagger 2.0 has no ${style} style for arrays: written as csv`)
        return undefined
    }
  }

  private firstExample(examples: unknown, ptr: string, o: JsonObject): void {
    if (!isObject(examples)) return
    const names = Object.keys(examples)
    if (names.length === 0) return
    const first = this.resolve(examples[names[0]!], joinPointer(ptr, names[0]!))
    if (first && isObject(first.value) && 'value' in first.value && !('x-example' in o)) o['x-example'] = structuredClone(first.value['value'])
    if (names.length > 1) this.loss(ptr, 'examples', `Swagger 2.0 holds one example here: the first is kept as x-example, ${others(names.length - 1)} dropped`)
    this.touchRefs(examples)
  }

  /** A 3.0 schema as the fields of a 2.0 parameter, header or items object, which hold primitives and arrays only. */
  private primitive(schema: unknown, ptr: string, context: PrimitiveContext, holder: JsonObject): JsonObject {
    const r = this.resolve(schema, ptr)
    const o: JsonObject = {}
    if (!r || !isObject(r.value)) {
      o['type'] = 'string'
      return o
    }
    const written = r.value
    const s = this.flattenAllOf(written, r.pointer)
    const at = (k: string) => (r.via || !(k in written) ? ptr : joinPointer(ptr, k))
    const type = s['type']
    if (typeof type === 'string' && type !== 'object') o['type'] = type
    else {
      const stringEnum = Array.isArray(s['enum']) && s['enum'].every((e) => typeof e === 'string')
      if (!stringEnum) {
        this.loss(
          at('type'),
          'type',
          type === 'object' || 'properties' in s
            ? `a Swagger 2.0 ${context} cannot be an object: written as a string`
            : `a Swagger 2.0 ${context} needs a primitive type: written as a string`,
        )
      }
      o['type'] = 'string'
    }
    for (const [k, v] of Object.entries(s)) {
      if (k === 'type') continue
      if (k === 'format') {
        if (context === 'form field' && type === 'string' && v === 'binary') o['type'] = 'file'
        else o[k] = structuredClone(v)
      } else if (k === 'items') {
        if (o['type'] === 'array') o['items'] = this.primitive(v, joinPointer(ptr, 'items'), 'items', {})
      } else if (PRIMITIVE_FIELDS.has(k) || k.startsWith('x-')) o[k] = structuredClone(v)
      else if (k === 'nullable') o['x-nullable'] = structuredClone(v)
      else if (k === 'description' && context !== 'items') {
        if (holder['description'] === undefined) o[k] = structuredClone(v)
        else if (holder['description'] !== v) this.loss(at(k), k, `a Swagger 2.0 ${context} has one description: the schema's is dropped`)
      } else if (k === 'example' && context !== 'items') {
        if (!('x-example' in holder)) o['x-example'] = structuredClone(v)
      } else if (!(k === 'properties' && type === 'object')) {
        this.loss(at(k), k, `a Swagger 2.0 ${context} has no \`${k}\`; dropped`)
      }
    }
    if (o['type'] === 'array' && !('items' in o)) o['items'] = {type: 'string'}
    return o
  }

  /**
   * `{allOf: [{$ref}], ...}` without a type (how toOas30 writes a 3.1 `$ref` with siblings, or a nullable reference)
   * as one schema, so a parameter keeps the referenced type.
   */
  private flattenAllOf(s: JsonObject, ptr: string): JsonObject {
    const members = s['allOf']
    if (s['type'] !== undefined || !Array.isArray(members)) return s
    const resolved = members.map((m, i) => this.resolve(m, joinPointer(ptr, 'allOf', i)))
    if (!resolved.every((m) => m && isObject(m.value))) return s
    const flat: JsonObject = {}
    for (const m of resolved) Object.assign(flat, this.flattenAllOf(m!.value as JsonObject, m!.pointer))
    return Object.assign(flat, omit(s, 'allOf'))
  }

  private requestBody(value: unknown, ptr: string): {parameters: JsonObject[]; consumes: string[]} {
    const r = this.resolve(value, ptr)
    if (!r || !isObject(r.value)) return {parameters: [], consumes: []}
    const body = r.value
    const bp = r.pointer
    const content = isObject(body['content']) ? body['content'] : {}
    const types = Object.keys(content)
    const forms = types.filter((t) => FORM_TYPES.has(t.toLowerCase()))
    const others = types.filter((t) => !FORM_TYPES.has(t.toLowerCase()))
    const mediaPtr = (t: string) => joinPointer(bp, 'content', t)
    const media = (t: string): JsonObject => (isObject(content[t]) ? content[t] : {})
    for (const t of types) {
      this.dropExtensions(media(t), mediaPtr(t), 'a media type')
      for (const k of ['example', 'examples', 'encoding']) {
        if (!(k in media(t))) continue
        this.loss(joinPointer(mediaPtr(t), k), k, `a Swagger 2.0 body parameter has no ${k === 'encoding' ? 'per-part encoding' : 'example'}; dropped`)
        this.touchRefs(media(t)[k])
      }
    }
    // 2.0 has either a body or form fields: the media type listed first decides which.
    if (others.length > 0 && !forms.includes(types[0]!)) {
      const first = others[0]!
      const schema = media(first)['schema']
      const param: JsonObject = {in: 'body', name: bodyName(schema)}
      if (body['description'] !== undefined) param['description'] = structuredClone(body['description'])
      if (body['required'] === true) param['required'] = true
      param['schema'] = schema === undefined ? {} : this.schema(schema, joinPointer(mediaPtr(first), 'schema'))
      for (const [k, v] of Object.entries(body)) if (k.startsWith('x-')) param[k] = structuredClone(v)
      for (const t of others.slice(1)) {
        if (!sameValue(media(t)['schema'], schema)) {
          this.loss(
            mediaPtr(t),
            'content',
            `Swagger 2.0 has one body schema per operation: the ${t} schema differs from the ${first} one and is dropped`,
          )
        }
      }
      for (const t of forms) {
        this.loss(mediaPtr(t), 'content', `Swagger 2.0 cannot take a ${t} form and a ${first} body in one operation: the form is dropped`)
        this.touchRefs(media(t))
      }
      return {parameters: [param], consumes: others}
    }
    if (forms.length === 0) return {parameters: [], consumes: []}
    const first = forms[0]!
    for (const t of others) {
      this.loss(mediaPtr(t), 'content', `Swagger 2.0 cannot take a ${t} body and a ${first} form in one operation: the body is dropped`)
      this.touchRefs(media(t))
    }
    this.dropExtensions(body, bp, 'a request body made of form fields')
    for (const t of forms.slice(1)) {
      if (!sameValue(media(t)['schema'], media(first)['schema'])) {
        this.loss(
          mediaPtr(t),
          'content',
          `Swagger 2.0 has one set of form fields per operation: the ${t} schema differs from the ${first} one and is dropped`,
        )
      }
    }
    return {parameters: this.formFields(media(first)['schema'], joinPointer(mediaPtr(first), 'schema'), body['required'] === true), consumes: forms}
  }

  private formFields(schema: unknown, ptr: string, bodyRequired: boolean): JsonObject[] {
    const r = this.resolve(schema, ptr)
    if (!r || !isObject(r.value) || !isObject(r.value['properties'])) {
      this.loss(ptr, 'schema', 'a form body without properties has no Swagger 2.0 form; dropped')
      return []
    }
    const s = r.value
    const at = (k: string) => (r.via ? ptr : joinPointer(ptr, k))
    const required = Array.isArray(s['required']) ? s['required'] : []
    for (const k of Object.keys(s)) {
      if (!['type', 'properties', 'required', 'description', 'title'].includes(k) && !k.startsWith('x-')) {
        this.loss(at(k), k, `Swagger 2.0 form fields are listed one by one: the form schema's \`${k}\` is dropped`)
      }
    }
    const fields: JsonObject[] = []
    for (const [name, field] of Object.entries(s['properties'] as JsonObject)) {
      const param: JsonObject = {name, in: 'formData'}
      if (bodyRequired && required.includes(name)) param['required'] = true
      Object.assign(param, this.primitive(field, r.via ? ptr : joinPointer(ptr, 'properties', name), 'form field', param))
      if (param['type'] === 'array') param['collectionFormat'] = 'multi' // 3.0's default for form fields: style form, explode true
      fields.push(param)
    }
    return fields
  }

  private responses(value: unknown, ptr: string): {responses: JsonObject; produces: string[]} {
    const responses: JsonObject = {}
    const produces: string[] = []
    if (!isObject(value)) return {responses, produces}
    const addProduces = (response: unknown) => {
      const content = isObject(response) ? response['content'] : undefined
      if (isObject(content)) for (const t of Object.keys(content)) if (!produces.includes(t)) produces.push(t)
    }
    for (const [code, response] of Object.entries(value)) {
      const p = joinPointer(ptr, code)
      if (code.startsWith('x-')) {
        responses[code] = structuredClone(response)
        continue
      }
      if (/^[1-5]XX$/i.test(code)) {
        this.loss(p, 'responses', `Swagger 2.0 has no status code ranges: the ${code} response is dropped`)
        continue
      }
      if (isObject(response) && typeof response['$ref'] === 'string') {
        const target = fragmentToPointer(response['$ref'])
        const m = /^\/components\/responses\/([^/]+)$/.exec(target)
        const r = this.resolve(response, p)
        if (!r) continue
        addProduces(r.value)
        responses[code] = m && target === r.pointer ? {$ref: `#/responses/${m[1]!}`} : this.response(r.value, r.pointer)
        continue
      }
      addProduces(response)
      responses[code] = this.response(response, p)
    }
    return {responses, produces}
  }

  private response(value: unknown, ptr: string): JsonObject {
    const o: JsonObject = {}
    if (!isObject(value)) return o
    for (const [k, v] of Object.entries(value)) {
      const p = joinPointer(ptr, k)
      switch (k) {
        case 'headers':
          o[k] = this.headers(v, p)
          break
        case 'content':
          this.responseContent(v, p, o)
          break
        case 'links':
          if (isObject(v)) for (const name of Object.keys(v)) this.loss(joinPointer(p, name), k, `Swagger 2.0 has no links: "${name}" is dropped`)
          this.touchRefs(v)
          break
        default:
          o[k] = structuredClone(v)
      }
    }
    return o
  }

  private responseContent(content: unknown, ptr: string, o: JsonObject): void {
    if (!isObject(content)) return
    const types = Object.keys(content)
    const media = (t: string): JsonObject => (isObject(content[t]) ? content[t] : {})
    const schemaType = types.find((t) => 'schema' in media(t))
    if (schemaType !== undefined) {
      const schema = this.schema(media(schemaType)['schema'], joinPointer(ptr, schemaType, 'schema'))
      // "As an extension to the Schema Object, its root type value may also be file" (2.0, Response Object).
      o['schema'] = isObject(schema) && schema['type'] === 'string' && schema['format'] === 'binary' ? {...omit(schema, 'format'), type: 'file'} : schema
      for (const t of types) {
        if (t !== schemaType && 'schema' in media(t) && !sameValue(media(t)['schema'], media(schemaType)['schema'])) {
          this.loss(
            joinPointer(ptr, t, 'schema'),
            'content',
            `Swagger 2.0 has one response schema: the ${t} schema differs from the ${schemaType} one and is dropped`,
          )
        }
      }
    }
    const examples: JsonObject = {}
    for (const t of types) {
      const m = media(t)
      const mp = joinPointer(ptr, t)
      this.dropExtensions(m, mp, 'a media type')
      if ('example' in m) examples[t] = structuredClone(m['example'])
      else if (isObject(m['examples'])) {
        const names = Object.keys(m['examples'])
        const first = names.length > 0 ? this.resolve(m['examples'][names[0]!], joinPointer(mp, 'examples', names[0]!)) : undefined
        if (first && isObject(first.value) && 'value' in first.value) examples[t] = structuredClone(first.value['value'])
        else if (first) this.loss(joinPointer(mp, 'examples', names[0]!), 'examples', 'Swagger 2.0 examples hold values, not external references; dropped')
        if (names.length > 1) {
          this.loss(
            joinPointer(mp, 'examples'),
            'examples',
            `Swagger 2.0 holds one example per media type: the first is kept, ${others(names.length - 1)} dropped`,
          )
        }
        this.touchRefs(m['examples'])
      }
      if ('encoding' in m) {
        this.loss(joinPointer(mp, 'encoding'), 'encoding', 'Swagger 2.0 responses have no per-part encoding; dropped')
        this.touchRefs(m['encoding'])
      }
    }
    if (Object.keys(examples).length > 0) o['examples'] = examples
  }

  private headers(value: unknown, ptr: string): JsonObject {
    const o: JsonObject = {}
    if (!isObject(value)) return o
    for (const [name, header] of Object.entries(value)) {
      const r = this.resolve(header, joinPointer(ptr, name))
      if (r && isObject(r.value)) o[name] = this.header(r.value, r.pointer)
    }
    return o
  }

  private header(h: JsonObject, ptr: string): JsonObject {
    const o: JsonObject = {}
    for (const [k, v] of Object.entries(h)) {
      const p = joinPointer(ptr, k)
      // type, format, items...: 2.0 header fields some 3.0 documents (AWS samples among them) still carry.
      if (k === 'description' || k.startsWith('x-') || k === 'type' || k === 'format' || k === 'items' || PRIMITIVE_FIELDS.has(k)) o[k] = structuredClone(v)
      else if (k === 'schema') Object.assign(o, this.primitive(v, p, 'header', o))
      else if (k === 'example') o['x-example'] = structuredClone(v)
      else if (k === 'examples') this.firstExample(v, p, o)
      else if (k === 'content') {
        this.loss(p, k, 'Swagger 2.0 headers have no content (a serialized media type): written as a string')
        o['type'] = 'string'
      } else if (k === 'style' && v === 'simple') continue
      else if (k === 'explode' && v === false) continue
      else if ((k === 'required' || k === 'deprecated') && v === false) continue
      else this.loss(p, k, `a Swagger 2.0 header has no \`${k}\`; dropped`)
    }
    if (!('type' in o)) o['type'] = 'string'
    return o
  }

  // --- schemas

  private schema(s: unknown, ptr: string): unknown {
    if (!isObject(s)) return structuredClone(s)
    if (typeof s['$ref'] === 'string') return this.schemaRef(s, ptr)
    const o: JsonObject = {}
    for (const [k, v] of Object.entries(s)) {
      const p = joinPointer(ptr, k)
      switch (k) {
        case 'nullable':
          o['x-nullable'] = structuredClone(v)
          break
        case 'oneOf':
        case 'anyOf':
        case 'not':
          this.loss(p, k, `Swagger 2.0 schemas have no \`${k}\`: dropped, so the schema accepts values it did not`)
          break
        case 'writeOnly':
        case 'deprecated':
          if (v === true) this.loss(p, k, `Swagger 2.0 schemas have no \`${k}\`; the mark is dropped`)
          break
        case 'discriminator':
          if (isObject(v)) {
            o[k] = structuredClone(v['propertyName'])
            if (isObject(v['mapping']) && Object.keys(v['mapping']).length > 0) {
              this.loss(
                joinPointer(p, 'mapping'),
                'mapping',
                'a Swagger 2.0 discriminator is a property name whose values are definition names: the mapping is dropped',
              )
            }
          } else o[k] = structuredClone(v)
          break
        case 'items':
          o[k] = this.schema(v, p)
          break
        case 'additionalProperties':
          o[k] = typeof v === 'boolean' ? v : this.schema(v, p)
          break
        case 'properties':
          o[k] = isObject(v) ? Object.fromEntries(Object.entries(v).map(([n, x]) => [n, this.schema(x, joinPointer(p, n))])) : structuredClone(v)
          break
        case 'allOf':
          o[k] = Array.isArray(v) ? v.map((x, i) => this.schema(x, joinPointer(p, i))) : structuredClone(v)
          break
        default:
          o[k] = k.startsWith('x-') ? extension(v) : structuredClone(v)
      }
    }
    return o
  }

  private schemaRef(s: JsonObject, ptr: string): unknown {
    const ref = s['$ref'] as string
    if (ref.startsWith('#/components/schemas/')) {
      // Siblings of $ref are ignored by 3.0 and 2.0 alike: kept as written.
      return {...structuredClone(s), $ref: '#/definitions/' + ref.slice('#/components/schemas/'.length)}
    }
    const r = this.resolve(s, ptr)
    if (!r) return {}
    if (this.stack.includes(r.pointer)) {
      this.loss(joinPointer(ptr, '$ref'), '$ref', `${ref} refers back to itself outside components.schemas, which Swagger 2.0 cannot point to; dropped`)
      return {}
    }
    this.stack.push(r.pointer)
    try {
      return this.schema(r.value, r.pointer)
    } finally {
      this.stack.pop()
    }
  }

  // --- components

  private components(c: JsonObject, extensions: JsonObject): Record<'definitions' | 'parameters' | 'responses' | 'securityDefinitions', JsonObject> {
    const definitions: JsonObject = {}
    const parameters: JsonObject = {}
    const responses: JsonObject = {}
    const securityDefinitions: JsonObject = {}
    const each = (key: string, f: (name: string, value: unknown, ptr: string) => void) => {
      const section = c[key]
      if (isObject(section)) for (const [name, value] of Object.entries(section)) f(name, value, joinPointer('/components', key, name))
    }
    each('schemas', (name, value, ptr) => (definitions[name] = this.schema(value, ptr)))
    each('parameters', (name, value, ptr) => {
      const r = this.resolve(value, ptr)
      const converted = r ? this.parameter(r.value, r.pointer) : undefined
      if (converted) parameters[name] = converted
      else this.droppedParameters.add(ptr)
    })
    each('responses', (name, value, ptr) => {
      const r = this.resolve(value, ptr)
      if (r) responses[name] = this.response(r.value, r.pointer)
    })
    each('securitySchemes', (name, value, ptr) => {
      const r = this.resolve(value, ptr)
      if (r && isObject(r.value)) securityDefinitions[name] = this.securityScheme(name, r.value, r.pointer)
    })
    each('links', (name, _value, ptr) => this.loss(ptr, 'links', `Swagger 2.0 has no links: "${name}" is dropped`))
    each('callbacks', (name, _value, ptr) => this.loss(ptr, 'callbacks', `Swagger 2.0 has no callbacks: "${name}" is dropped`))
    for (const [k, v] of Object.entries(c)) {
      // Component-level extensions (x-amazon-apigateway-integrations) move to the top level; refs follow (integrationRef).
      if (k.startsWith('x-')) extensions[k] = extension(v)
      else if (!['schemas', 'parameters', 'responses', 'securitySchemes', 'links', 'callbacks', 'requestBodies', 'headers', 'examples'].includes(k)) {
        this.loss(joinPointer('/components', k), k, `\`components.${k}\` is not an OpenAPI 3.0 section; dropped`)
      }
    }
    return {definitions, parameters, responses, securityDefinitions}
  }

  /** Request bodies, headers and examples are inlined where used (2.0 has no section for them); the others go. */
  private unusedComponents(c: JsonObject): void {
    const kinds: Record<string, string> = {requestBodies: 'request bodies', headers: 'headers', examples: 'examples'}
    for (const [key, kind] of Object.entries(kinds)) {
      const section = c[key]
      if (!isObject(section)) continue
      for (const name of Object.keys(section)) {
        const ptr = joinPointer('/components', key, name)
        if (!this.inlined.has(ptr)) this.loss(ptr, key, `Swagger 2.0 has no reusable ${kind} and no operation uses "${name}": dropped`)
      }
    }
  }

  /**
   * Schemes 2.0 cannot say become an apiKey in the Authorization header rather than disappear: dropping one would
   * leave the operations that require it unsecured. That is also the shape API Gateway gives Lambda and Cognito
   * authorizers (`type: apiKey` with x-amazon-apigateway-authorizer,
   * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html).
   */
  private securityScheme(name: string, s: JsonObject, ptr: string): JsonObject {
    const o: JsonObject = {}
    const type = s['type']
    const asAuthorizationHeader = (why: string, keyword: string) => {
      o['type'] = 'apiKey'
      o['name'] = 'Authorization'
      o['in'] = 'header'
      this.loss(joinPointer(ptr, keyword), keyword, `Swagger 2.0 has no ${why}: "${name}" is written as an apiKey in the Authorization header`)
    }
    if (type === 'apiKey') {
      o['type'] = 'apiKey'
      o['name'] = structuredClone(s['name'])
      o['in'] = structuredClone(s['in'])
      if (s['in'] === 'cookie') {
        o['name'] = 'Cookie'
        o['in'] = 'header'
        this.loss(
          joinPointer(ptr, 'in'),
          'in',
          `Swagger 2.0 API keys go in a header or the query: the ${JSON.stringify(s['name'])} cookie is written as the Cookie header`,
        )
      }
    } else if (type === 'http') {
      const scheme = String(s['scheme'] ?? '').toLowerCase()
      if (scheme === 'basic') o['type'] = 'basic'
      else asAuthorizationHeader(`${scheme || 'http'} authentication scheme${s['bearerFormat'] !== undefined ? ' (nor bearerFormat)' : ''}`, 'scheme')
    } else if (type === 'oauth2') {
      this.oauth2(s, ptr, o)
    } else if (type === 'openIdConnect') {
      asAuthorizationHeader('OpenID Connect discovery', 'type')
    } else {
      o['type'] = structuredClone(type)
      this.loss(joinPointer(ptr, 'type'), 'type', `security scheme type ${JSON.stringify(type)} has no Swagger 2.0 form; kept as written`)
    }
    for (const [k, v] of Object.entries(s)) {
      if (k === 'description' || k.startsWith('x-')) o[k] = structuredClone(v)
    }
    return o
  }

  /** 2.0 has one flow per scheme: the first 3.0 flow is kept. */
  private oauth2(s: JsonObject, ptr: string, o: JsonObject): void {
    o['type'] = 'oauth2'
    const flows = isObject(s['flows']) ? Object.entries(s['flows']).filter(([k]) => !k.startsWith('x-')) : []
    const [first, ...others] = flows
    if (!first) {
      o['flow'] = 'implicit'
      o['scopes'] = {}
      this.loss(joinPointer(ptr, 'flows'), 'flows', 'the OAuth 2 scheme declares no flow; written as implicit with no scopes')
      return
    }
    const [flowName, flowValue] = first
    const flow = isObject(flowValue) ? flowValue : {}
    o['flow'] = OAUTH_FLOWS[flowName] ?? flowName
    const usesAuthorizationUrl = flowName === 'implicit' || flowName === 'authorizationCode'
    if (flow['authorizationUrl'] !== undefined && usesAuthorizationUrl) o['authorizationUrl'] = flow['authorizationUrl']
    if (flow['tokenUrl'] !== undefined && flowName !== 'implicit') o['tokenUrl'] = flow['tokenUrl']
    o['scopes'] = structuredClone(flow['scopes'] ?? {})
    const flowPtr = joinPointer(ptr, 'flows', flowName)
    if (flow['refreshUrl'] !== undefined) this.loss(joinPointer(flowPtr, 'refreshUrl'), 'refreshUrl', 'Swagger 2.0 OAuth 2 flows have no refresh URL; dropped')
    for (const [other] of others) {
      this.loss(
        joinPointer(ptr, 'flows', other),
        'flows',
        `a Swagger 2.0 OAuth 2 scheme has one flow: the ${other} flow is dropped (${flowName} is kept)`,
      )
    }
  }
}

/** 3.0 locations -> 2.0 locations, for references that extensions hold. */
const MOVED_SECTIONS: Array<[string, string]> = [
  ['#/components/schemas/', '#/definitions/'],
  ['#/components/parameters/', '#/parameters/'],
  ['#/components/responses/', '#/responses/'],
  ['#/components/securitySchemes/', '#/securityDefinitions/'],
  // HTTP APIs point integrations at components.x-amazon-apigateway-integrations, which moves to the top level.
  ['#/components/x-', '#/x-'],
]

/** An extension's value, its `$ref`s following the sections they point into (Adyen's x-anyOf, Stripe's x-expansionResources). */
function extension(v: unknown): unknown {
  const o = structuredClone(v)
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (isObject(node)) {
      for (const [k, x] of Object.entries(node)) {
        if (k === '$ref' && typeof x === 'string') {
          const moved = MOVED_SECTIONS.find(([from]) => x.startsWith(from))
          if (moved) node[k] = moved[1] + x.slice(moved[0].length)
        } else walk(x)
      }
    }
  }
  walk(o)
  return o
}

/** GetExport names a body parameter after its model. */
function bodyName(schema: unknown): string {
  if (isObject(schema) && typeof schema['$ref'] === 'string') {
    const m = /^#\/components\/schemas\/([^/]+)$/.exec(schema['$ref'])
    if (m) return unescapeSegment(m[1]!)
  }
  return 'body'
}

// ---------------------------------------------------------------------------------------------------------------
// shared

function others(n: number): string {
  return n === 1 ? 'the other one is' : `the other ${n} are`
}

function omit(o: JsonObject, key: string): JsonObject {
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== key))
}

/** Losses without repeats (a node inlined twice reports once), in the input document's order. */
function finishLosses(root: JsonObject, losses: Loss[]): Loss[] {
  const seen = new Set<string>()
  const unique = losses.filter((l) => {
    const key = `${l.pointer}\0${l.keyword}\0${l.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const order = new Map<unknown, Map<string, number>>()
  const indexOf = (node: unknown, key: string): number => {
    if (Array.isArray(node)) return Number(key)
    if (!isObject(node)) return 0
    let keys = order.get(node)
    if (!keys) order.set(node, (keys = new Map(Object.keys(node).map((k, i) => [k, i]))))
    return keys.get(key) ?? Number.MAX_SAFE_INTEGER
  }
  const compare = (a: string, b: string): number => {
    const sa = splitPointer(a)
    const sb = splitPointer(b)
    let node: unknown = root
    for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
      if (sa[i] !== sb[i]) return indexOf(node, sa[i]!) - indexOf(node, sb[i]!)
      node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[sa[i]!] : undefined
    }
    return sa.length - sb.length
  }
  return unique.sort((x, y) => compare(x.pointer, y.pointer))
}
