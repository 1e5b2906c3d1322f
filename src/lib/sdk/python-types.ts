import {isObject} from '../spec/model.js'
import {MAX_REF_CHAIN, componentName, followRefs, fragmentToPointer, getByPointer, joinPointer} from '../spec/pointer.js'
import {IdentifierAllocator, pascalCase, toIdentifier} from './names.js'
import {pyString} from './python-text.js'
import {ReadWriteReach} from './read-write.js'

/**
 * Python type hints for the document's schemas, and the models they name (the generated package's `models.pyi`).
 *
 * Every component schema is a model: an object schema (properties, no composition but `allOf` of objects, no open
 * `additionalProperties`) is a TypedDict, any other a type alias. An object schema written inline where a call takes
 * or returns it (a body, a response, a parameter, or a property of another model, at any depth) is a TypedDict too,
 * named from where it is (`CreatePetBody`, `PetOwner`). Everything else is written in place: `str`, `List[...]`,
 * `Literal[...]` for enums, `Union[...]` for `oneOf`/`anyOf`, `Optional[...]` for nullable, `Dict[str, ...]` for maps.
 *
 * Hand-written: no library maps JSON Schema to Python types as hints for a stdlib-only package (datamodel-code-generator
 * is Python, writes pydantic or dataclass modules, and would add a Python step to a Node tool).
 *
 * All names are given out by the constructor, walking the components and then the entry points (each operation's
 * parameters, bodies and responses) in order, so they never depend on the order templates ask for hints.
 */

/** The names from `typing` a hint may use (`Optional[List[models.Pet]]`), in the order a stub imports them. */
export const HINT_TYPING_NAMES: readonly string[] = ['Any', 'Dict', 'List', 'Literal', 'Optional', 'Union']

/** Names `models.pyi` imports from `typing` and `typing_extensions`: a model may not take one (the stub would lose the import). */
const TYPING_NAMES = [...HINT_TYPING_NAMES, 'TypeAlias', 'TypedDict', 'Required']

/** Past this depth of inline nesting (not through named models) a schema is `Any`: refs between inline schemas can loop. */
const MAX_INLINE_DEPTH = 32

export interface PyField {
  /** The property name, as sent (any string: a TypedDict's functional form takes it as a string). */
  key: string
  /** Its hint, with `Required[...]` when the schema requires it (a readOnly or writeOnly one is left out of the way it is not sent). */
  hint: string
  description: string | undefined
}

export type PyModelDef =
  | {name: string; kind: 'typeddict'; description: string | undefined; fields: PyField[]}
  | {name: string; kind: 'alias'; description: string | undefined; hint: string}

/**
 * Which way a value travels: a request's (`write`: readOnly properties left out) or a response's (`read`: writeOnly
 * ones left out), as openapi-typescript's Writable and Readable do. A schema that reaches neither keyword has one model
 * for both; one that does has two, `Pet` for responses and `PetInput` for requests.
 */
export type PyMode = 'read' | 'write'

/** Where a call meets a schema: its pointer, the name a model for an inline object there would take, and its way. */
export interface PyEntryPoint {
  pointer: string | undefined
  name: string
  mode: PyMode
}

export interface PyHintOptions {
  /** In client.py models are named through their module (`models.Pet`). */
  qualify: boolean
  mode: PyMode
  /** What an inline object here is called if it has no model yet (only while the constructor runs). */
  name?: string
}

interface ObjectShape {
  fields: Array<{key: string; pointer: string; required: boolean}>
}

export class PythonTypes {
  private readonly doc: unknown
  private readonly allocator = new IdentifierAllocator(TYPING_NAMES)
  private readonly reach: ReadWriteReach
  private readonly reachCache = new Map<string, boolean>()
  private readonly shapes = new Map<string, ObjectShape | undefined>()
  /** Model name by key (see `key`): the components', and every inline object's that got a model. */
  private readonly names = new Map<string, string>()
  /** Keys whose model is a TypedDict (a reference to it then says Optional when the schema is nullable). */
  private readonly typedDicts = new Set<string>()
  private readonly defs: PyModelDef[] = []
  /** Alias models' names referenced outside any container (`Union[B, ...]`): a cycle of these is not a valid alias. */
  private readonly directRefs = new Map<string, Set<string>>()
  /** Set once every name is given: a hint reaching a new inline object then writes it in place, never a new model. */
  private frozen = false
  /** The discriminator values each member schema of a discriminated union takes, by property (see discriminatorValues). */
  private readonly discriminated: Map<string, Map<string, DiscriminatorValues>>

  constructor(document: unknown, entries: PyEntryPoint[]) {
    this.doc = document
    this.reach = new ReadWriteReach(document)
    this.discriminated = discriminatorValues(document)
    const schemas = isObject(document) && isObject(document['components']) && isObject(document['components']['schemas']) ? document['components']['schemas'] : {}
    const components = Object.keys(schemas).map((key) => ({key, pointer: joinPointer('/components/schemas', key)}))
    // Every component's name first, then the request variants' (`PetInput`): a component of that name keeps it.
    const variants = components.filter((c) => this.twoWay(c.pointer))
    for (const [list, mode, suffix] of [[components, 'read', ''], [variants, 'write', 'Input']] as const) {
      for (const c of list) {
        this.names.set(this.key(c.pointer, mode), this.allocator.claim(pyClassName(c.key) + suffix))
        // A component that is only a `$ref` is an alias of what it names, even when that is an object.
        const node = getByPointer(document, c.pointer)
        if (!(isObject(node) && typeof node['$ref'] === 'string') && this.objectShape(c.pointer) !== undefined) this.typedDicts.add(this.key(c.pointer, mode))
      }
    }
    for (const c of components) this.defineModel(c.pointer, 'read')
    for (const c of variants) this.defineModel(c.pointer, 'write')
    for (const e of entries) {
      // An entry's name is made from an operation's (`3dModels` + `Body`): it is made an identifier as components' are.
      if (e.pointer !== undefined) this.hint(e.pointer, {name: pyClassName(e.name), qualify: false, mode: e.mode})
    }
    this.breakAliasCycles()
    this.frozen = true
  }

  /**
   * The models in the order they were made: each component (in the spec's order) with the inline objects its fields
   * reach after it, then the request variants likewise, then the inline objects of the operations.
   */
  models(): readonly PyModelDef[] {
    return this.defs
  }

  /** The hint for the schema at `pointer`. */
  hint(pointer: string, options: PyHintOptions, depth = 0, direct?: Set<string>): string {
    const key = this.key(pointer, options.mode)
    const model = this.names.get(key)
    if (model !== undefined) {
      direct?.add(model)
      const hint = options.qualify ? `models.${model}` : model
      return this.typedDicts.has(key) && isNullable(getByPointer(this.doc, pointer)) ? `Optional[${hint}]` : hint
    }
    if (depth > MAX_INLINE_DEPTH) return 'Any'
    const node = getByPointer(this.doc, pointer)
    if (!isObject(node)) return 'Any'
    // One link at a time: a link that is a model is named; a chain that loops ends at the depth bound.
    if (typeof node['$ref'] === 'string') return node['$ref'].startsWith('#') ? this.hint(fragmentToPointer(node['$ref']), options, depth + 1, direct) : 'Any'
    if (!this.frozen && options.name !== undefined && this.objectShape(pointer) !== undefined) {
      this.names.set(key, this.allocator.claim(options.name))
      this.typedDicts.add(key)
      this.defineModel(pointer, options.mode)
      return this.hint(pointer, options, depth, direct)
    }
    return this.shape(node, pointer, options, depth, direct)
  }

  /** A model's key: the pointer, and the way when the schema has a model for each. */
  private key(pointer: string, mode: PyMode): string {
    return this.twoWay(pointer) ? `${mode} ${pointer}` : pointer
  }

  /** Whether the schema reaches a readOnly or writeOnly keyword (through `$ref`s too): it then reads differently each way. */
  private twoWay(pointer: string): boolean {
    let known = this.reachCache.get(pointer)
    if (known === undefined) this.reachCache.set(pointer, (known = this.reach.reaches(getByPointer(this.doc, pointer))))
    return known
  }

  /**
   * The model at `pointer` for `mode`: a TypedDict of its fields (a request's without its readOnly properties, a
   * response's without its writeOnly ones), else an alias of its shape.
   */
  private defineModel(pointer: string, mode: PyMode): void {
    const key = this.key(pointer, mode)
    const name = this.names.get(key)!
    const node = getByPointer(this.doc, pointer)
    const description = isObject(node) && typeof node['description'] === 'string' ? node['description'] : undefined
    const shape = this.objectShape(pointer)
    if (shape && this.typedDicts.has(key)) {
      // Pushed before its fields are hinted: the inline objects they reach follow it in models.pyi.
      const def: PyModelDef = {name, kind: 'typeddict', description, fields: []}
      this.defs.push(def)
      // A member of a discriminated union: its discriminator is a Literal of the values naming it, required, so that
      // pyright narrows the union by it (`if pet["petType"] == "cat"`), as openapi-typescript's types do in TypeScript.
      const tags = new Map(this.discriminated.get(pointer))
      for (const f of shape.fields) {
        const property = this.resolved(f.pointer)
        const tag = tags.get(f.key)
        tags.delete(f.key)
        if (property?.[mode === 'write' ? 'readOnly' : 'writeOnly'] === true) continue
        // Its own enum stands where no mapping names it: OpenAI's spec has members whose `object` is an enum of one
        // value that is not the name the implicit mapping gives (openapi-typescript writes the name; the API sends the value).
        const ownEnum = property !== undefined && ('enum' in property || 'const' in property)
        const hint = tag !== undefined && (tag.explicit || !ownEnum) ? pyLiteral(tag.values)! : this.hint(f.pointer, {qualify: false, mode, name: name + (pascalCase(f.key) || 'Field')})
        const fieldNode = getByPointer(this.doc, f.pointer)
        const text = isObject(fieldNode) && typeof fieldNode['description'] === 'string' ? fieldNode['description'] : typeof property?.['description'] === 'string' ? property['description'] : undefined
        def.fields.push({key: f.key, hint: f.required || tag !== undefined ? `Required[${hint}]` : hint, description: text})
      }
      // A discriminator the member does not declare (the union's schema does, or nothing does) is still sent.
      for (const [key, tag] of tags) def.fields.push({key, hint: `Required[${pyLiteral(tag.values)!}]`, description: undefined})
      return
    }
    const direct = new Set<string>()
    // The component's own shape, not a reference to itself: a pure `$ref` component is an alias of its target.
    // (A self-reference makes an alias of itself, which breakAliasCycles turns into Any.)
    const ref = isObject(node) && typeof node['$ref'] === 'string' ? node['$ref'] : undefined
    const hint = ref !== undefined ? (ref.startsWith('#') ? this.hint(fragmentToPointer(ref), {qualify: false, mode}, 1, direct) : 'Any') : isObject(node) ? this.shape(node, pointer, {qualify: false, mode, name}, 0, direct) : 'Any'
    this.directRefs.set(name, direct)
    this.defs.push({name, kind: 'alias', description, hint})
  }

  /** A schema written in place: composition, enum, type. `direct` collects model names not inside a container. */
  private shape(schema: Record<string, unknown>, pointer: string, options: PyHintOptions, depth: number, direct?: Set<string>): string {
    const nullable = isNullable(schema)
    const wrap = (hint: string) => (nullable && hint !== 'Any' && hint !== 'None' ? optional(hint) : hint)
    const child = (at: string, suffix: string, inContainer: boolean) =>
      this.hint(at, {qualify: options.qualify, mode: options.mode, ...(options.name === undefined ? {} : {name: options.name + suffix})}, depth + 1, inContainer ? undefined : direct)
    if ('const' in schema) return schema['const'] === null ? 'None' : wrap(pyLiteral([schema['const']]) ?? 'Any')
    const declared = Array.isArray(schema['type']) ? schema['type'].filter((t): t is string => typeof t === 'string') : typeof schema['type'] === 'string' ? [schema['type']] : []
    const types = declared.filter((t) => t !== 'null')
    if (declared.length > 0 && types.length === 0) return 'None'
    if (Array.isArray(schema['enum']) && types.length <= 1) {
      const literal = pyLiteral(schema['enum'].filter((v) => v !== null))
      if (literal !== undefined) return wrap(literal)
    }
    for (const key of ['oneOf', 'anyOf'] as const) {
      const members = schema[key]
      if (!Array.isArray(members) || members.length === 0) continue
      // Members that only constrain (`required: [...]`) say nothing of the type: the schema's own type stands.
      if (members.every((m) => isObject(m) && !constrainsOnly(m))) {
        const hints = members.map((_, i) => child(joinPointer(pointer, key, i), `Option${i + 1}`, false))
        if (!hints.includes('Any')) return wrap(union(hints))
      }
    }
    const allOf = schema['allOf']
    if (Array.isArray(allOf) && allOf.length === 1 && types.length === 0 && !isObject(schema['properties'])) return wrap(child(joinPointer(pointer, 'allOf', 0), '', false))
    if (types.length > 1) {
      const hints = types.map((t) => this.typeHint(t, schema, pointer, child))
      return wrap(hints.includes('Any') ? 'Any' : union(hints))
    }
    if (types.length === 1) return wrap(this.typeHint(types[0]!, schema, pointer, child))
    if (isObject(schema['properties']) || isObject(schema['additionalProperties']) || Array.isArray(allOf)) return wrap(this.typeHint('object', schema, pointer, child))
    return 'Any'
  }

  private typeHint(type: string, schema: Record<string, unknown>, pointer: string, child: (at: string, suffix: string, inContainer: boolean) => string): string {
    if (type === 'string') return schema['format'] === 'binary' ? 'bytes' : 'str'
    if (type === 'integer') return 'int'
    if (type === 'number') return 'float'
    if (type === 'boolean') return 'bool'
    if (type === 'array') return isObject(schema['items']) ? `List[${child(joinPointer(pointer, 'items'), 'Item', true)}]` : 'List[Any]'
    if (type === 'object') {
      const extra = schema['additionalProperties']
      const value = isObject(extra) && Object.keys(extra).length > 0 && !isObject(schema['properties']) ? child(joinPointer(pointer, 'additionalProperties'), 'Value', true) : 'Any'
      return `Dict[str, ${value}]`
    }
    return 'Any'
  }

  /** The schema at `pointer` through its `$ref` chain. */
  private resolved(pointer: string): Record<string, unknown> | undefined {
    const r = followRefs(this.doc, getByPointer(this.doc, pointer), pointer)
    return r.ok && isObject(r.value) ? r.value : undefined
  }

  /**
   * The fields of an object schema a TypedDict can state: properties (its own and those of `allOf` members that are
   * such objects too), no `oneOf`/`anyOf`, no other type, no `additionalProperties` beyond `false` (a TypedDict would
   * refuse the extra keys the API takes). Undefined for any other schema.
   */
  private objectShape(pointer: string): ObjectShape | undefined {
    // Asked of each schema several times (to name it, to define it, by each way): made once.
    if (!this.shapes.has(pointer)) this.shapes.set(pointer, this.findObjectShape(pointer, new Set()))
    return this.shapes.get(pointer)
  }

  private findObjectShape(pointer: string, seen: Set<string>): ObjectShape | undefined {
    const r = followRefs(this.doc, getByPointer(this.doc, pointer), pointer)
    if (!r.ok || !isObject(r.value) || seen.has(r.pointer) || seen.size > MAX_REF_CHAIN) return undefined
    seen.add(r.pointer)
    const s = r.value
    if ('enum' in s || 'const' in s || 'patternProperties' in s) return undefined
    // A union of shapes is not one TypedDict. A union of constraints (GitHub: `anyOf: [{required: [state]}, {required:
    // [assignees]}]`) is: its properties, each optional unless the object itself requires it.
    for (const key of ['oneOf', 'anyOf'] as const) if (key in s && !(Array.isArray(s[key]) && s[key].every((m) => isObject(m) && constrainsOnly(m)))) return undefined
    if (s['additionalProperties'] !== undefined && s['additionalProperties'] !== false) return undefined
    const declared = Array.isArray(s['type']) ? s['type'] : s['type'] === undefined ? [] : [s['type']]
    if (declared.some((t) => t !== 'object' && t !== 'null')) return undefined
    const fields: ObjectShape['fields'] = []
    const add = (key: string, at: string, required: boolean) => {
      const existing = fields.find((f) => f.key === key)
      if (existing) existing.required ||= required
      else fields.push({key, pointer: at, required})
    }
    const required = new Set(Array.isArray(s['required']) ? s['required'].filter((k): k is string => typeof k === 'string') : [])
    if (isObject(s['properties'])) {
      // A TypedDict cannot have an empty key (SendGrid's spec has one): such an object stays a dict.
      if ('' in s['properties']) return undefined
      for (const key of Object.keys(s['properties'])) add(key, joinPointer(r.pointer, 'properties', key), required.has(key))
    }
    if (Array.isArray(s['allOf'])) {
      for (let i = 0; i < s['allOf'].length; i++) {
        const member = this.findObjectShape(joinPointer(r.pointer, 'allOf', i), new Set(seen))
        if (!member) return undefined
        for (const f of member.fields) add(f.key, f.pointer, f.required || required.has(f.key))
      }
    }
    return fields.length > 0 ? {fields} : undefined
  }

  /**
   * Aliases that reach themselves outside any container (`A = Union[B, int]`, `B = Optional[A]`) are not valid type
   * aliases: each alias on such a cycle becomes `Any`.
   */
  private breakAliasCycles(): void {
    const onCycle = new Set<string>()
    for (const start of this.directRefs.keys()) {
      // Depth-first from each alias over aliases only (a TypedDict is a class: a reference to it ends the path).
      const stack: Array<{name: string; path: string[]}> = [{name: start, path: [start]}]
      const visited = new Set<string>()
      while (stack.length > 0) {
        const {name, path} = stack.pop()!
        for (const next of this.directRefs.get(name) ?? []) {
          if (next === start) path.forEach((n) => onCycle.add(n))
          else if (this.directRefs.has(next) && !visited.has(next)) {
            visited.add(next)
            stack.push({name: next, path: [...path, next]})
          }
        }
      }
    }
    for (const def of this.defs) if (def.kind === 'alias' && onCycle.has(def.name)) def.hint = 'Any'
  }
}

/** The values naming a member, and whether a `mapping` gave them (else the implicit mapping: its component name). */
export interface DiscriminatorValues {
  values: string[]
  explicit: boolean
}

/** Past this many objects the document walk for discriminators stops (GitHub's 13 MB description has about 90,000). */
const MAX_DISCRIMINATOR_WALK = 5_000_000

/**
 * The values of each discriminator, by the member schema they name: `{"/components/schemas/Cat": {"petType": ["cat"]}}`.
 * Members are the local `$ref`s of the discriminator's `oneOf`/`anyOf`, and the components whose `allOf` refers to the
 * schema that holds it (the inheritance form). A member takes the `mapping` keys that point to it, else its component
 * name (the implicit mapping). A mapping value is a `$ref` or a component's name.
 */
export function discriminatorValues(document: unknown): Map<string, Map<string, DiscriminatorValues>> {
  const out = new Map<string, Map<string, DiscriminatorValues>>()
  const schemas = isObject(document) && isObject(document['components']) && isObject(document['components']['schemas']) ? document['components']['schemas'] : {}
  const refTarget = (ref: unknown) => (typeof ref === 'string' && ref.startsWith('#') ? fragmentToPointer(ref) : undefined)
  const record = (holder: Record<string, unknown>, members: string[]) => {
    const discriminator = holder['discriminator'] as Record<string, unknown>
    const property = discriminator['propertyName'] as string
    const mapped = new Map<string, string[]>()
    if (isObject(discriminator['mapping'])) {
      for (const [value, ref] of Object.entries(discriminator['mapping'])) {
        // A mapping value is a $ref or a component's name.
        const t = refTarget(ref) ?? (typeof ref === 'string' && Object.hasOwn(schemas, ref) ? joinPointer('/components/schemas', ref) : undefined)
        if (t !== undefined) mapped.set(t, [...(mapped.get(t) ?? []), value])
      }
    }
    for (const member of members) {
      const name = componentName(member)
      const explicit = mapped.has(member)
      const values = mapped.get(member) ?? (name === undefined ? [] : [name])
      if (values.length === 0) continue
      const byProperty = out.get(member) ?? new Map<string, DiscriminatorValues>()
      out.set(member, byProperty)
      const known = byProperty.get(property)
      byProperty.set(property, {values: [...new Set([...(known?.values ?? []), ...values])], explicit: explicit || known?.explicit === true})
    }
  }
  const holds = (node: Record<string, unknown>) => isObject(node['discriminator']) && typeof node['discriminator']['propertyName'] === 'string'
  // The union form, wherever it is written: every object of the document, from an explicit stack, each once, bounded.
  const stack: unknown[] = [document]
  const seen = new Set<object>()
  for (let steps = 0; stack.length > 0 && steps < MAX_DISCRIMINATOR_WALK; steps++) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null || seen.has(node)) continue
    seen.add(node)
    for (const v of Array.isArray(node) ? node : Object.values(node)) if (typeof v === 'object' && v !== null) stack.push(v)
    if (Array.isArray(node) || !holds(node as Record<string, unknown>)) continue
    const members = (['oneOf', 'anyOf'] as const).flatMap((key) => {
      const list = (node as Record<string, unknown>)[key]
      return Array.isArray(list) ? list.flatMap((m) => (isObject(m) ? (refTarget(m['$ref']) ?? []) : [])) : []
    })
    if (members.length > 0) record(node as Record<string, unknown>, members)
  }
  // The inheritance form: a component holding a discriminator and no union, and the components whose allOf refers to it.
  const children = new Map<string, string[]>()
  for (const [name, s] of Object.entries(schemas)) {
    if (!isObject(s) || !Array.isArray(s['allOf'])) continue
    for (const m of s['allOf']) {
      const base = isObject(m) ? refTarget(m['$ref']) : undefined
      if (base !== undefined) children.set(base, [...(children.get(base) ?? []), joinPointer('/components/schemas', name)])
    }
  }
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !holds(schema) || Array.isArray(schema['oneOf']) || Array.isArray(schema['anyOf'])) continue
    record(schema, children.get(joinPointer('/components/schemas', name)) ?? [])
  }
  return out
}

/**
 * A class's name: PascalCase, a keyword taking a trailing `_`. One that would start with a digit (`200Result`) takes
 * `prefix` before it, not the `_` identifiers take elsewhere: pyright reads a leading `_` as private to the module, and
 * client.py names the models and errors through theirs.
 */
export function pyClassName(raw: string, prefix = 'Model'): string {
  return toIdentifier(raw, {style: 'pascal', fallback: prefix, digitPrefix: prefix}).identifier
}

/** A `oneOf`/`anyOf` member that says nothing of the type (`{required: [a]}`), only constrains the schema it is in. */
function constrainsOnly(member: Record<string, unknown>): boolean {
  return !(typeof member['$ref'] === 'string' || ['type', 'enum', 'const', 'properties', 'oneOf', 'anyOf', 'allOf'].some((k) => k in member))
}

function isNullable(schema: unknown): boolean {
  if (!isObject(schema)) return false
  return schema['nullable'] === true || (Array.isArray(schema['type']) && schema['type'].includes('null')) || (Array.isArray(schema['enum']) && schema['enum'].includes(null))
}

/** `Optional[X]` once: a hint that is Optional already stays as it is. */
export function optional(hint: string): string {
  return hint.startsWith('Optional[') ? hint : `Optional[${hint}]`
}

/** One hint for several: each once, `Optional` lifted out (`Union[A, Optional[B]]` is `Optional[Union[A, B]]`). */
export function union(hints: string[]): string {
  let nullable = false
  const members: string[] = []
  for (const h of hints) {
    let m = h
    if (m.startsWith('Optional[')) {
      nullable = true
      m = m.slice('Optional['.length, -1)
    }
    if (m === 'None') nullable = true
    else if (!members.includes(m)) members.push(m)
  }
  const one = members.length === 0 ? 'None' : members.length === 1 ? members[0]! : `Union[${members.join(', ')}]`
  return nullable && one !== 'None' ? optional(one) : one
}

/**
 * `Literal[...]` for enum values Python's Literal can hold (strings, integers, booleans; each once), written through
 * pyString; undefined when there are none, or any other (a float, an object), which leaves the declared type.
 */
export function pyLiteral(values: unknown[]): string | undefined {
  if (values.length === 0) return undefined
  const out: string[] = []
  for (const v of values) {
    let text: string
    if (typeof v === 'string') text = pyString(v)
    else if (typeof v === 'boolean') text = v ? 'True' : 'False'
    else if (typeof v === 'number' && Number.isSafeInteger(v)) text = String(v)
    else return undefined
    if (!out.includes(text)) out.push(text)
  }
  return `Literal[${out.join(', ')}]`
}

/** A hint's tokens: names (`models.Pet`), brackets, commas, integers, and string literals as pyString writes them. */
const HINT_TOKEN = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?|[[\]]|, |-?[0-9]+|"(?:[ !#-[\]-~]|\\[\\"nrtx]|\\u[0-9a-f]{4}|\\U[0-9a-f]{8})*"/gy

/**
 * A hint as code. Hints are made here from names and pyString literals; this checks that one is nothing else (a
 * template may pass any text to the helper that prints it), and throws otherwise.
 */
export function pyHint(hint: unknown): string {
  const text = String(hint)
  HINT_TOKEN.lastIndex = 0
  let end = 0
  while (end < text.length && HINT_TOKEN.exec(text) !== null) end = HINT_TOKEN.lastIndex
  if (end !== text.length || text === '') throw new Error(`not a Python type hint: ${JSON.stringify(text)}`)
  return text
}

/** Every identifier a hint names, its string literals left out (an enum value may read "Any"). */
export function hintNames(hint: string): string[] {
  return hint.replace(/"(?:[^"\\]|\\.)*"/g, '""').match(/[A-Za-z_]\w*/g) ?? []
}
