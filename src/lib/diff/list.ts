import {byText} from './types.js'
import {allChecks} from './registry.js'

/** `apix diff --list-checks`: one line per check. */
export function listChecks(): string {
  const rows = allChecks().sort((a, b) => byText(a.id, b.id)).map((c) => `${c.id.padEnd(52)} ${c.severity.padEnd(8)} ${c.description}`)
  return [`${'check'.padEnd(52)} ${'severity'.padEnd(8)} description`, ...rows].join('\n') + '\n'
}
