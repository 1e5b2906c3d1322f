import {duplicateKeys} from '../../spec/json-duplicates.js'
import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'no-duplicate-keys',
  category: 'spec',
  description:
    'An object names each key once. JSON parsers keep the last of repeated keys and drop the others without a word, so a definition written earlier in the object is lost ' +
    '(YAML refuses repeated keys outright: such a file does not load). Merge the two, or remove one.',
  defaultSeverity: 'error',
  docs: 'https://www.rfc-editor.org/rfc/rfc8259#section-4',
  check(ctx) {
    for (const file of ctx.spec.files.values()) {
      if (file.format !== 'json') continue
      for (const d of duplicateKeys(file.text)) {
        const first = file.positionOf(d.firstOffset)
        ctx.report({
          message: `"${d.key}" is repeated in this object (first at line ${first.line}, column ${first.column}); JSON parsers keep the last one and drop the others: merge them or remove one.`,
          at: {file, pointer: d.pointer},
          offset: d.offset,
        })
      }
    }
  },
}
export default rule
