// `${env:NAME}` in apix.config.yaml: values that differ per pipeline (account ids, function ARNs, backend hosts) come
// from the environment, so one file serves every stage. `$${env:NAME}` is the literal text `${env:NAME}`.
import {isObject} from '../spec/model.js'
import {joinPointer} from '../spec/pointer.js'
import {keyPath} from './validate.js'

/** Top-level sections whose strings are interpolated; `lint` and `diff` are policy and read as written. */
export const ENV_SECTIONS = new Set(['api', 'integrations', 'authorizers', 'cors', 'requestValidators', 'gatewayResponses', 'stages', 'usagePlans', 'websocket'])

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const OPEN = '${env:'

export interface EnvInterpolation {
  /** The config with references replaced (new objects for the interpolated sections, the rest shared). */
  value: Record<string, unknown>
  /** Pointers of strings that took text from the environment, with the variables read: never shown in messages. */
  fromEnv: Map<string, string[]>
  /** Pointers whose whole value was one reference: they may read as a number or a boolean where one is expected. */
  whole: Set<string>
}

export type EnvFail = (pointer: string, message: string, hint?: string) => never

/**
 * Replaces `${env:NAME}` in every string value of the gateway sections and `api`. A reference to a variable that is
 * not set, an unterminated one or a bad name ends the load (`fail`, exit 2) naming the key and the variable, never
 * a value.
 */
export function interpolateEnv(config: Record<string, unknown>, env: Readonly<Record<string, string | undefined>>, fail: EnvFail): EnvInterpolation {
  const fromEnv = new Map<string, string[]>()
  const whole = new Set<string>()
  const walk = (node: unknown, pointer: string): unknown => {
    if (typeof node === 'string') return node.includes(OPEN) ? substitute(node, pointer) : node
    if (Array.isArray(node)) return node.map((v, i) => walk(v, joinPointer(pointer, i)))
    if (isObject(node)) {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(node)) out[k] = walk(v, joinPointer(pointer, k))
      return out
    }
    return node
  }
  const substitute = (text: string, pointer: string): string => {
    const key = () => keyPath(pointer, config)
    const used: string[] = []
    let out = ''
    let i = 0
    for (;;) {
      const at = text.indexOf(OPEN, i)
      if (at === -1) break
      if (at > 0 && text[at - 1] === '$') {
        out += text.slice(i, at - 1) + OPEN
        i = at + OPEN.length
        continue
      }
      const end = text.indexOf('}', at)
      if (end === -1) fail(pointer, `${key()} has an unterminated \${env:...} reference`, 'close it with }, or write $${env: for the text itself')
      const name = text.slice(at + OPEN.length, end)
      if (!NAME.test(name)) fail(pointer, `${key()} has \${env:${name}}, and "${name}" is not an environment variable name`, 'use letters, digits and underscores, not starting with a digit')
      const v = env[name]
      if (v === undefined) fail(pointer, `${key()} uses \${env:${name}}, and ${name} is not set`, `set ${name} in the environment, or write $\${env:${name}} for the text itself`)
      out += text.slice(i, at) + v
      used.push(name)
      i = end + 1
    }
    out += text.slice(i)
    if (used.length > 0) {
      fromEnv.set(pointer, used)
      if (new RegExp(`^\\$\\{env:${used[0]}\\}$`).test(text)) whole.add(pointer)
    }
    return out
  }
  const value: Record<string, unknown> = {}
  for (const [section, v] of Object.entries(config)) value[section] = ENV_SECTIONS.has(section) ? walk(v, joinPointer('', section)) : v
  return {value, fromEnv, whole}
}
