import {child, type JsonObject} from '../../spec/model.js'
import {schemaLabel, schemaNodesWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

const PAIRS = [
  ['minLength', 'maxLength'],
  ['minItems', 'maxItems'],
  ['minProperties', 'maxProperties'],
  ['minContains', 'maxContains'],
] as const
const BOUNDS = [...PAIRS.flat(), 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']

/** The lower and upper numeric bound, each with whether it is exclusive (3.0 booleans and 3.1 numbers both read). */
function numericBounds(s: JsonObject) {
  const lo: Array<{v: number; ex: boolean; k: string}> = []
  const hi: Array<{v: number; ex: boolean; k: string}> = []
  if (typeof s['minimum'] === 'number') lo.push({v: s['minimum'], ex: s['exclusiveMinimum'] === true, k: 'minimum'})
  if (typeof s['exclusiveMinimum'] === 'number') lo.push({v: s['exclusiveMinimum'], ex: true, k: 'exclusiveMinimum'})
  if (typeof s['maximum'] === 'number') hi.push({v: s['maximum'], ex: s['exclusiveMaximum'] === true, k: 'maximum'})
  if (typeof s['exclusiveMaximum'] === 'number') hi.push({v: s['exclusiveMaximum'], ex: true, k: 'exclusiveMaximum'})
  return {lo, hi}
}

const rule: Rule = {
  id: 'min-max-consistent',
  category: 'style',
  description:
    'Lower bounds must not exceed upper bounds (minimum/maximum and their exclusive forms, minLength/maxLength, minItems/maxItems, minProperties/maxProperties, ' +
    'minContains/maxContains): no value could be valid.',
  defaultSeverity: 'error',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-validation#name-validation-keywords-for-num',
  check(ctx) {
    for (const s of schemaNodesWith(ctx.index, ...BOUNDS)) {
      for (const [min, max] of PAIRS) {
        const a = s.value[min]
        const b = s.value[max]
        if (typeof a === 'number' && typeof b === 'number' && a > b) {
          ctx.report({message: `${schemaLabel(s.loc)} has \`${min}: ${a}\` above \`${max}: ${b}\`, so no value is valid; swap or fix them.`, at: child(s.loc, max)})
        }
      }
      // Most of these schemas carry only a length bound (Stripe: maxLength 5000 on thousands of strings).
      const v = s.value
      if (v['minimum'] === undefined && v['exclusiveMinimum'] === undefined) continue
      if (v['maximum'] === undefined && v['exclusiveMaximum'] === undefined) continue
      const {lo, hi} = numericBounds(v)
      const clash = lo.flatMap((l) => hi.filter((h) => l.v > h.v || (l.v === h.v && (l.ex || h.ex))).map((h) => [l, h] as const))[0]
      if (clash) {
        const [l, h] = clash
        ctx.report({message: `${schemaLabel(s.loc)} has \`${l.k}: ${l.v}\` and \`${h.k}: ${h.v}\`${l.ex || h.ex ? ' (exclusive)' : ''}, so no number is valid; fix the bounds.`, at: child(s.loc, h.k)})
      }
    }
  },
}
export default rule
