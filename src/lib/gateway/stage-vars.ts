import {randomBytes} from 'node:crypto'
import {readFile, rename, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {YAMLMap} from 'yaml'
import {loadConfig, type ApixConfig} from '../config/config.js'
import {ApixError, formatLocation, type SourceLocation} from '../errors.js'
import {loadSpec, type LoadOptions} from '../spec/loader.js'
import {isObject, type JsonObject} from '../spec/model.js'
import {escapeSegment, joinPointer} from '../spec/pointer.js'
import {STAGE_VARIABLE_NAME_MAX_LENGTH} from './aws-limits.js'

/** Where API Gateway reads `${stageVariables.x}` (URIs, Lambda ARNs, parameter mappings, mapping templates). */
export const STAGE_VARIABLES_REFERENCE_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html'
/**
 * The limits: "Stage variables per stage: 100", "Length, in characters, of the key in a stage variable: 64", "Length,
 * in characters, of the value in a stage variable: 512" (REST and HTTP API quota pages, neither raisable).
 */
export const STAGE_VARIABLE_QUOTAS_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html'
export const STAGE_VARIABLES_PER_STAGE = 100
export const STAGE_VARIABLE_VALUE_MAX_LENGTH = 512
/**
 * CreateStage: "Variable names can have alphanumeric and underscore characters, and the values must match
 * [A-Za-z0-9-._~:/?#&=,]+" (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateStage.html). The `+` makes an
 * empty value invalid too: `--write` leaves empty values for the user to fill, and they stay findings until filled.
 */
export const STAGE_VARIABLE_NAME = new RegExp(`^[A-Za-z0-9_]{1,${STAGE_VARIABLE_NAME_MAX_LENGTH}}$`)
export const STAGE_VARIABLE_VALUE = /^[A-Za-z0-9\-._~:/?#&=,]+$/

export interface StageVariableUse {
  name: string
  /** JSON pointer of the string that uses it, in the document scanned. */
  pointer: string
  /** File, line and column, when the caller knows which file the document is. */
  location?: SourceLocation
}

/**
 * `${stageVariables.x}` (URIs, ARNs, templates; `$!{...}` is VTL's quiet form), VTL's `$stageVariables.x`,
 * `$stageVariables.get('x')` and `$stageVariables['x']`. The `${...}` form captures up to the brace, so a name API
 * Gateway would refuse (`${stageVariables.my-var}`) is reported rather than cut short.
 */
const IN_TEXT = /\$!?\{stageVariables\.([^}]*)\}|\$!?stageVariables(?:\.get\(\s*(['"])(.*?)\2\s*\)|\[\s*(['"])(.*?)\4\s*\]|\.([A-Za-z0-9_]+)(?![A-Za-z0-9_]*\s*\())/g
/** A parameter mapping expression names the variable bare, and nothing else: `stageVariables.x`. */
const MAPPING_EXPRESSION = /^\s*stageVariables\.([A-Za-z0-9_-]*)\s*$/

/**
 * Every stage variable any string of `document` uses, with the pointer of that string, in document order. Any JSON
 * object works: a spec file, the config's integrations, or the whole deployable document.
 */
export function stageVariableUses(document: JsonObject): StageVariableUse[] {
  const out: StageVariableUse[] = []
  const visit = (node: unknown, pointer: string): void => {
    if (typeof node === 'string') {
      if (node.indexOf('stageVariables') === -1) return
      const bare = MAPPING_EXPRESSION.exec(node)
      if (bare) {
        out.push({name: bare[1]!, pointer})
        return
      }
      for (const m of node.matchAll(IN_TEXT)) out.push({name: (m[1] ?? m[3] ?? m[5] ?? m[6] ?? '').trim(), pointer})
      return
    }
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${pointer}/${i}`))
    else if (isObject(node)) for (const [key, value] of Object.entries(node)) visit(value, `${pointer}/${escapeSegment(key)}`)
  }
  visit(document, '')
  return out
}

export type StageVariableRule = 'stage-variable-missing' | 'stage-variable-empty' | 'stage-variable-name' | 'stage-variable-value' | 'stage-variable-count'

export interface StageVariableFinding {
  rule: StageVariableRule
  severity: 'error'
  message: string
  /** The stage concerned; undefined for a name the document uses that no stage could define. */
  stage: string | undefined
  variable: string
  /** In the config for what a stage defines or lacks, in the document for a name it uses. */
  location: SourceLocation
  /** Where the variable is used (missing and badly named variables). */
  uses: StageVariableUse[]
}

export interface StageVariablesReport {
  /** The stages checked, in config order. */
  stages: string[]
  /** Every variable used, sorted, with its uses. */
  variables: Array<{name: string; uses: StageVariableUse[]}>
  /** Stage -> the variables it lacks (what `--write` adds). */
  missing: Record<string, string[]>
  findings: StageVariableFinding[]
}

/**
 * Checks each stage of `config.gateway.stages` (or only `options.stages`) against the variables used: a variable a
 * stage lacks, a name AWS refuses (used or defined), a value AWS refuses (over 512 characters, characters outside its
 * set, empty), more than 100 variables in a stage. Canary overrides follow the same name and value rules.
 */
export function checkStageVariables(uses: StageVariableUse[], config: Pick<ApixConfig, 'gateway' | 'file'>, options: {stages?: string[]} = {}): StageVariablesReport {
  const inConfig = (pointer: string): SourceLocation => (config.file ? {file: config.file.displayPath, ...config.file.locate(pointer), pointer} : {file: 'apix.config.yaml', pointer})
  const where = (u: StageVariableUse): string => formatLocation(u.location ?? {file: 'the document', pointer: u.pointer})
  const stages = options.stages ?? Object.keys(config.gateway.stages)
  const byName = new Map<string, StageVariableUse[]>()
  for (const u of uses) {
    const list = byName.get(u.name)
    if (list) list.push(u)
    else byName.set(u.name, [u])
  }
  const variables = [...byName.keys()].sort().map((name) => ({name, uses: byName.get(name)!}))
  const findings: StageVariableFinding[] = []
  const missing: Record<string, string[]> = {}

  for (const {name, uses: at} of variables) {
    if (STAGE_VARIABLE_NAME.test(name)) continue
    findings.push({
      rule: 'stage-variable-name',
      severity: 'error',
      message: `stage variable name \`${name}\` is not 1-${STAGE_VARIABLE_NAME_MAX_LENGTH} letters, digits or underscores, so no stage can define it${more(at.length)}`,
      stage: undefined,
      variable: name,
      location: at[0]!.location ?? {file: 'the document', pointer: at[0]!.pointer},
      uses: at,
    })
  }

  for (const stage of stages) {
    const settings = config.gateway.stages[stage] ?? {}
    const stagePointer = joinPointer('/stages', stage)
    const defined = settings.variables ?? {}
    for (const {name, uses: at} of variables) {
      if (!STAGE_VARIABLE_NAME.test(name) || Object.prototype.hasOwnProperty.call(defined, name)) continue
      ;(missing[stage] ??= []).push(name)
      findings.push({
        rule: 'stage-variable-missing',
        severity: 'error',
        message: `stage \`${stage}\` lacks stage variable \`${name}\`, used at ${where(at[0]!)}${more(at.length)}`,
        stage,
        variable: name,
        location: inConfig(stagePointer),
        uses: at,
      })
    }
    const count = Object.keys(defined).length
    if (count > STAGE_VARIABLES_PER_STAGE) {
      findings.push({
        rule: 'stage-variable-count',
        severity: 'error',
        message: `stage \`${stage}\` defines ${count} stage variables; API Gateway allows at most ${STAGE_VARIABLES_PER_STAGE} per stage`,
        stage,
        variable: '',
        location: inConfig(joinPointer(stagePointer, 'variables')),
        uses: [],
      })
    }
    const defs: Array<[string, Record<string, unknown>]> = [[joinPointer(stagePointer, 'variables'), defined]]
    if (settings.canary?.variables) defs.push([joinPointer(stagePointer, 'canary', 'variables'), settings.canary.variables])
    for (const [base, vars] of defs) {
      for (const [name, value] of Object.entries(vars)) {
        const report = (rule: StageVariableRule, message: string): void => {
          findings.push({rule, severity: 'error', message, stage, variable: name, location: inConfig(joinPointer(base, name)), uses: byName.get(name) ?? []})
        }
        if (!STAGE_VARIABLE_NAME.test(name)) {
          report('stage-variable-name', `stage \`${stage}\`: stage variable name \`${name}\` must be 1-${STAGE_VARIABLE_NAME_MAX_LENGTH} letters, digits or underscores`)
          continue
        }
        const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)
        if (text === '') report('stage-variable-empty', `stage \`${stage}\`: stage variable \`${name}\` has no value; fill it in (API Gateway refuses empty values)`)
        else if (text.length > STAGE_VARIABLE_VALUE_MAX_LENGTH) {
          report('stage-variable-value', `stage \`${stage}\`: stage variable \`${name}\` is ${text.length} characters long; API Gateway allows ${STAGE_VARIABLE_VALUE_MAX_LENGTH}`)
        } else if (!STAGE_VARIABLE_VALUE.test(text)) {
          const bad = [...new Set([...text].filter((c) => !STAGE_VARIABLE_VALUE.test(c)))].map((c) => JSON.stringify(c)).join(' ')
          report('stage-variable-value', `stage \`${stage}\`: stage variable \`${name}\` has characters API Gateway refuses (${bad}); values may use letters, digits and -._~:/?#&=,`)
        }
      }
    }
  }
  return {stages, variables, missing, findings}
}

function more(n: number): string {
  return n > 1 ? ` and ${n - 1} more place${n > 2 ? 's' : ''}` : ''
}

/** The missing entries as a patch of the config: `{stages: {prod: {variables: {lambdaAlias: ''}}}}`. */
export function stageVariablesPatch(missing: Record<string, string[]>): JsonObject {
  const stages: JsonObject = {}
  for (const [stage, names] of Object.entries(missing)) {
    if (names.length === 0) continue
    stages[stage] = {variables: Object.fromEntries(names.map((n) => [n, '']))}
  }
  return Object.keys(stages).length === 0 ? {} : {stages}
}

/**
 * Adds the missing variables, with empty values, to the config file in place. YAML: the Document API locates each
 * stage and its `variables`, and the new lines are inserted into the text there, so every other byte (comments,
 * blank lines, quoting, key order) stays as it was and the diff is the new lines only; a layout that cannot take an
 * insertion (flow mappings) is re-serialised through the Document API instead, which still keeps comments and key
 * order. JSON is re-serialised with its own key order and indentation. The file is written to a temp file and renamed
 * over the original, so an interrupted run never leaves half a config. Returns how many entries were added.
 */
export async function writeStageVariables(file: string, missing: Record<string, string[]>): Promise<number> {
  const text = await readFile(file, 'utf8')
  const edit = /\.json$/i.test(file) ? editJson(text, missing) : await editYaml(text, missing, path.basename(file))
  if (edit.added === 0) return 0
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(tmp, edit.text)
    await rename(tmp, file)
  } catch (error) {
    await unlink(tmp).catch(() => undefined)
    throw new ApixError(`cannot write the config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {location: {file: path.basename(file)}, hint: 'check the file is writable'})
  }
  return edit.added
}

interface Edit {
  text: string
  added: number
}

function editJson(text: string, missing: Record<string, string[]>): Edit {
  const root = JSON.parse(text) as JsonObject
  let added = 0
  const stages = (isObject(root['stages']) ? root['stages'] : (root['stages'] = {})) as JsonObject
  for (const [stage, names] of Object.entries(missing)) {
    const settings = (isObject(stages[stage]) ? stages[stage] : (stages[stage] = {})) as JsonObject
    const vars = (isObject(settings['variables']) ? settings['variables'] : (settings['variables'] = {})) as JsonObject
    for (const name of names) {
      if (Object.prototype.hasOwnProperty.call(vars, name)) continue
      vars[name] = ''
      added++
    }
  }
  const indent = /^\s*\{\s*?\n([ \t]+)"/.exec(text)?.[1] ?? '  '
  return {text: JSON.stringify(root, null, indent) + '\n', added}
}

async function editYaml(text: string, missing: Record<string, string[]>, display: string): Promise<Edit> {
  const yaml = await import('yaml')
  const doc = yaml.parseDocument(text)
  if (doc.errors.length > 0) throw new ApixError(`cannot edit the config: ${doc.errors[0]!.message.split('\n')[0]}`, {location: {file: display}})
  if (!yaml.isMap(doc.contents)) throw new ApixError('cannot edit the config: it is not a mapping', {location: {file: display}})
  const root = doc.contents as YAMLMap
  // What each stage lacks that the file does not already hold (a second run adds nothing).
  const wanted: Array<[string, string[]]> = []
  for (const [stage, names] of Object.entries(missing)) {
    const vars = doc.getIn(['stages', stage, 'variables'], true)
    const fresh = names.filter((n) => !(yaml.isMap(vars) && vars.has(n)))
    if (fresh.length > 0) wanted.push([stage, fresh])
  }
  const added = wanted.reduce((n, [, names]) => n + names.length, 0)
  if (added === 0) return {text, added}

  const inserted = insertIntoText(text, root, wanted, yaml)
  if (inserted !== undefined) {
    // Trust the text edit only if the file now reads as the same config plus exactly the new entries.
    const expected = doc.toJS() as JsonObject
    const stages = (isObject(expected['stages']) ? expected['stages'] : {}) as JsonObject
    for (const [stage, names] of wanted) {
      const settings = (isObject(stages[stage]) ? stages[stage] : (stages[stage] = {})) as JsonObject
      const vars = (isObject(settings['variables']) ? settings['variables'] : (settings['variables'] = {})) as JsonObject
      for (const n of names) vars[n] = ''
    }
    const check = yaml.parseDocument(inserted)
    if (check.errors.length === 0 && JSON.stringify(check.toJS()) === JSON.stringify(expected)) return {text: inserted, added}
  }

  const mapAt = (parent: YAMLMap, key: string): YAMLMap => {
    const node = parent.get(key, true)
    if (yaml.isMap(node)) return node as YAMLMap
    const created = new yaml.YAMLMap()
    parent.set(key, created)
    return created
  }
  const stagesMap = mapAt(root, 'stages')
  for (const [stage, names] of wanted) {
    const vars = mapAt(mapAt(stagesMap, stage), 'variables')
    for (const name of names) vars.set(name, quotedEmpty(yaml))
  }
  return {text: doc.toString({lineWidth: 0, flowCollectionPadding: false}), added}
}

function quotedEmpty(yaml: typeof import('yaml')): unknown {
  const empty = new yaml.Scalar('')
  empty.type = yaml.Scalar.QUOTE_SINGLE
  return empty
}

/** Keys that read back as themselves in YAML 1.1 and 1.2 alike; others are single-quoted. */
function yamlKey(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(name) ? name : `'${name}'`
}

/**
 * The new `name: ''` lines inserted into block mappings: after the last entry of a stage's `variables`, or a new
 * `variables:` after the last entry of the stage, or under an empty stage (`staging:`). Undefined when some stage is
 * written another way (flow mappings, anchors...), for the caller's fallback.
 */
function insertIntoText(text: string, root: YAMLMap, wanted: Array<[string, string[]]>, yaml: typeof import('yaml')): string | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const column = (offset: number): number => offset - (text.lastIndexOf('\n', offset - 1) + 1)
  /** Just past the line holding `offset - 1` (the end of a node), where a following line may start. */
  const lineAfter = (offset: number): number => {
    if (offset > 0 && text[offset - 1] === '\n') return offset
    const nl = text.indexOf('\n', offset)
    return nl === -1 ? text.length : nl + 1
  }
  const isBlockMap = (node: unknown): node is YAMLMap => yaml.isMap(node) && !(node as YAMLMap).flow && (node as YAMLMap).items.length > 0
  const keyOf = (pair: unknown) => (yaml.isPair(pair) && yaml.isScalar(pair.key) ? pair.key : undefined)
  const endOf = (map: YAMLMap): number | undefined => {
    const last = map.items[map.items.length - 1]
    const node = (yaml.isPair(last) ? (last.value ?? last.key) : undefined) as {range?: [number, number, number]} | undefined
    return node?.range?.[1]
  }

  const stages = root.get('stages', true)
  if (!isBlockMap(stages)) return undefined
  const edits: Array<{at: number; lines: string}> = []
  for (const [stage, names] of wanted) {
    const pair = stages.items.find((p) => keyOf(p)?.value === stage)
    const key = keyOf(pair)
    if (!pair || !key?.range) return undefined
    const entries = (indent: number) => names.map((n) => `${' '.repeat(indent)}${yamlKey(n)}: ''${eol}`).join('')
    const value = pair.value
    if (value === null || (yaml.isScalar(value) && value.value === null && !value.source)) {
      // `staging:` with nothing under it.
      const indent = column(key.range[0])
      edits.push({at: lineAfter(key.range[1]), lines: `${' '.repeat(indent + 2)}variables:${eol}${entries(indent + 4)}`})
      continue
    }
    if (!isBlockMap(value)) return undefined
    const vars = value.get('variables', true)
    if (isBlockMap(vars)) {
      const first = keyOf(vars.items[0])
      const end = endOf(vars)
      if (!first?.range || end === undefined) return undefined
      edits.push({at: lineAfter(end), lines: entries(column(first.range[0]))})
    } else if (vars === undefined) {
      const first = keyOf(value.items[0])
      const end = endOf(value)
      if (!first?.range || end === undefined) return undefined
      const indent = column(first.range[0])
      edits.push({at: lineAfter(end), lines: `${' '.repeat(indent)}variables:${eol}${entries(indent + 2)}`})
    } else return undefined
  }
  let out = text
  if (!out.endsWith('\n')) out += eol
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.lines + out.slice(e.at)
  return out
}

export const STAGE_VARS_FORMATS = ['yaml', 'json'] as const

export interface StageVarsCommandOptions {
  /** The spec; default `api.spec` from the config. */
  spec?: string | undefined
  cwd: string
  configFile?: string | undefined
  stage?: string | undefined
  write?: boolean
  format: string
  load?: LoadOptions
  stdinText?: string | undefined
}

export interface StageVarsOutcome {
  output: string
  stderr: string[]
  exitCode: number
  report: StageVariablesReport
}

/** `apix generate stage-vars` as a function: everything but printing. */
export async function stageVarsCommand(options: StageVarsCommandOptions): Promise<StageVarsOutcome> {
  const config = await loadConfig({cwd: options.cwd, ...(options.configFile ? {file: options.configFile} : {})})
  const configFile = config.file
  if (!configFile) throw new ApixError('no apix.config.yaml to check stage variables against', {hint: 'create apix.config.yaml with a `stages` section, or pass --config'})
  const declared = Object.keys(config.gateway.stages)
  if (declared.length === 0) throw new ApixError('the config declares no stages', {location: {file: configFile.displayPath}, hint: 'add `stages: {prod: {variables: {}}}` to it'})
  if (options.stage !== undefined && !declared.includes(options.stage)) {
    throw new ApixError(`no stage \`${options.stage}\` in the config`, {location: {file: configFile.displayPath}, hint: `stages: ${declared.join(', ')}`})
  }
  const input = options.spec ?? (config.api.spec ? path.resolve(config.dir, config.api.spec) : undefined)
  if (!input) throw new ApixError('no spec to scan for stage variables', {hint: 'name the spec, or set api.spec in apix.config.yaml'})
  const spec = await loadSpec(input, {...options.load, cwd: options.cwd, ...(input === '-' ? {text: options.stdinText ?? ''} : {})})

  // Every file of a multi-file spec, then the config's own sections, read as written (`raw`) so that pointers are the
  // file's own and locate to its lines.
  const uses: StageVariableUse[] = []
  for (const file of spec.files.values()) {
    if (!isObject(file.value)) continue
    for (const u of stageVariableUses(file.value)) uses.push({...u, location: {file: file.displayPath, ...file.locate(u.pointer), pointer: u.pointer}})
  }
  const sections: JsonObject = {}
  for (const key of ['integrations', 'authorizers', 'websocket']) if (config.raw[key] !== undefined) sections[key] = config.raw[key]
  for (const u of stageVariableUses(sections)) uses.push({...u, location: {file: configFile.displayPath, ...configFile.locate(u.pointer), pointer: u.pointer}})

  const report = checkStageVariables(uses, config, options.stage === undefined ? {} : {stages: [options.stage]})
  const patch = stageVariablesPatch(report.missing)
  const missingCount = Object.values(report.missing).reduce((n, names) => n + names.length, 0)
  const stderr: string[] = []
  let written = 0
  if (options.write && missingCount > 0) {
    written = await writeStageVariables(configFile.id, report.missing)
    stderr.push(`apix: added ${written} stage variable(s) to ${configFile.displayPath} with empty values: fill them in`)
  }
  // After --write the missing entries exist, empty: they are reported once, as missing, and still fail the run.
  for (const f of report.findings) stderr.push(`apix: ${formatLocation(f.location)}: ${f.message}`)

  let output: string
  if (options.format === 'json') {
    output = JSON.stringify({
      stages: report.stages,
      variables: report.variables.map((v) => ({name: v.name, uses: v.uses.map((u) => u.location ?? {pointer: u.pointer})})),
      missing: report.missing,
      patch,
      written,
      findings: report.findings.map((f) => ({rule: f.rule, severity: f.severity, message: f.message, stage: f.stage ?? null, variable: f.variable, ...f.location})),
    }, null, 2) + '\n'
  } else if (missingCount === 0) {
    output = `# every stage defines the ${report.variables.length} stage variable(s) the API uses\n`
  } else {
    const {dump} = await import('js-yaml')
    const head = written > 0 ? `# added to ${configFile.displayPath}: fill in the values` : `# add to ${configFile.displayPath} (or run with --write), then fill in the values`
    output = `${head}\n${dump(patch, {noRefs: true, lineWidth: -1})}`
  }
  return {output, stderr, exitCode: report.findings.length > 0 ? 1 : 0, report}
}
