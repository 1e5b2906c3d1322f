import type {NodeLocation} from '../../spec/loader.js'
import {child, isObject} from '../../spec/model.js'
import type {Rule} from '../types.js'

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+"
const PARAM = `\\s*;\\s*${TOKEN}=(?:${TOKEN}|"(?:[^"\\\\]|\\\\.)*")`
/** RFC 9110 media type or media range: `type/subtype`, `type/*` or `*\/*`, with optional parameters. */
const MEDIA_RANGE = new RegExp(`^(?:\\*/\\*|${TOKEN}/(?:\\*|${TOKEN}))(?:${PARAM})*\\s*$`)

function isMediaRange(s: string): boolean {
  return MEDIA_RANGE.test(s) && !/^\*\/(?!\*)/.test(s) && !/^[^/]*\*[^/]*\/[^*]/.test(s)
}

const rule: Rule = {
  id: 'media-type-valid',
  category: 'style',
  description:
    'Keys of `content` maps (and 2.0 `produces`/`consumes` entries) must be media types or media ranges such as `application/json`, `text/*` or `*/*`, ' +
    'optionally with parameters (`; charset=utf-8`); anything else breaks content negotiation.',
  defaultSeverity: 'error',
  docs: 'https://spec.openapis.org/oas/v3.1.0#media-types',
  check(ctx) {
    const report = (m: string, at: NodeLocation) =>
      ctx.report({message: `"${m}" is not a valid media type or media range; write it as type/subtype (e.g. application/json).`, at})
    for (const mt of ctx.index.mediaTypes) if (!isMediaRange(mt.mediaType)) report(mt.mediaType, mt.loc)
    if (ctx.version !== '2.0') return
    const lists = (holder: Record<string, unknown>, loc: NodeLocation) => {
      for (const k of ['produces', 'consumes']) {
        const list = holder[k]
        if (Array.isArray(list)) list.forEach((m, i) => typeof m === 'string' && !isMediaRange(m) && report(m, child(loc, k, i)))
      }
    }
    lists(ctx.index.root, {file: ctx.spec.root, pointer: ''})
    for (const op of ctx.index.operations) lists(op.value, op.loc)
    for (const r of ctx.index.responses) {
      const ex = r.value['examples']
      if (isObject(ex)) for (const m of Object.keys(ex)) if (!isMediaRange(m)) report(m, child(r.loc, 'examples', m))
    }
  },
}
export default rule
