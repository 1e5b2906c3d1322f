import {child} from '../../spec/model.js'
import {compiles, schemaLabel, schemaNodesWith} from '../schema-kit.js'
import type {Rule} from '../types.js'

function why(pattern: string, unicode: boolean): string {
  try {
    new RegExp(pattern, unicode ? 'u' : '')
    return ''
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: /, '')
  }
}

const rule: Rule = {
  id: 'pattern-valid-regex',
  category: 'style',
  description:
    '`pattern` and `patternProperties` keys must be valid ECMA-262 regular expressions, also in Unicode mode (the `u` flag that JSON Schema validators such as Ajv use); ' +
    'an invalid one makes validators throw or skip the check.',
  defaultSeverity: 'error',
  docs: 'https://json-schema.org/draft/2020-12/json-schema-validation#name-pattern',
  check(ctx) {
    const test = (pattern: string, at: Parameters<typeof ctx.report>[0]['at'], what: string) => {
      if (compiles(pattern, true)) return
      const plain = compiles(pattern, false)
      const detail = plain ? `it is only valid without the \`u\` flag (${why(pattern, true)}), which validators use` : why(pattern, false)
      ctx.report({message: `${what} /${pattern}/ is not a valid regular expression: ${detail}; fix or escape it.`, at})
    }
    for (const s of schemaNodesWith(ctx.index, 'pattern', 'patternProperties')) {
      if (typeof s.value['pattern'] === 'string') test(s.value['pattern'], child(s.loc, 'pattern'), `The pattern of ${schemaLabel(s.loc)}`)
      const pp = s.value['patternProperties']
      if (pp !== null && typeof pp === 'object' && !Array.isArray(pp)) {
        for (const key of Object.keys(pp)) test(key, child(s.loc, 'patternProperties', key), `The patternProperties key of ${schemaLabel(s.loc)}`)
      }
    }
  },
}
export default rule
