import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {ApixError} from '../errors.js'
import {DEFAULT_LIMITS} from '../spec/limits.js'
import {isObject, type JsonObject} from '../spec/model.js'
import {SourceFile} from '../spec/source-file.js'
import {interpolateEnv} from './env.js'
import {
  emptyGatewayConfig,
  type ApiSection,
  type ApiType,
  type CacheClusterSize,
  type CorsConfig,
  type EndpointType,
  type GatewayConfig,
  type RequestValidatorsConfig,
  type StageConfig,
  type WebsocketConfig,
} from './gateway.js'
import {checkConfigSize, coerceWholeEnvValues, crossCheckConfig, explainConfigErrors, validateConfig} from './validate.js'

export type RuleSetting = string | ({severity?: string} & Record<string, unknown>)

export interface LintOverride {
  /** Globs of files, relative to the config file's folder; `glob#/pointer/prefix` narrows to part of a file. */
  files: string[]
  rules: Record<string, RuleSetting>
}

export interface LintConfig {
  extends: string[]
  rules: Record<string, RuleSetting>
  overrides: LintOverride[]
}

export interface ApixConfig {
  /** The config file (undefined when none was found and defaults apply). */
  file: SourceFile | undefined
  /** Folder relative paths in the config are read from. */
  dir: string
  lint: LintConfig
  /** The `api` section: what gateway rules, export and deploy read. */
  api: Omit<ApiSection, 'type' | 'endpointType' | 'spec'> & {type: ApiType | undefined; endpointType: EndpointType | undefined; spec: string | undefined}
  /** integrations, authorizers, cors, requestValidators, gatewayResponses, stages, usagePlans, websocket (after `${env:}`). */
  gateway: GatewayConfig
  /** `apix diff` policy: minimum notice before a sunset, and severity overrides by check id. */
  diff: {deprecationDays: number | undefined; severity: Record<string, 'error' | 'warning' | 'info' | 'off'>}
  /** The file as written, before `${env:NAME}` interpolation (so it never holds values from the environment). */
  raw: JsonObject
}

export const CONFIG_NAMES = ['apix.config.yaml', 'apix.config.yml', 'apix.config.json']

export function emptyConfig(dir: string): ApixConfig {
  return {file: undefined, dir, lint: {extends: [], rules: {}, overrides: []}, api: {type: undefined, endpointType: undefined, spec: undefined}, gateway: emptyGatewayConfig(), diff: {deprecationDays: undefined, severity: {}}, raw: {}}
}

/**
 * Reads `--config FILE`, else `apix.config.yaml|yml|json` in `cwd` (no upward search: a pipeline's behaviour must not
 * depend on a file above its checkout).
 */
export async function loadConfig(options: {cwd?: string; file?: string} & ParseConfigOptions = {}): Promise<ApixConfig> {
  const cwd = options.cwd ?? process.cwd()
  let file: string | undefined
  if (options.file) {
    file = path.resolve(cwd, options.file)
    const ok = await stat(file).then((s) => s.isFile()).catch(() => false)
    if (!ok) throw new ApixError('config file not found', {location: {file: options.file}, hint: 'check the --config path'})
  } else {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(cwd, name)
      if (await stat(candidate).then((s) => s.isFile()).catch(() => false)) {
        file = candidate
        break
      }
    }
  }
  if (!file) return emptyConfig(cwd)
  const display = path.relative(cwd, file) || file
  const text = await readFile(file, 'utf8')
  const source = await SourceFile.parse(file, display, text, {...DEFAULT_LIMITS, maxFileSize: 4 * 1024 * 1024})
  return parseConfig(source, path.dirname(file), options.env ? {env: options.env} : {})
}

export interface ParseConfigOptions {
  /** Where `${env:NAME}` reads from (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>
}

/**
 * Validates a parsed config file against schemas/apix.config.schema.json (after `${env:NAME}` interpolation) and
 * against the cross-section rules, then fills the typed sections. Any problem is an ApixError (exit 2) naming the
 * file, line and key in one line.
 */
export function parseConfig(source: SourceFile, dir: string, options: ParseConfigOptions = {}): ApixConfig {
  const fail = (pointer: string, message: string, hint?: string): never => {
    const pos = source.locate(pointer)
    throw new ApixError(message, {location: {file: source.displayPath, ...pos, pointer}, ...(hint ? {hint} : {})})
  }
  const raw = source.value ?? {}
  if (!isObject(raw)) return fail('', 'the config must be a mapping at the top level')
  const {value, fromEnv, whole} = interpolateEnv(raw, options.env ?? process.env, fail)
  const tooBig = checkConfigSize(value)
  if (tooBig) return fail(tooBig.pointer, tooBig.message)
  let errors = validateConfig(value)
  if (errors.length > 0 && whole.size > 0 && coerceWholeEnvValues(value, errors, whole)) errors = validateConfig(value)
  if (errors.length > 0) {
    const problem = explainConfigErrors(errors, value, {fromEnv, position: (p) => source.locate(p)})
    return fail(problem.pointer, problem.message, problem.hint)
  }
  const cross = crossCheckConfig(value)
  if (cross) return fail(cross.pointer, cross.message, cross.hint)

  const config = emptyConfig(dir)
  config.file = source
  config.raw = raw as JsonObject
  const v = value as ValidatedConfig
  if (v.lint) {
    config.lint = {
      extends: toList(v.lint.extends),
      rules: v.lint.rules ?? {},
      overrides: (v.lint.overrides ?? []).map((o) => ({files: toList(o.files), rules: o.rules})),
    }
  }
  if (v.api) {
    const {type, endpointType, spec, ...rest} = v.api
    config.api = {...rest, type, endpointType, spec}
  }
  config.gateway = {
    integrations: v.integrations ?? {},
    authorizers: v.authorizers ?? {},
    cors: v.cors,
    requestValidators: v.requestValidators,
    gatewayResponses: v.gatewayResponses ?? {},
    stages: normalizeStages(v.stages ?? {}),
    usagePlans: v.usagePlans ?? {},
    websocket: v.websocket,
  }
  if (v.diff) config.diff = {deprecationDays: v.diff.deprecationDays, severity: v.diff.severity ?? {}}
  return config
}

/** The file's shape once the schema has accepted it (YAML may write a cache size as a number). */
interface ValidatedConfig {
  api?: ApiSection
  integrations?: GatewayConfig['integrations']
  authorizers?: GatewayConfig['authorizers']
  cors?: CorsConfig
  requestValidators?: RequestValidatorsConfig
  gatewayResponses?: GatewayConfig['gatewayResponses']
  stages?: Record<string, (StageConfig & {caching?: {clusterSize?: string | number}}) | null>
  usagePlans?: GatewayConfig['usagePlans']
  websocket?: WebsocketConfig
  lint?: {extends?: string | string[]; rules?: Record<string, RuleSetting>; overrides?: Array<{files: string | string[]; rules: Record<string, RuleSetting>}>}
  diff?: {deprecationDays?: number; severity?: ApixConfig['diff']['severity']}
}

function toList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : typeof v === 'string' ? [v] : v
}

/** `staging:` (no settings) becomes `{}`; `clusterSize: 0.5` (a YAML number) the string API Gateway takes. */
function normalizeStages(stages: NonNullable<ValidatedConfig['stages']>): Record<string, StageConfig> {
  const out: Record<string, StageConfig> = {}
  for (const [name, stage] of Object.entries(stages)) {
    if (stage === null) {
      out[name] = {}
      continue
    }
    const size = stage.caching?.clusterSize
    out[name] = typeof size === 'number' && stage.caching ? {...stage, caching: {...stage.caching, clusterSize: String(size) as CacheClusterSize}} : (stage as StageConfig)
  }
  return out
}
