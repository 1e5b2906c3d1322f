import type {ApixConfig} from '../config/config.js'
import type {SourceLocation} from '../errors.js'
import {isObject, type JsonObject} from '../spec/model.js'
import type {LoadedSpec, NodeLocation} from '../spec/loader.js'
import {bundle} from '../spec/bundle.js'
import type {ExportExtension} from './aws-export.js'
import {swagger2ToOas30} from '../spec/swagger2.js'
import {toOas30, toSwagger2} from './convert.js'
import {applyGatewayModel} from './model.js'

export interface GatewayDocumentOptions {
  stage?: string | undefined
  /** The OpenAPI version API Gateway receives (2.0 for REST APIs only). Default 3.0. */
  oas?: '3.0' | '2.0'
  /**
   * Which x-amazon-apigateway-* extensions to keep, with GetExport's names: `integrations` (the integration of each
   * method), `authorizers` (authorizer and authtype), `apigateway` (all of them). Default: all (the document deploy
   * imports). `postman` is accepted for REST APIs and adds nothing locally (AWS adds Postman metadata on its side).
   */
  extensions?: readonly ExportExtension[] | undefined
}

export interface GatewayFinding {
  severity: 'error' | 'warning'
  message: string
  location: SourceLocation
}

export interface GatewayDocument {
  document: JsonObject
  findings: GatewayFinding[]
  /**
   * Where the spec writes the node at a pointer of `document` (its nearest ancestor's place for nodes the config
   * added): lint findings on the document are reported there.
   */
  origin(pointer: string): NodeLocation
}


/**
 * The document API Gateway imports for one stage: the spec bundled into one file, converted to OpenAPI 3.0 (or 2.0),
 * with every x-amazon-apigateway-* extension the config implies. Whatever loses meaning on the way (3.1 constructs
 * 3.0 lacks, 3.0 constructs 2.0 lacks) and whatever the config leaves undecided (an operation with no integration) is
 * a finding located in the spec's own sub-file or in apix.config.yaml, never silent.
 */
export function buildGatewayDocument(spec: LoadedSpec, config: ApixConfig, options: GatewayDocumentOptions = {}): GatewayDocument {
  const findings: GatewayFinding[] = []
  const bundled = bundle(spec)
  const inSpec = (pointer: string): SourceLocation => {
    const at = bundled.origin(pointer)
    if (!at) return {file: spec.root.displayPath, pointer}
    return {file: at.file.displayPath, ...at.file.locate(at.pointer), pointer: at.pointer}
  }
  const inConfig = (pointer: string): SourceLocation => {
    const file = config.file
    if (!file) return {file: 'apix.config.yaml', pointer}
    return {file: file.displayPath, ...file.locate(pointer), pointer}
  }

  let document = bundled.document
  if (spec.version === '2.0' && options.oas !== '2.0') {
    // --oas 3.0 (the default) means 3.0 out, whatever the spec is written in.
    const converted = swagger2ToOas30(document)
    for (const note of converted.notes) findings.push({severity: 'warning', message: `${note.message} (converting Swagger 2.0 to OpenAPI 3.0)`, location: inSpec(note.pointer)})
    document = converted.document
  } else if (spec.version === '3.1') {
    const converted = toOas30(document)
    for (const loss of converted.losses) findings.push({severity: 'warning', message: `${loss.message} (API Gateway imports OpenAPI 3.0)`, location: inSpec(loss.pointer)})
    document = converted.document
  }
  const modelled = applyGatewayModel(document, config, options.stage === undefined ? {} : {stage: options.stage})
  for (const f of modelled.findings) {
    findings.push({severity: 'error', message: f.message, location: f.source === 'config' && f.configPointer !== undefined ? inConfig(f.configPointer) : inSpec(f.pointer)})
  }
  document = modelled.document
  if (options.oas === '2.0') {
    const converted = toSwagger2(document)
    for (const loss of converted.losses) findings.push({severity: 'warning', message: `${loss.message} (Swagger 2.0 has no equivalent)`, location: inSpec(loss.pointer)})
    document = converted.document
  }
  if (options.extensions !== undefined) document = keepExtensions(document, options.extensions)
  const origin = (pointer: string): NodeLocation => {
    // Nodes the model added have no place in the spec: their nearest ancestor that has one stands in.
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const at = bundled.origin(p)
      if (at) return at
      if (p === '') return {file: spec.root, pointer: ''}
    }
  }
  return {document, findings, origin}
}

const AUTHORIZER_KEYS = new Set(['x-amazon-apigateway-authorizer', 'x-amazon-apigateway-authtype'])
const INTEGRATION_KEYS = new Set(['x-amazon-apigateway-integration', 'x-amazon-apigateway-integrations'])

/** Drops the x-amazon-apigateway-* keys the chosen extensions do not cover (GetExport's meaning of each name). */
function keepExtensions(document: JsonObject, extensions: readonly ExportExtension[]): JsonObject {
  if (extensions.includes('apigateway')) return document
  const keep = (key: string) =>
    !key.startsWith('x-amazon-apigateway-') || (extensions.includes('integrations') && INTEGRATION_KEYS.has(key)) || (extensions.includes('authorizers') && AUTHORIZER_KEYS.has(key))
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (!isObject(v)) return v
    const out: JsonObject = {}
    for (const [k, x] of Object.entries(v)) if (keep(k)) out[k] = walk(x)
    return out
  }
  return walk(document) as JsonObject
}
