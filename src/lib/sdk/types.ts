import {isObject, type JsonObject} from '../spec/model.js'

/** openapi-typescript's types for the document; readOnly/writeOnly markers let the client drop them per direction. */
export async function schemaTypes(document: JsonObject, readWriteMarkers: boolean): Promise<string> {
  const [{default: openapiTS, astToString}, {createConfig}] = await Promise.all([import('openapi-typescript'), import('@redocly/openapi-core')])
  // openapi-typescript lints the document with Redocly's `minimal` rules first, and throws on duplicate operationIds.
  // apix has checked the document already and renames duplicate operations (the model reports each), so it gets no
  // rules: the walk costs nothing, and a duplicate does not end the run as an "unexpected error".
  const redocly = await createConfig({rules: {}}, {extends: []})
  // openapi-typescript reads 3.x only: Swagger 2.0 is converted before the model is built.
  const ast = await openapiTS(uniqueOperationIds(document) as unknown as Parameters<typeof openapiTS>[0], {readWriteMarkers, silent: true, redocly})
  return astToString(ast)
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/**
 * The document without the operationIds that repeat an earlier one (in spec order): openapi-typescript would declare
 * `operations[id]` twice, which does not compile. Such an operation's type stays inline in `paths`, where the client
 * looks every operation up. Only the objects on the way to a changed operation are copied.
 */
export function uniqueOperationIds(document: JsonObject): JsonObject {
  const paths = document['paths']
  if (!isObject(paths)) return document
  const seen = new Set<unknown>()
  let copy: JsonObject | undefined
  for (const [p, item] of Object.entries(paths)) {
    if (!isObject(item)) continue
    for (const m of METHODS) {
      const op = item[m]
      if (!isObject(op) || typeof op['operationId'] !== 'string') continue
      if (!seen.has(op['operationId'])) {
        seen.add(op['operationId'])
        continue
      }
      copy ??= {...paths}
      const {operationId: _, ...rest} = op
      copy[p] = {...(copy[p] as JsonObject), [m]: rest}
    }
  }
  return copy ? {...document, paths: copy} : document
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
  const {existsSync} = await import('node:fs')
  // This module runs from dist/lib/sdk (tsc output) or inlined into the bundled command in dist/commands (see
  // scripts/bundle.mjs); the worker is dist/lib/sdk/types-worker.js either way.
  const file = [new URL('./types-worker.js', import.meta.url), new URL('../lib/sdk/types-worker.js', import.meta.url)].find((u) => u.pathname.endsWith('.js') && existsSync(u))
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
