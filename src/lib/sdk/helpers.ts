import type {HelperDelegate} from 'handlebars'
import type {SdkBody, SdkModel, SdkOperation, SdkResponse, SdkSecurityScheme} from './model.js'
import {isSafeIdentifier} from './names.js'

/**
 * The Handlebars helpers the SDK templates use, and the only place text from the spec is escaped. Every helper returns
 * a SafeString (Handlebars' HTML escaping is for HTML, and would garble code); a template prints model text only through
 * one of these, which the template tests check.
 *
 * Each helper takes the escaping of one syntactic place: a string literal, a comment, an identifier, a JSON value, a
 * Markdown line. Anything that cannot be made safe for its place (an identifier that is not one) throws rather than
 * printing something else: the model promises valid identifiers, so that is a bug upstream, not input to repair.
 */

/** Characters JavaScript treats as line ends: inside a `//` comment they would end it. */
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/

/** A TypeScript (and JavaScript, and JSON) string literal: double-quoted, safe inside a `<script>` and in any JS engine. */
export function tsString(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new TypeError(`tsString expects a string, number or boolean, got ${value === null ? 'null' : typeof value}`)
  }
  return escapeJsonText(JSON.stringify(String(value)))
}

/**
 * Any JSON value as JavaScript or JSON text. JSON.stringify already escapes quotes, backslashes and control characters;
 * `</` (which ends a `<script>` element) and U+2028/U+2029 (line ends in JavaScript before ES2019) are escaped too.
 */
export function jsonField(value: unknown): string {
  const text = JSON.stringify(value)
  if (text === undefined) throw new TypeError(`jsonField cannot write ${typeof value}`)
  return escapeJsonText(text)
}

function escapeJsonText(text: string): string {
  return text.replace(/<\//g, '<\\/').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/**
 * The body of a `/** ... *\/` comment: each line of `text` as ` * line` (indented by `indent` spaces), with `*\/` broken
 * so that the text cannot close the comment. Empty text gives nothing.
 */
export function tsComment(text: unknown, indent = 0): string {
  if (text === undefined || text === null || text === '') return ''
  if (typeof text !== 'string') throw new TypeError(`tsComment expects a string, got ${typeof text}`)
  const pad = ' '.repeat(indent)
  return text
    .replace(/\*\//g, '*\\/')
    .split(LINE_BREAKS)
    .map((line) => `${pad} *${line.trimEnd() === '' ? '' : ' ' + line.trimEnd()}`)
    .join('\n')
}

/** One line of a `//` comment: line breaks become spaces. */
export function lineComment(text: unknown): string {
  if (text === undefined || text === null) return ''
  return String(text).split(LINE_BREAKS).join(' ')
}

/** An identifier from the model, checked: valid in TypeScript and Python and not reserved. Throws otherwise. */
export function ident(value: unknown): string {
  if (typeof value !== 'string' || !isSafeIdentifier(value)) {
    throw new Error(`not a safe identifier: ${JSON.stringify(value)} (the SDK model must sanitize names)`)
  }
  return value
}

/** `listPets` -> `ListPets`: a type name made from a checked identifier. */
export function pascal(value: unknown): string {
  const id = ident(value)
  return id.charAt(0).toUpperCase() + id.slice(1)
}

/** A property key in a TypeScript object type or literal: bare when it is an identifier, else a string literal. */
export function tsKey(value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(value) && value !== '__proto__') return value
  // A status code is a numeric key in openapi-typescript's types (`200`, not `"200"`).
  if (typeof value === 'string' && /^[1-9][0-9]*$/.test(value)) return value
  return tsString(value)
}

/** A response status as a type: `200` (openapi-typescript's numeric key), `"2XX"`, `"default"`. */
export function statusKey(value: unknown): string {
  return typeof value === 'string' && /^[1-9][0-9]*$/.test(value) ? value : tsString(value)
}

/**
 * Text for one Markdown line: line breaks folded, and the characters that would start HTML, a code span or a link
 * escaped, so a description cannot inject markup into the README.
 */
export function mdText(value: unknown): string {
  if (value === undefined || value === null) return ''
  return lineComment(value).replace(/[\\`*_[\]<>&|#]/g, (c) => `\\${c}`)
}

/** An npm version: the spec's `info.version` when it is semver, else `0.0.0`. */
export function npmVersion(value: unknown): string {
  const v = typeof value === 'string' ? value.trim() : ''
  const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/
  return jsonField(semver.test(v) ? v : '0.0.0')
}

/**
 * Questions templates ask of the model. They return data (for `#if`, `#each`, `#with` or another helper), never text
 * to print: printing goes through the escaping helpers above.
 */

/** The media type a client sends: the first one (the model keeps spec order). */
export function requestMedia(body: SdkBody | undefined): SdkBody['mediaTypes'][number] | undefined {
  return body?.mediaTypes[0]
}

/** The media type a client asks for: the first JSON one, else the first. */
export function responseMedia(response: SdkResponse): SdkResponse['mediaTypes'][number] | undefined {
  return response.mediaTypes.find((m) => m.kind === 'json') ?? response.mediaTypes[0]
}

/** The success (or error) responses; of those without a body only the first, which the type union needs once. */
export function responsesWhere(responses: SdkResponse[], success: boolean): SdkResponse[] {
  let empty = false
  return responses.filter((r) => r.success === success && (responseMedia(r) !== undefined || (!empty && (empty = true))))
}

/** The Accept header: the media types the success responses would be read as, or '' when there are none. */
export function accept(op: SdkOperation): string {
  const types = new Set<string>()
  for (const r of op.responses) {
    const m = r.success ? responseMedia(r) : undefined
    if (m) types.add(m.mediaType)
  }
  return [...types].join(', ')
}

export function requiredParams(op: SdkOperation): SdkOperation['parameters'] {
  return op.parameters.filter((p) => p.required)
}

/** Whether the parameters object may be left out: no required parameter, and no required body after it. */
export function paramsOptional(op: SdkOperation): boolean {
  return !op.parameters.some((p) => p.required) && !(op.body?.required && requestMedia(op.body))
}

/**
 * The runtime's form of an operation's security: per alternative, `[name, type, where, key]` per scheme. A requirement
 * naming a scheme the document does not define cannot be met, and is left out.
 */
export function securityTuples(op: SdkOperation, schemes: SdkSecurityScheme[]): string[][][] {
  const byName = new Map(schemes.map((s) => [s.name, s]))
  const out: string[][][] = []
  for (const alternative of op.security) {
    const tuples = alternative.map(({scheme}) => byName.get(scheme)).map((s) => (s ? schemeTuple(s) : undefined))
    if (tuples.every((t) => t !== undefined)) out.push(tuples)
  }
  return out
}

/** Per tag (spec order), its first operation: the README's examples. Untagged operations share one example. */
export function tagExamples(model: SdkModel): Array<{tag: {name: string; description: string | undefined}; operation: SdkOperation}> {
  const out: Array<{tag: {name: string; description: string | undefined}; operation: SdkOperation}> = []
  for (const tag of model.tags) {
    const operation = model.operations.find((op) => op.tags.includes(tag.name))
    if (operation) out.push({tag, operation})
  }
  const untagged = model.operations.find((op) => op.tags.length === 0)
  if (untagged) out.push({tag: {name: 'Other operations', description: undefined}, operation: untagged})
  return out
}

/** What a user passes for a scheme: SigV4 settings, a user name and password, or a token. */
export function credentialKind(s: SdkSecurityScheme): 'sigv4' | 'basic' | 'token' {
  if (s.type === 'awsSigv4') return 'sigv4'
  return s.type === 'http' && s.scheme.toLowerCase() === 'basic' ? 'basic' : 'token'
}

function schemeTuple(s: SdkSecurityScheme): string[] {
  if (s.type === 'apiKey') return [s.name, s.type, s.in, s.paramName]
  if (s.type === 'http') return [s.name, s.type, s.scheme.toLowerCase()]
  return [s.name, s.type]
}

/** The helpers by name, each wrapped to return a SafeString; plus `eq`, `or`, `and`, `not` for conditions. */
export function templateHelpers(SafeString: new (s: string) => unknown): Record<string, HelperDelegate> {
  const safe =
    (fn: (...args: unknown[]) => string): HelperDelegate =>
    (...args: unknown[]) =>
      new SafeString(fn(...args.slice(0, -1)))
  return {
    tsString: safe((v) => tsString(v)),
    jsonField: safe((v) => jsonField(v)),
    tsComment: safe((v, indent) => tsComment(v, typeof indent === 'number' ? indent : 0)),
    lineComment: safe((v) => lineComment(v)),
    ident: safe((v) => ident(v)),
    pascal: safe((v) => pascal(v)),
    tsKey: safe((v) => tsKey(v)),
    statusKey: safe((v) => statusKey(v)),
    mdText: safe((v) => mdText(v)),
    npmVersion: safe((v) => npmVersion(v)),
    requestMedia: (body: SdkBody | undefined) => requestMedia(body),
    responseMedia: (r: SdkResponse) => responseMedia(r),
    responsesWhere: (list: SdkResponse[], success: boolean) => responsesWhere(list, success),
    accept: (op: SdkOperation) => accept(op),
    requiredParams: (op: SdkOperation) => requiredParams(op),
    paramsOptional: (op: SdkOperation) => paramsOptional(op),
    securityTuples: (op: SdkOperation, schemes: SdkSecurityScheme[]) => securityTuples(op, schemes),
    credentialKind: (s: SdkSecurityScheme) => credentialKind(s),
    tagExamples: (m: SdkModel) => tagExamples(m),
    upper: (s: unknown) => String(s).toUpperCase(),
    eq: (a: unknown, b: unknown) => a === b,
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
    not: (a: unknown) => !a,
  }
}
