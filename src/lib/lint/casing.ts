import {ApixError} from '../errors.js'

export const CASINGS = {
  camel: /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$/,
  pascal: /^[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$/,
  snake: /^[a-z0-9]+(?:_[a-z0-9]+)*$/,
  kebab: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  macro: /^[A-Z0-9]+(?:_[A-Z0-9]+)*$/,
  train: /^[A-Z0-9][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)*$/,
  flat: /^[a-z0-9]+$/,
} as const
export type Casing = keyof typeof CASINGS

const NAMES = Object.keys(CASINGS) as Casing[]

/** Reads a casing option (one name or a list of names); a bad value is the user's mistake, not a finding. */
export function casingOption(options: Record<string, unknown>, ruleId: string, key: string, fallback: readonly Casing[]): readonly Casing[] {
  const raw = options[key]
  if (raw === undefined) return fallback
  const list = Array.isArray(raw) ? raw : [raw]
  return list.map((c) => {
    // `camelCase`, `kebab-case` and `snake_case` are what people write; accept them for `camel`, `kebab`, `snake`.
    const name = typeof c === 'string' ? c.toLowerCase().replace(/[^a-z]/g, '').replace(/case$/, '') : ''
    if (!NAMES.includes(name as Casing)) {
      throw new ApixError(`rule \`${ruleId}\`: option \`${key}\` has unknown casing ${JSON.stringify(c)}`, {hint: `use one of ${NAMES.join(', ')} (or a list of them)`})
    }
    return name as Casing
  })
}

export function matchesCasing(name: string, casings: readonly Casing[]): boolean {
  return casings.some((c) => CASINGS[c].test(name))
}

export function casingLabel(casings: readonly Casing[]): string {
  return casings.map((c) => `${c}Case`).join(' or ')
}
