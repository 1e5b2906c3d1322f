// Worker thread for `apix sdk gen`: openapi-typescript's types for one document. It starts importing openapi-typescript
// (and TypeScript, ~0.5 s of module loading) as soon as it is spawned, while the main thread loads the spec; it then
// generates the types while the main thread builds the model and renders the templates (see schemaTypesJob).
import {parentPort} from 'node:worker_threads'
import {schemaTypes} from './types.js'

parentPort!.once('message', (m: {document: Parameters<typeof schemaTypes>[0]; readWriteMarkers: boolean}) => {
  schemaTypes(m.document, m.readWriteMarkers).then(
    (text) => parentPort!.postMessage({text}),
    (error: unknown) => parentPort!.postMessage({error: error instanceof Error ? error.message : String(error)}),
  )
})
// Module loading starts now, not when the document arrives.
void import('openapi-typescript')
