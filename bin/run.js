#!/usr/bin/env node
import module from 'node:module'

// Node 22.1+ caches compiled modules on disk between runs: start-up is most of a short command's time.
module.enableCompileCache?.()

const {execute} = await import('@oclif/core')
await execute({dir: import.meta.url})
