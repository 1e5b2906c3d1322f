import path from 'node:path'
import {loadConfig} from '../config/config.js'
import {ApixError, formatLocation} from '../errors.js'
import {loadSpec, type LoadOptions} from '../spec/loader.js'
import {EXPORT_EXTENSIONS, exportFromAws, type ExportExtension} from './aws-export.js'
import {documentKind} from './api-kind.js'
import {buildGatewayDocument} from './document.js'
import type {JsonObject} from '../spec/model.js'

export interface ExportCommandOptions {
  /** The spec (default: api.spec from the config); `-` reads `stdinText`. */
  input: string | undefined
  cwd: string
  configFile?: string | undefined
  stage?: string | undefined
  oas: '3.0' | '2.0'
  format: 'json' | 'yaml'
  /** GetExport's extension names; undefined keeps every x-amazon-apigateway-* extension. */
  extensions?: string[] | undefined
  load: LoadOptions
  stdinText?: string | undefined
  fromAws?: {apiId: string | undefined; region: string | undefined} | undefined
}

export interface CommandOutcome {
  output: string
  stderr: string[]
  exitCode: number
}

/** `apix export` as a function: the deployable document of a stage, built locally or fetched from API Gateway. */
export async function exportCommand(options: ExportCommandOptions): Promise<CommandOutcome> {
  const config = await loadConfig({cwd: options.cwd, ...(options.configFile ? {file: options.configFile} : {})})
  const extensions = parseExtensions(options.extensions)
  /** HTTP APIs import and export 3.0 only, and Postman metadata is a REST export's (AWS refuses both otherwise). */
  const refuse = (type: 'rest' | 'http' | 'websocket') => {
    if (type === 'websocket') throw new ApixError('WebSocket APIs have no OpenAPI export', {hint: 'export works for REST and HTTP APIs'})
    if (type === 'http' && options.oas === '2.0') throw new ApixError('HTTP APIs import and export OpenAPI 3.0 only', {hint: 'drop --oas 2.0'})
    if (type === 'http' && extensions?.includes('postman')) throw new ApixError('the postman extension is for REST APIs only', {hint: 'drop postman from --extensions'})
    return type
  }

  if (options.fromAws) {
    const apiId = options.fromAws.apiId ?? config.api.id
    if (!apiId) throw new ApixError('--from-aws needs the API id', {hint: 'pass --api-id, or set api.id in apix.config.yaml'})
    if (!options.stage) throw new ApixError('--from-aws needs the stage', {hint: 'pass --stage NAME'})
    const type = refuse(config.api.type ?? 'rest')
    const output = await exportFromAws({apiId, stage: options.stage, type, oas: options.oas, format: options.format, extensions: extensions ?? ['integrations', 'authorizers'], region: options.fromAws.region})
    return {output, stderr: [], exitCode: 0}
  }

  if (options.stage !== undefined && Object.keys(config.gateway.stages).length > 0 && !Object.hasOwn(config.gateway.stages, options.stage)) {
    throw new ApixError(`no stage "${options.stage}" in the config`, {hint: `stages are ${Object.keys(config.gateway.stages).join(', ')}`})
  }
  let input = options.input
  if (!input) {
    if (!config.api.spec) throw new ApixError('no spec to export', {hint: 'name a file, or set api.spec in apix.config.yaml'})
    input = path.resolve(config.dir, config.api.spec)
  }
  const spec = await loadSpec(input === '-' ? '<stdin>' : input, {...options.load, cwd: options.cwd, ...(input === '-' ? {text: options.stdinText ?? ''} : {})})
  // Undeclared, the type is read from the document as the model reads it (an HTTP API export's markers).
  refuse(documentKind(config, spec.root.value as JsonObject))
  const built = buildGatewayDocument(spec, config, {stage: options.stage, oas: options.oas, extensions})
  const stderr = built.findings.map((f) => `apix: ${formatLocation(f.location)}: ${f.severity}: ${f.message}`)
  let output: string
  if (options.format === 'json') output = JSON.stringify(built.document, null, 2) + '\n'
  else {
    const {dump} = await import('js-yaml')
    output = dump(built.document, {noRefs: true, lineWidth: -1})
  }
  // An incomplete document (an operation with nowhere to go) would be refused on import: the export says so, exit 1.
  return {output, stderr, exitCode: built.findings.some((f) => f.severity === 'error') ? 1 : 0}
}

function parseExtensions(list: string[] | undefined): ExportExtension[] | undefined {
  if (list === undefined) return undefined
  const names = list.flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '')
  for (const n of names) {
    if (!(EXPORT_EXTENSIONS as readonly string[]).includes(n)) throw new ApixError(`unknown extension "${n}"`, {hint: `use ${EXPORT_EXTENSIONS.join(', ')}`})
  }
  return names as ExportExtension[]
}
