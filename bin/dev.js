#!/usr/bin/env -S node --experimental-strip-types --no-warnings
// Development entry point: runs the TypeScript sources without a build (Node 22.6+ strips types).
// On Node 20 use `npm run build && ./bin/run.js` instead.
import {execute} from '@oclif/core'

await execute({development: true, dir: import.meta.url})
