import type {CheckFamily} from './check.js'
import {FAMILIES} from './checks/index.js'
import {SCHEMA_LOCATIONS, locationDirection, type CheckDef} from './types.js'

let defs: Map<string, CheckDef> | undefined

/** Every check, by id: fixed-id checks and the per-location expansion of schema kinds. */
export function checkIndex(): Map<string, CheckDef> {
  if (defs) return defs
  defs = new Map()
  for (const family of FAMILIES) for (const def of familyChecks(family)) {
    if (defs.has(def.id)) throw new Error(`diff check ${def.id} is defined twice`)
    defs.set(def.id, def)
  }
  return defs
}

export function familyChecks(family: CheckFamily): CheckDef[] {
  const out: CheckDef[] = (family.checks ?? []).map((c) => ({...c, family: family.name}))
  for (const k of family.schemaKinds ?? []) {
    for (const location of k.locations ?? SCHEMA_LOCATIONS) {
      const direction = locationDirection(location)
      out.push({id: `${location}-${k.kind}`, family: family.name, severity: direction === 'request' ? k.request : k.response, description: `${location.replace('-', ' ')}: ${k.description}`, direction})
    }
  }
  return out
}

export function allChecks(): CheckDef[] {
  return [...checkIndex().values()]
}
