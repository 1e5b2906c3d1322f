import {ApixError} from '../../errors.js'
import {allRules} from '../registry.js'
import type {SeveritySetting} from '../types.js'
import {gatewayHttp} from './gateway-http.js'
import {gatewayRest} from './gateway-rest.js'
import {recommended} from './recommended.js'
import {spec} from './spec.js'

export interface Preset {
  description: string
  extends: string[]
  rules: Record<string, SeveritySetting>
}

const PRESETS: Record<string, Preset> = {spec, recommended, 'gateway-rest': gatewayRest, 'gateway-http': gatewayHttp}

export const PRESET_NAMES = ['spec', 'recommended', 'all', 'gateway-rest', 'gateway-http'] as const

/** The severities a preset assigns, its `extends` applied first. `all` is every rule at its own default. */
export function presetRules(name: string, seen: Set<string> = new Set()): Map<string, SeveritySetting> {
  if (name === 'all') return new Map(allRules().map((r) => [r.id, r.defaultSeverity]))
  const preset = PRESETS[name]
  if (!preset) throw new ApixError(`unknown ruleset \`${name}\``, {hint: `choose one of ${PRESET_NAMES.join(', ')}`})
  if (seen.has(name)) return new Map()
  seen.add(name)
  const out = new Map<string, SeveritySetting>()
  for (const parent of preset.extends) for (const [id, s] of presetRules(parent, seen)) out.set(id, s)
  for (const [id, s] of Object.entries(preset.rules)) out.set(id, s)
  return out
}

export function presetDescription(name: string): string {
  return name === 'all' ? 'every rule at its own default severity' : (PRESETS[name]?.description ?? '')
}
