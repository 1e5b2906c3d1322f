import {lazyRequire} from './lazy-require.js'

/**
 * @cfworker/json-schema, loaded on first use (its CommonJS build, synchronously: lint rules are synchronous). One
 * loader for the example checks and the config validation, so one copy is loaded, and only by runs that need it.
 */
export const jsonSchema = lazyRequire<typeof import('@cfworker/json-schema')>('@cfworker/json-schema')
