import {lazyRequire} from '../lazy-require.js'

const picomatch = lazyRequire<typeof import('picomatch')>('picomatch')

/** A matcher for config globs (`apis/**\/legacy.yaml`), on paths with forward slashes. */
export function globMatcher(glob: string): (file: string) => boolean {
  return picomatch()(glob, {dot: true})
}
