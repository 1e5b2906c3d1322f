import {child, isObject} from '../../spec/model.js'
import type {SourceFile} from '../../spec/source-file.js'
import type {NodeLocation} from '../../spec/loader.js'
import type {Rule} from '../types.js'

/**
 * Whether a YAML file may hold a plain number as a mapping key: digits and a colon, with nothing before them on the
 * line but indentation, sequence dashes, a `?`, an anchor or a tag, or else a `{` or `,` of a flow mapping. A file
 * with none has nothing to report, and positions (a walk of the file's events) are only looked up in files that do.
 * (One regular expression for all of it took 14 ms on OpenAI's 3 MB; finding `digits:` first and checking what is
 * before takes 5.)
 */
function mayHaveUnquotedNumberKey(text: string): boolean {
  // Digits and a colon, or digits ending a line (an explicit `? 200` key, whose colon is on the next line).
  const keys = /\d+[ \t]*(?::(?:[ \t\r]|$)|\r?$)/gm
  for (let m = keys.exec(text); m; m = keys.exec(text)) {
    const before = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index)
    if ((m[0].includes(':') ? KEY_PREFIX : EXPLICIT_KEY_PREFIX).test(before)) return true
  }
  return false
}
const KEY_PREFIX = /^(?:[ \t]*-)*[ \t]*(?:\?[ \t]*)?(?:&\S+[ \t]+)?(?:!\S*[ \t]+)?$|[{,][ \t]*$/
const EXPLICIT_KEY_PREFIX = /^(?:[ \t]*-)*[ \t]*\?[ \t]*(?:&\S+[ \t]+)?(?:!\S*[ \t]+)?$/

const rule: Rule = {
  id: 'response-code-quoted',
  category: 'spec',
  description:
    'In YAML, a response code key MUST be enclosed in quotation marks (`\'200\':`, not `200:`) for compatibility between JSON and YAML: unquoted, YAML reads it as a number.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#responses-object',
  versions: ['3.0', '3.1'],
  check(ctx) {
    const keys: NodeLocation[] = []
    const mayHave = new Map<SourceFile, boolean>()
    for (const op of ctx.index.operations) {
      const responses = ctx.index.resolve(op.value['responses'], child(op.loc, 'responses'))
      if (!isObject(responses.value) || responses.loc.file.format !== 'yaml') continue
      const file = responses.loc.file
      if (!mayHave.has(file)) mayHave.set(file, mayHaveUnquotedNumberKey(file.text))
      if (!mayHave.get(file)) continue
      for (const code of Object.keys(responses.value)) if (/^\d+$/.test(code)) keys.push(child(responses.loc, code))
    }
    const byFile = new Map<SourceFile, string[]>()
    for (const k of keys) {
      let list = byFile.get(k.file)
      if (!list) byFile.set(k.file, (list = []))
      list.push(k.pointer)
    }
    for (const [file, pointers] of byFile) file.locateAll(pointers)
    for (const k of keys) {
      const pos = k.file.locate(k.pointer)
      const at = k.file.offsetOf(pos)
      const ch = k.file.text.charAt(at)
      const before = k.file.text.charAt(at - 1)
      // The position is the key's first character inside any quotes.
      if (ch < '0' || ch > '9' || before === "'" || before === '"') continue
      const code = k.pointer.slice(k.pointer.lastIndexOf('/') + 1)
      ctx.report({message: `Quote the response code: '${code}': (unquoted, YAML reads it as a number).`, at: k})
    }
  },
}
export default rule
