import type {LoadedSpec, NodeLocation} from '../../spec/loader.js'
import type {JsonObject, SpecIndex} from '../../spec/model.js'
import {escapeSegment} from '../../spec/pointer.js'
import type {SourceFile} from '../../spec/source-file.js'
import type {Report} from '../types.js'
import {describe, kindOf, label, type FieldType, type NodeType, type TypeTable} from './model.js'
import {types20} from './types-2.0.js'
import {types30} from './types-3.0.js'
import {types31} from './types-3.1.js'

/** A node of the typed walk and where it is written. */
export interface TypedNode {
  value: JsonObject
  loc: NodeLocation
}

export interface StructResult {
  /** Shape errors: unknown fields, wrong types, missing required fields (the `struct` rule). */
  problems: Report[]
  /** `$ref`s standing where the specification allows no Reference Object (the `ref-location` rule). */
  misplacedRefs: Report[]
  /** Nodes of the types marked `record`, by type name (`Example`, `Link`, `Server Variable`…). */
  nodes: Map<string, TypedNode[]>
}

/**
 * A location built lazily: most values are checked and left, so the JSON pointer is only joined when a finding (or
 * a recorded node) needs it.
 */
class Loc {
  private ptr: string | undefined
  constructor(
    readonly file: SourceFile,
    readonly parent: Loc | undefined,
    readonly key: string | number | undefined,
    pointer?: string,
  ) {
    this.ptr = pointer
  }

  get pointer(): string {
    if (this.ptr === undefined) this.ptr = this.parent!.pointer + '/' + escapeSegment(this.key!)
    return this.ptr
  }

  child(key: string | number): Loc {
    return new Loc(this.file, this, key)
  }

  node(): NodeLocation {
    return {file: this.file, pointer: this.pointer}
  }
}

function locOf(parent: Loc, key: string | number | undefined): Loc {
  return key === undefined ? parent : parent.child(key)
}

function isPlainObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

const TABLES = {'2.0': types20, '3.0': types30, '3.1': types31} as const
const cache = new WeakMap<SpecIndex, StructResult>()

/** The typed walk of the whole document, done once per index and shared by the rules that read it. */
export function structure(index: SpecIndex): StructResult {
  let result = cache.get(index)
  if (!result) {
    result = new StructWalker(index.spec, TABLES[index.version]).run()
    cache.set(index, result)
  }
  return result
}

interface Pending {
  value: unknown
  type: FieldType
  loc: Loc
  name: string
}

/**
 * Validates every node against the version's type table. Plain recursion follows the tree of one file (the loader
 * caps its depth); a `$ref` is queued instead of followed, so a long chain of references across files never deepens
 * the stack, and every target is validated once (cycles end there).
 */
class StructWalker {
  private readonly problems: Report[] = []
  private readonly misplaced: Report[] = []
  private readonly nodes = new Map<string, TypedNode[]>()
  /** Objects already validated as a node (a node shared through `$ref` or a YAML alias is validated once). */
  private readonly visited = new Set<object>()
  /** `$ref` targets already queued. */
  private readonly targets = new Set<string>()
  private readonly queue: Pending[] = []

  constructor(
    private readonly spec: LoadedSpec,
    private readonly table: TypeTable,
  ) {}

  run(): StructResult {
    const root = new Loc(this.spec.root, undefined, undefined, '')
    this.value(this.spec.root.value, {k: 'node', name: this.table.root}, root, undefined, 'document')
    for (let i = 0; i < this.queue.length; i++) {
      const p = this.queue[i]!
      this.value(p.value, p.type, p.loc, undefined, p.name)
    }
    return {problems: this.problems, misplacedRefs: this.misplaced, nodes: this.nodes}
  }

  private type(name: string): NodeType {
    const t = this.table.types.get(name)
    if (!t) throw new Error(`no node type ${name}`)
    return t
  }

  private report(loc: Loc, message: string): void {
    this.problems.push({message, at: loc.node()})
  }

  /** True when a Reference Object may stand where `ft` is expected. */
  private referable(ft: FieldType): boolean {
    if (ft.k === 'node') return this.type(ft.name).ref !== 'none'
    if (ft.k === 'either') return ft.options.some((o) => this.referable(o))
    return false
  }

  /** Queues the target of `ref` (written in `loc`'s file) to be validated as `ft`. */
  private follow(ref: string, ft: FieldType, loc: Loc, name: string): void {
    const target = this.spec.resolveRef(ref, loc.file)
    if (!target) return // no-unresolved-refs reports it
    const key = target.file.id + '#' + target.pointer
    if (this.targets.has(key)) return
    this.targets.add(key)
    this.queue.push({value: this.spec.valueAt(target), type: ft, loc: new Loc(target.file, undefined, undefined, target.pointer), name})
  }

  /**
   * Validates `value`, found at `parent`'s member `key` (`parent` itself when undefined) and named `name` in messages,
   * against `ft`. The member's Loc is made only when needed: most values are scalars that pass.
   */
  private value(value: unknown, ft: FieldType, parent: Loc, key: string | number | undefined, name: string): void {
    if (ft.k === 'any') return
    const isRef = isPlainObject(value) && typeof value['$ref'] === 'string'
    if (!isRef && this.scalar(value, ft, parent, key, name)) return
    const loc = locOf(parent, key)
    if (isRef) {
      const nodeRefs = ft.k === 'node' ? this.type(ft.name).ref : undefined
      if (nodeRefs !== 'field') {
        if (!this.referable(ft)) {
          this.misplaced.push({
            message: `"$ref" is not allowed here: the specification expects ${ft.k === 'node' ? label(this.type(ft.name)) : describe(ft)} for "${name}", not a Reference Object.`,
            at: {file: loc.file, pointer: loc.pointer + '/$ref'},
          })
        }
        this.follow(value['$ref'] as string, ft, loc, name)
        return
      }
    }
    switch (ft.k) {
      case 'list':
        return this.list(value, ft, loc, name)
      case 'map':
        if (!isPlainObject(value)) return this.report(loc, `"${name}" must be an object, got ${kindOf(value)}.`)
        for (const k in value) this.value(value[k], ft.of, loc, k, `${name}.${k}`)
        return
      case 'node': {
        const t = this.type(ft.name)
        if (isPlainObject(value)) return this.node(value, t, loc)
        if (t.booleanOk && typeof value === 'boolean') return
        this.report(loc, `"${name}" must be ${t.booleanOk ? 'a schema (an object or a boolean)' : label(t)}, got ${kindOf(value)}.`)
        return
      }
      case 'either': {
        const kind = kindOf(value)
        for (const o of ft.options) {
          if (this.matches(o, kind)) return this.value(value, o, loc, undefined, name)
        }
        this.report(loc, `"${name}" must be ${ft.expected}, got ${kind}.`)
        return
      }
    }
  }

  /** Checks a value against a scalar type; false when `ft` is not one (the caller goes on). */
  private scalar(value: unknown, ft: FieldType, parent: Loc, key: string | number | undefined, name: string): boolean {
    switch (ft.k) {
      case 'string':
        if (typeof value !== 'string') this.report(locOf(parent, key), `"${name}" must be a string, got ${kindOf(value)}.`)
        return true
      case 'boolean':
        if (typeof value !== 'boolean') this.report(locOf(parent, key), `"${name}" must be a boolean, got ${kindOf(value)}.`)
        return true
      case 'number':
        if (typeof value !== 'number') this.report(locOf(parent, key), `"${name}" must be ${describe(ft)}, got ${kindOf(value)}.`)
        else if (ft.above !== undefined && !(value > ft.above)) this.report(locOf(parent, key), `"${name}" must be ${describe(ft)}, got ${value}.`)
        return true
      case 'integer':
        if (typeof value !== 'number' || !Number.isInteger(value)) this.report(locOf(parent, key), `"${name}" must be ${describe(ft)}, got ${typeof value === 'number' ? value : kindOf(value)}.`)
        else if (ft.min !== undefined && value < ft.min) this.report(locOf(parent, key), `"${name}" must be ${describe(ft)}, got ${value}.`)
        return true
      case 'enum':
        if (typeof value !== 'string') this.report(locOf(parent, key), `"${name}" must be a string, got ${kindOf(value)}.`)
        else if (!ft.values.includes(value)) this.report(locOf(parent, key), `"${name}" must be ${describe(ft)}; got "${value}".`)
        return true
      default:
        return false
    }
  }

  /** Whether a value of JSON `kind` belongs to option `o` of an `either`. */
  private matches(o: FieldType, kind: string): boolean {
    switch (o.k) {
      case 'string':
      case 'enum':
        return kind === 'string'
      case 'boolean':
        return kind === 'boolean'
      case 'number':
      case 'integer':
        return kind === 'number'
      case 'list':
        return kind === 'array'
      case 'map':
        return kind === 'object'
      case 'node':
        return kind === 'object' || (kind === 'boolean' && this.type(o.name).booleanOk === true)
      case 'any':
        return true
      case 'either':
        return o.options.some((x) => this.matches(x, kind))
    }
  }

  private list(value: unknown, ft: Extract<FieldType, {k: 'list'}>, loc: Loc, name: string): void {
    if (!Array.isArray(value)) return this.report(loc, `"${name}" must be an array, got ${kindOf(value)}.`)
    if (ft.nonEmpty && value.length === 0) this.report(loc, `"${name}" must not be empty.`)
    let seen: Set<unknown> | undefined
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (ft.unique && (typeof item === 'string' || typeof item === 'number')) {
        seen ??= new Set()
        if (seen.has(item)) this.report(loc.child(i), `"${name}" lists ${JSON.stringify(item)} more than once.`)
        seen.add(item)
      }
      if (ft.of.k !== 'any') this.value(item, ft.of, loc, i, `${name}[${i}]`)
    }
  }

  private node(obj: JsonObject, type: NodeType, loc: Loc): void {
    if (this.visited.has(obj)) return
    this.visited.add(obj)
    const t = type.variant?.(obj) ?? type
    if (t.record) {
      let list = this.nodes.get(t.name)
      if (!list) this.nodes.set(t.name, (list = []))
      list.push({value: obj, loc: loc.node()})
    }
    const fields = t.fields
    for (const key in obj) {
      const f = fields[key]
      if (f !== undefined) {
        if (f.k !== 'any') this.value(obj[key], f, loc, key, key)
      } else if (key.startsWith('x-') && t.extensions !== false) {
        // Specification Extensions hold any value.
      } else if (t.additional) {
        this.value(obj[key], t.additional, loc, key, key)
      } else if (!t.open) {
        this.report(loc.child(key), `Property "${key}" is not allowed in ${label(t)}.`)
      }
    }
    if (t.required) {
      for (const r of t.required) if (obj[r] === undefined) this.report(loc, `${upperFirst(label(t).replace(/^an? /, ''))} must have "${r}".`)
    }
    if (t.check) t.check(obj, (key, message) => this.report(key === undefined ? loc : loc.child(key), message))
    if (t.ref === 'field' && typeof obj['$ref'] === 'string') this.follow(obj['$ref'], {k: 'node', name: type.name}, loc, t.name)
  }
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
