import {ApixError} from '../errors.js'
import {rules} from './rules/index.js'
import type {Rule} from './types.js'

const byId = new Map<string, Rule>(rules.map((r) => [r.id, r]))

export function allRules(): readonly Rule[] {
  return rules
}

export function getRule(id: string): Rule | undefined {
  return byId.get(id)
}

/** The rule, or an ApixError naming the valid ids closest to the unknown one. */
export function requireRule(id: string, where?: {file: string; line?: number; column?: number}): Rule {
  const rule = byId.get(id)
  if (rule) return rule
  const near = [...byId.keys()]
    .map((k) => [k, distance(k, id)] as const)
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([k]) => k)
  throw new ApixError(`unknown rule \`${id}\``, {
    ...(where ? {location: where} : {}),
    hint: `did you mean ${near.join(', ')}? \`apix lint --list-rules\` lists all ${byId.size}`,
  })
}

function distance(a: string, b: string): number {
  const dp = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!
    dp[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return dp[b.length]!
}
