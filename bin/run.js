#!/usr/bin/env node
import {existsSync, readFileSync} from 'node:fs'
import module from 'node:module'
import {arch, platform, release} from 'node:os'

// Node 22.1+ caches compiled modules on disk between runs: start-up is most of a short command's time.
module.enableCompileCache?.()

// Where oclif would name the platform `wsl` (its is-wsl checks): oclif answers --version there.
const wsl = () =>
  platform() === 'linux' &&
  (/microsoft/i.test(release()) || existsSync('/proc/sys/fs/binfmt_misc/WSLInterop') || existsSync('/run/WSL') || /microsoft/i.test(readText('/proc/version')))
const readText = (file) => {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

// `apix --version` (which pipelines run to log the tool) answers without loading oclif, ~0.1 s of CommonJS modules:
// the same line oclif prints (its Config.userAgent), through console.log, which ignores a reader that went away.
if (process.argv[2] === '--version' && !wsl()) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  console.log(`${pkg.name}/${pkg.version} ${platform()}-${arch() === 'ia32' ? 'x86' : arch()} node-${process.version}`)
} else {
  // oclif's own check of the Node.js version loads semver for it (~10 ms a run); the engines range is one comparison.
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major < 20 || (major === 20 && minor < 19)) process.emitWarning(`apix needs Node.js 20.19 or later; this is ${process.version}`)
  process.env.OCLIF_DISABLE_ENGINE_WARNING ??= '1'
  // oclif bundled with the commands' shared code (scripts/bundle.mjs).
  const {execute} = await import('../dist/cli/main.js')
  await execute({dir: import.meta.url})
}
