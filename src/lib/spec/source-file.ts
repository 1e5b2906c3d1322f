import type {Event} from 'js-yaml'
import {ApixError} from '../errors.js'
import {locateInJson} from './json-locator.js'
import {inspectTree, type SpecLimits, type TreeFacts} from './limits.js'
import {splitPointer} from './pointer.js'
import {constructPlain} from './yaml-construct.js'
import {ALIAS} from './yaml-events.js'
import {locateInYaml, subtreeEnds} from './yaml-locator.js'

export interface Position {
  line: number
  column: number
}

/** One parsed file of a document, with lazy positions for JSON pointers into it. */
export class SourceFile {
  /** Absolute path, or an https URL, or `<stdin>`. */
  readonly id: string
  /** What messages show: the path relative to the working folder. */
  readonly displayPath: string
  readonly format: 'json' | 'yaml'
  readonly text: string
  readonly value: unknown
  /** `$ref`s in this file, found while checking its limits. */
  readonly refs: TreeFacts['refs']
  private readonly events: Event[] | undefined
  /** Where each YAML event's node ends (see subtreeEnds), built on the first look-up and kept for the next ones. */
  private eventEnds: Int32Array | undefined
  private lineStarts: number[] | undefined
  private readonly positions = new Map<string, Position | null>()

  private constructor(init: {id: string; displayPath: string; format: 'json' | 'yaml'; text: string; value: unknown; refs: TreeFacts['refs']; events: Event[] | undefined}) {
    this.id = init.id
    this.displayPath = init.displayPath
    this.format = init.format
    this.text = init.text
    this.value = init.value
    this.refs = init.refs
    this.events = init.events
  }

  /**
   * Parses `text`. JSON is read with JSON.parse (fastest); YAML with js-yaml's event parser, whose offsets later
   * give positions without a second parse. Throws ApixError (exit 2) on syntax errors and crossed limits.
   */
  static async parse(id: string, displayPath: string, text: string, limits: SpecLimits): Promise<SourceFile> {
    if (text.length > limits.maxFileSize) {
      throw new ApixError(`file is ${text.length} bytes, over the ${limits.maxFileSize}-byte limit`, {
        location: {file: displayPath},
        hint: 'raise it with --max-file-size if the file is trusted',
      })
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    const looksJson = /\.json$/i.test(id) || /^\s*[{[]/.test(text)
    let value: unknown
    let events: Event[] | undefined
    let format: 'json' | 'yaml' = 'json'
    let jsonError: unknown
    if (looksJson) {
      try {
        value = JSON.parse(text)
      } catch (error) {
        jsonError = error
      }
    }
    if (!looksJson || jsonError !== undefined) {
      if (jsonError !== undefined && /\.json$/i.test(id)) throw jsonSyntaxError(jsonError, text, displayPath)
      format = 'yaml'
      const yaml = await import('js-yaml')
      try {
        events = yaml.parseEvents(text, {filename: displayPath, maxDepth: limits.maxDepth})
        const plain = constructPlain(yaml, events, text)
        const docs = plain ? [plain.value] : yaml.constructFromEvents(events, {source: text, filename: displayPath, maxTotalMergeKeys: 10_000})
        if (docs.length > 1) {
          throw new ApixError('the YAML file holds more than one document', {location: {file: displayPath}, hint: 'keep one OpenAPI document per file'})
        }
        value = docs[0]
      } catch (error) {
        throw yamlError(error, text, displayPath, limits)
      }
    }
    // Alias accounting (a map entry per container) is only needed when the YAML has aliases at all.
    const facts = inspectTree(value, limits.maxDepth, {aliases: events !== undefined && events.some((e) => e.type === ALIAS)})
    if (facts.tooDeepAt !== undefined) {
      throw new ApixError(`nesting deeper than ${limits.maxDepth} levels`, {
        location: {file: displayPath, pointer: facts.tooDeepAt.slice(0, 200)},
        hint: 'flatten the document or move deep parts into components',
      })
    }
    if (facts.aliasExpansion > limits.maxAliasExpansion) {
      throw new ApixError(`YAML aliases expand to over ${limits.maxAliasExpansion} extra nodes (an alias bomb?)`, {
        location: {file: displayPath},
        hint: 'replace repeated aliases with $ref',
      })
    }
    return new SourceFile({id, displayPath, format, text, value, refs: facts.refs, events})
  }

  /** Positions of many pointers at once (one scan of the file for all that are not known yet). */
  locateAll(pointers: Iterable<string>): void {
    const todo = new Map<string, string[]>()
    for (const p of pointers) {
      if (!this.positions.has(p) && !todo.has(p)) {
        try {
          todo.set(p, splitPointer(p))
        } catch {
          this.positions.set(p, null)
        }
      }
    }
    if (todo.size === 0) return
    const offsets = this.events ? locateInYaml(this.events, this.text, todo, (this.eventEnds ??= subtreeEnds(this.events))) : locateInJson(this.text, todo)
    for (const p of todo.keys()) {
      const offset = offsets.get(p)
      this.positions.set(p, offset === undefined ? null : this.positionOf(offset))
    }
  }

  /** Position of `pointer`, or of its nearest ancestor that exists in the file. */
  locate(pointer: string): Position {
    let p = pointer
    for (;;) {
      if (!this.positions.has(p)) this.locateAll([p])
      const pos = this.positions.get(p)
      if (pos) return pos
      if (p === '') return {line: 1, column: 1}
      p = p.slice(0, p.lastIndexOf('/'))
    }
  }

  /** The text offset of a (1-based) position. */
  offsetOf(pos: Position): number {
    return (this.starts()[pos.line - 1] ?? 0) + pos.column - 1
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0]
      const t = this.text
      for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts.push(i + 1)
      this.lineStarts = starts
    }
    return this.lineStarts
  }

  positionOf(offset: number): Position {
    const starts = this.starts()
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return {line: lo + 1, column: offset - starts[lo]! + 1}
  }
}

function offsetToLineCol(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let last = -1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    last = i
  }
  return {line, column: offset - last}
}

function jsonSyntaxError(error: unknown, text: string, file: string): ApixError {
  const message = error instanceof Error ? error.message : String(error)
  const m = /position (\d+)/.exec(message)
  const lc = /line (\d+) column (\d+)/.exec(message)
  let line: number | undefined
  let column: number | undefined
  if (lc) {
    line = Number(lc[1])
    column = Number(lc[2])
  } else if (m) {
    ;({line, column} = offsetToLineCol(text, Number(m[1])))
  }
  const short = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/, "[\s\S]*" is not valid JSON$/, '').replace(/ \(line \d+ column \d+\)$/, '')
  return new ApixError(`invalid JSON: ${short}`, {
    location: {file, ...(line === undefined ? {} : {line}), ...(column === undefined ? {} : {column})},
    hint: 'fix the syntax error',
  })
}

function yamlError(error: unknown, text: string, file: string, limits: SpecLimits): ApixError {
  if (error instanceof ApixError) return error
  if (error instanceof RangeError) {
    return new ApixError(`nesting too deep to read`, {location: {file}, hint: `keep nesting under ${limits.maxDepth} levels`})
  }
  const e = error as {reason?: string; message?: string; mark?: {position?: number; line?: number; column?: number}}
  const reason = e.reason ?? e.message?.split('\n')[0] ?? String(error)
  let line: number | undefined
  let column: number | undefined
  if (e.mark?.position !== undefined) ({line, column} = offsetToLineCol(text, e.mark.position))
  const deep = /depth|nest/i.test(reason)
  // CloudFormation's short forms (!Sub, !GetAtt...) only mean something inside a template (AWS::Include, SAM).
  const cfn = /unknown \w+ tag !<!(Sub|GetAtt|Ref|Join|If|Select|Split|FindInMap|ImportValue|Base64|Cidr|GetAZs|Equals|Not|And|Or|Condition)>/.exec(reason)
  return new ApixError(deep ? `nesting deeper than ${limits.maxDepth} levels` : `invalid YAML: ${reason}`, {
    location: {file, ...(line === undefined ? {} : {line}), ...(column === undefined ? {} : {column})},
    hint: deep
      ? 'flatten the document or move deep parts into components'
      : cfn
        ? `!${cfn[1]} is a CloudFormation short form: write the long form (${cfn[1] === "Ref" ? "Ref" : `Fn::${cfn[1]}`}) or lint the spec CloudFormation produces`
        : 'fix the syntax error',
  })
}
