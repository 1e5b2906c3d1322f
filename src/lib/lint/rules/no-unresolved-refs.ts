import type {NodeLocation} from '../../spec/loader.js'
import {isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'no-unresolved-refs',
  category: 'spec',
  description: 'Every `$ref` must point at a file and location that exist, and a chain of `$ref`s must end at a value rather than loop.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#reference-object',
  check(ctx) {
    for (const u of ctx.spec.unresolved) {
      ctx.report({message: `Can't resolve $ref "${u.ref}": ${u.reason}.`, at: {file: u.at.file, pointer: u.at.pointer + '/$ref'}})
    }
    // A chain of objects that are only `$ref`s and comes back to itself (`x: {$ref: '#/y'}`, `y: {$ref: '#/x'}`)
    // stands for no value at all. resolveRef hands back one object per target, so each target is followed once.
    const state = new Map<NodeLocation, 'open' | 'done'>()
    const reported = new Set<string>()
    for (const file of ctx.spec.files.values()) {
      for (const {pointer, ref} of file.refs) {
        const chain: Array<{at: NodeLocation; ref: string}> = [{at: {file, pointer}, ref}]
        let target = ctx.spec.resolveRef(ref, file)
        while (target && state.get(target) === undefined) {
          state.set(target, 'open')
          const v = ctx.spec.valueAt(target)
          if (!isObject(v) || typeof v['$ref'] !== 'string') break
          chain.push({at: target, ref: v['$ref']})
          target = ctx.spec.resolveRef(v['$ref'], target.file)
        }
        if (target && state.get(target) === 'open') {
          const start = chain.findIndex((c) => c.at.file === target!.file && c.at.pointer === target!.pointer)
          for (const c of start === -1 ? [] : chain.slice(start)) {
            const key = c.at.file.id + '#' + c.at.pointer
            if (reported.has(key)) continue
            reported.add(key)
            ctx.report({message: `$ref "${c.ref}" is part of a cycle of $refs that never reaches a value; point one of them at a real definition.`, at: {file: c.at.file, pointer: c.at.pointer + '/$ref'}})
          }
        }
        for (const c of chain) {
          const t = ctx.spec.resolveRef(c.ref, c.at.file)
          if (t) state.set(t, 'done')
        }
      }
    }
  },
}
export default rule
