import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {ApixError} from '../errors.js'
import {DEFAULT_LIMITS} from '../spec/limits.js'
import {isObject, type JsonObject} from '../spec/model.js'
import {SourceFile} from '../spec/source-file.js'

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
  /** API settings that gateway rules read (the API Gateway model issue adds the rest). */
  api: {type: 'rest' | 'http' | 'websocket' | undefined; endpointType: 'EDGE' | 'REGIONAL' | 'PRIVATE' | undefined; spec: string | undefined}
  /** `apix diff` policy: minimum notice before a sunset, and severity overrides by check id. */
  diff: {deprecationDays: number | undefined; severity: Record<string, 'error' | 'warning' | 'info' | 'off'>}
  raw: JsonObject
}

export const CONFIG_NAMES = ['apix.config.yaml', 'apix.config.yml', 'apix.config.json']

export function emptyConfig(dir: string): ApixConfig {
  return {file: undefined, dir, lint: {extends: [], rules: {}, overrides: []}, api: {type: undefined, endpointType: undefined, spec: undefined}, diff: {deprecationDays: undefined, severity: {}}, raw: {}}
}

/**
 * Reads `--config FILE`, else `apix.config.yaml|yml|json` in `cwd` (no upward search: a pipeline's behaviour must not
 * depend on a file above its checkout).
 */
export async function loadConfig(options: {cwd?: string; file?: string} = {}): Promise<ApixConfig> {
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
  const source = await SourceFile.parse(file, display, await readFile(file, 'utf8'), {...DEFAULT_LIMITS, maxFileSize: 4 * 1024 * 1024})
  return parseConfig(source, path.dirname(file))
}

export function parseConfig(source: SourceFile, dir: string): ApixConfig {
  const fail = (pointer: string, message: string, hint?: string): never => {
    const pos = source.locate(pointer)
    throw new ApixError(message, {location: {file: source.displayPath, ...pos, pointer}, ...(hint ? {hint} : {})})
  }
  const raw = source.value ?? {}
  if (!isObject(raw)) return fail('', 'the config must be a mapping at the top level')
  const config = emptyConfig(dir)
  config.file = source
  config.raw = raw as JsonObject
  const lint = (raw as JsonObject)['lint']
  if (lint !== undefined) {
    if (!isObject(lint)) return fail('/lint', '`lint` must be a mapping', 'give it extends, rules or overrides')
    for (const key of Object.keys(lint)) {
      if (!['extends', 'rules', 'overrides'].includes(key)) fail(`/lint/${key}`, `unknown key \`lint.${key}\``, 'expected extends, rules or overrides')
    }
    const ext = lint['extends']
    if (ext !== undefined) {
      if (typeof ext === 'string') config.lint.extends = [ext]
      else if (Array.isArray(ext) && ext.every((e) => typeof e === 'string')) config.lint.extends = ext as string[]
      else fail('/lint/extends', '`lint.extends` must be a preset name or a list of them')
    }
    const rules = lint['rules']
    if (rules !== undefined) {
      if (!isObject(rules)) fail('/lint/rules', '`lint.rules` must map rule ids to a severity')
      else config.lint.rules = checkRules(rules, '/lint/rules', fail)
    }
    const overrides = lint['overrides']
    if (overrides !== undefined) {
      if (!Array.isArray(overrides)) fail('/lint/overrides', '`lint.overrides` must be a list')
      else {
        overrides.forEach((o, i) => {
          const p = `/lint/overrides/${i}`
          if (!isObject(o)) return fail(p, 'each override must be a mapping with files and rules')
          const files = typeof o['files'] === 'string' ? [o['files']] : o['files']
          if (!Array.isArray(files) || !files.every((f) => typeof f === 'string') || files.length === 0) {
            return fail(`${p}/files`, '`files` must be a glob or a list of globs')
          }
          if (!isObject(o['rules'])) return fail(`${p}/rules`, '`rules` must map rule ids to a severity')
          config.lint.overrides.push({files: files as string[], rules: checkRules(o['rules'], `${p}/rules`, fail)})
        })
      }
    }
  }
  const api = (raw as JsonObject)['api']
  if (isObject(api)) {
    const type = api['type']
    if (type !== undefined && type !== 'rest' && type !== 'http' && type !== 'websocket') fail('/api/type', '`api.type` must be rest, http or websocket')
    const endpointType = api['endpointType']
    if (endpointType !== undefined && endpointType !== 'EDGE' && endpointType !== 'REGIONAL' && endpointType !== 'PRIVATE') {
      fail('/api/endpointType', '`api.endpointType` must be EDGE, REGIONAL or PRIVATE')
    }
    config.api = {
      type: type as ApixConfig['api']['type'],
      endpointType: endpointType as ApixConfig['api']['endpointType'],
      spec: typeof api['spec'] === 'string' ? api['spec'] : undefined,
    }
  }
  const diff = (raw as JsonObject)['diff']
  if (diff !== undefined) {
    if (!isObject(diff)) return fail('/diff', '`diff` must be a mapping', 'give it deprecationDays or severity')
    for (const key of Object.keys(diff)) {
      if (!['deprecationDays', 'severity'].includes(key)) fail(`/diff/${key}`, `unknown key \`diff.${key}\``, 'expected deprecationDays or severity')
    }
    const days = diff['deprecationDays']
    if (days !== undefined && (typeof days !== 'number' || !Number.isInteger(days) || days < 0)) fail('/diff/deprecationDays', '`diff.deprecationDays` must be a whole number of days')
    config.diff.deprecationDays = days as number | undefined
    const sev = diff['severity']
    if (sev !== undefined) {
      if (!isObject(sev)) fail('/diff/severity', '`diff.severity` must map check ids to error, warning, info or off')
      for (const [id, v] of Object.entries(sev as JsonObject)) {
        if (v !== 'error' && v !== 'warning' && v !== 'info' && v !== 'off') fail(`/diff/severity/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`, `check \`${id}\`: severity must be error, warning, info or off`)
      }
      config.diff.severity = sev as ApixConfig['diff']['severity']
    }
  }
  return config
}

const SEVERITY_WORDS = new Set(['error', 'warning', 'warn', 'info', 'hint', 'off'])

function checkRules(rules: JsonObject, pointer: string, fail: (p: string, m: string, h?: string) => never): Record<string, RuleSetting> {
  for (const [id, setting] of Object.entries(rules)) {
    const p = `${pointer}/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`
    const sev = typeof setting === 'string' ? setting : isObject(setting) ? setting['severity'] : undefined
    if (sev !== undefined && (typeof sev !== 'string' || !SEVERITY_WORDS.has(sev))) {
      fail(p, `rule \`${id}\`: severity must be error, warning, info, hint or off`)
    }
    if (typeof setting !== 'string' && !isObject(setting)) fail(p, `rule \`${id}\`: give a severity or a mapping with severity and options`)
  }
  return rules as Record<string, RuleSetting>
}
