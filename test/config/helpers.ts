import {expect} from 'vitest'
import {loadConfig, type ApixConfig} from '../../src/lib/config/config.js'
import {ApixError} from '../../src/lib/errors.js'
import {writeTree} from '../helpers/rule.js'

/** Loads `text` as apix.config.yaml (or .json) from a fresh temp folder. */
export async function load(text: string, options: {env?: Record<string, string>; name?: string} = {}): Promise<ApixConfig> {
  const dir = writeTree({[options.name ?? 'apix.config.yaml']: text})
  return loadConfig({cwd: dir, env: options.env ?? {}})
}

/** Loads `text` and returns the one line the user sees, asserting the load failed with exit 2. */
export async function loadError(text: string, options: {env?: Record<string, string>; name?: string} = {}): Promise<string> {
  const error = await load(text, options).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error, 'the config should be refused').toBeInstanceOf(ApixError)
  const e = error as ApixError
  expect(e.exitCode).toBe(2)
  const line = e.toLine()
  expect(line).not.toContain('\n')
  return line
}

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle))
  if (i === -1) throw new Error(`${needle} not in the text`)
  return i + 1
}
