#!/usr/bin/env node
import module from 'node:module'
import {arch, platform, release} from 'node:os'

// Node 22.1+ caches compiled modules on disk between runs: start-up is most of a short command's time.
module.enableCompileCache?.()

// `apix --version` (which pipelines run to log the tool) answers without loading oclif, ~0.1 s of CommonJS modules:
// the same line oclif prints (its Config.userAgent). Under WSL oclif names the platform `wsl`: oclif answers there.
if (process.argv[2] === '--version' && !(platform() === 'linux' && /microsoft/i.test(release()))) {
  const {readFileSync} = await import('node:fs')
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  process.stdout.write(`${pkg.name}/${pkg.version} ${platform()}-${arch() === 'ia32' ? 'x86' : arch()} node-${process.version}\n`)
} else {
  const {execute} = await import('@oclif/core')
  await execute({dir: import.meta.url})
}
