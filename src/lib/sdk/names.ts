import {builtinModules} from 'node:module'

/**
 * Identifiers made from untrusted spec text. One identifier serves every target language (the TypeScript and the Python
 * SDK call the same method the same thing), so it is kept to what both accept: ASCII letters, digits and `_`, no leading
 * digit, and no word either language reserves. ASCII only, because Python folds identifiers by NFKC (two spellings that
 * differ in the spec could become one name) and TypeScript and Python disagree on a few Unicode classes.
 */

/** Reserved in JavaScript/TypeScript (including strict mode and the names a class or an object treats specially). */
const TS_RESERVED = [
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends',
  'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this',
  'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'implements', 'interface', 'package',
  'private', 'protected', 'public', 'await', 'async', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
  // A class member or object key with these names is not an ordinary member: a client with a `then` method is a
  // thenable (`await` calls it), `toJSON` is what JSON.stringify calls, the rest are Object.prototype's.
  'constructor', 'prototype', '__proto__', 'then', 'toJSON', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf',
  'propertyIsEnumerable',
]
/**
 * Python keywords, and `self`/`cls`, which a method's own first parameter uses. Soft keywords (`match`, `type`)
 * are valid identifiers and stay allowed: `type` is a common query parameter.
 */
const PY_RESERVED = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield', 'self', 'cls',
]

/** Words no generated identifier may be (case-sensitive, as both languages are). */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([...TS_RESERVED, ...PY_RESERVED])

/** Valid in TypeScript and in Python, and not reserved in either. */
export function isSafeIdentifier(s: string, reserved: ReadonlySet<string> = RESERVED_WORDS): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) && !reserved.has(s) && !s.startsWith('__')
}

interface Words {
  words: string[]
  /** Letters outside ASCII were dropped (accents are kept as their base letter). */
  droppedNonAscii: boolean
}

/**
 * The words of a name: runs of ASCII letters and digits, split again where a lower-case letter or digit meets an upper-case
 * one (`listPets`) and where an acronym ends (`HTTPStatus` -> `HTTP`, `Status`). Accents fold to their base letter first.
 */
export function splitWords(raw: string): Words {
  const folded = raw.normalize('NFKD').replace(/\p{M}/gu, '')
  const droppedNonAscii = /[^\x00-\x7f]/.test(folded)
  const words: string[] = []
  for (const chunk of folded.split(/[^A-Za-z0-9]+/)) {
    if (chunk === '') continue
    for (const w of chunk.replace(/([a-z0-9])([A-Z])/g, '$1\0$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1\0$2').split('\0')) {
      if (w !== '') words.push(w)
    }
  }
  return {words, droppedNonAscii}
}

function capitalize(word: string): string {
  // An all-capitals word is an acronym or shouting: `HTTP` reads as `Http` inside a camelCase name.
  const rest = /^[A-Z0-9]+$/.test(word) ? word.slice(1).toLowerCase() : word.slice(1)
  return word.charAt(0).toUpperCase() + rest
}

/** `list-pets`, `ListPets`, `list_pets` -> `listPets`. May be empty or start with a digit. */
export function camelCase(raw: string): string {
  const {words} = splitWords(raw)
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : capitalize(w))).join('')
}

/** `swagger petstore` -> `SwaggerPetstore`. May be empty or start with a digit. */
export function pascalCase(raw: string): string {
  return splitWords(raw)
    .words.map((w) => capitalize(w))
    .join('')
}

export interface SanitizedName {
  identifier: string
  /** Why the identifier is not simply the name in camelCase (or PascalCase): empty when it is. */
  reasons: string[]
}

export interface IdentifierOptions {
  style?: 'camel' | 'pascal'
  /** Used when the name has no ASCII letter or digit at all. */
  fallback: string
  reserved?: ReadonlySet<string>
  /** What a name that starts with a digit takes before it (default `_`: `_1st`). */
  digitPrefix?: string
}

/**
 * A safe identifier for `raw`. A reserved word takes a trailing `_` (`class_`, PEP 8's habit, which TypeScript accepts
 * too); a leading digit takes a leading `_` (`_1st`). Both survive a second pass unchanged.
 */
export function toIdentifier(raw: string, options: IdentifierOptions): SanitizedName {
  const reserved = options.reserved ?? RESERVED_WORDS
  const reasons: string[] = []
  const {droppedNonAscii} = splitWords(raw)
  let id = options.style === 'pascal' ? pascalCase(raw) : camelCase(raw)
  if (droppedNonAscii) reasons.push('non-ASCII characters dropped')
  if (id === '') {
    reasons.push('no letters or digits usable in an identifier')
    id = options.style === 'pascal' ? pascalCase(options.fallback) : camelCase(options.fallback)
  }
  if (/^[0-9]/.test(id)) {
    reasons.push('starts with a digit')
    id = (options.digitPrefix ?? '_') + id
  }
  if (reserved.has(id)) {
    reasons.push(`\`${id}\` is a reserved word in TypeScript or Python`)
    id += '_'
  }
  return {identifier: id, reasons}
}

/**
 * Hands out unique identifiers in the order asked: the first to ask for a name gets it, later ones get `name2`, `name3`...
 * Names are compared without case, so no two generated files or members differ only by case (a case-insensitive file
 * system, or a reader, would confuse them).
 */
export class IdentifierAllocator {
  private readonly taken = new Set<string>()

  /** Names claimed up front: `claim` never hands them out, even unnumbered. */
  constructor(preclaimed: Iterable<string> = []) {
    for (const name of preclaimed) this.taken.add(name.toLowerCase())
  }

  /** Whether `name` (or a case variant) is taken. */
  has(name: string): boolean {
    return this.taken.has(name.toLowerCase())
  }

  /** `base` if free, else `base2`, `base3`... the first free one. */
  claim(base: string): string {
    let name = base
    // A base ending in a digit would read as a number with the suffix (`v2` + `2` -> `v22`).
    const sep = /[0-9]$/.test(base) ? '_' : ''
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base}${sep}${n}`
    this.taken.add(name.toLowerCase())
    return name
  }
}

const NPM_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/
const NPM_BLOCKED = new Set(['node_modules', 'favicon.ico'])

/** Why `name` cannot be published to npm as a new package, or undefined when it can. */
export function npmNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty'
  if (name.length > 214) return 'it is longer than 214 characters'
  if (!NPM_NAME.test(name)) return 'npm names are lower case and URL-safe (a-z 0-9 - . _ ~), optionally under an @scope/, and do not start with . or _'
  if (NPM_BLOCKED.has(name)) return `\`${name}\` is blocked by npm`
  if (builtinModules.includes(name)) return `\`${name}\` is a Node.js core module`
  return undefined
}

/** An npm package name from a title: `Swagger Petstore - OpenAPI 3.0` -> `swagger-petstore-openapi-3.0`. */
export function npmNameFromTitle(title: string): string {
  let name = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._~]+/g, '-')
    .replace(/^[-._~]+/, '')
    .slice(0, 214)
    .replace(/[-._~]+$/, '')
  if (name === '') name = 'api-client'
  if (npmNameProblem(name) !== undefined) name += '-client'
  return name
}
