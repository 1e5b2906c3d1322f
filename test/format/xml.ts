/**
 * A strict, small XML 1.0 reader for tests: it accepts only well-formed documents (one root, matched tags, quoted
 * attributes without `<`, no bare `&`, only known entities, only characters XML allows) and returns the element tree
 * with text and attribute values decoded as a real parser would (attribute whitespace normalised to spaces).
 * Doctypes and processing instructions other than the XML declaration are refused: the formatter never writes them.
 */
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  text: string
}

const NAME = /[A-Za-z_:][\w.:-]*/y
const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff)
}

export function parseXml(source: string): XmlElement {
  for (const ch of source) {
    const cp = ch.codePointAt(0)!
    if (!isXmlChar(cp)) throw new Error(`character U+${cp.toString(16)} is not allowed in XML`)
  }
  const doc = source.replace(/\r\n?/g, '\n')
  let i = 0
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}: ${JSON.stringify(doc.slice(i, i + 30))}`)
  }
  const skipSpace = () => {
    while (i < doc.length && /[ \t\n]/.test(doc[i]!)) i++
  }
  const name = (): string => {
    NAME.lastIndex = i
    const m = NAME.exec(doc)
    if (!m) return fail('expected a name')
    i += m[0].length
    return m[0]
  }
  const reference = (): string => {
    const end = doc.indexOf(';', i)
    if (end === -1) return fail('unterminated reference')
    const body = doc.slice(i + 1, end)
    let out: string
    if (/^#\d+$/.test(body) || /^#x[0-9a-fA-F]+$/.test(body)) {
      const cp = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      if (!isXmlChar(cp)) return fail('character reference to a character XML does not allow')
      out = String.fromCodePoint(cp)
    } else {
      const e = ENTITIES[body]
      if (e === undefined) return fail(`unknown entity &${body};`)
      out = e
    }
    i = end + 1
    return out
  }
  const attrValue = (): string => {
    const quote = doc[i]
    if (quote !== '"' && quote !== "'") return fail('attribute value is not quoted')
    i++
    let out = ''
    while (doc[i] !== quote) {
      if (i >= doc.length) return fail('unterminated attribute value')
      const c = doc[i]!
      if (c === '<') return fail('< in attribute value')
      if (c === '&') out += reference()
      else {
        out += /[\t\n]/.test(c) ? ' ' : c
        i++
      }
    }
    i++
    return out
  }
  const element = (): XmlElement => {
    if (doc[i] !== '<') fail('expected <')
    i++
    const el: XmlElement = {name: name(), attrs: {}, children: [], text: ''}
    for (;;) {
      const before = i
      skipSpace()
      if (doc.startsWith('/>', i)) {
        i += 2
        return el
      }
      if (doc[i] === '>') {
        i++
        break
      }
      if (i === before) fail('expected whitespace before an attribute')
      const attr = name()
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`)
      skipSpace()
      if (doc[i] !== '=') fail('expected =')
      i++
      skipSpace()
      el.attrs[attr] = attrValue()
    }
    for (;;) {
      if (i >= doc.length) fail(`unclosed <${el.name}>`)
      if (doc.startsWith('</', i)) {
        i += 2
        const closing = name()
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`)
        skipSpace()
        if (doc[i] !== '>') fail('expected >')
        i++
        return el
      }
      if (doc.startsWith('<!--', i)) {
        const end = doc.indexOf('-->', i + 4)
        if (end === -1) fail('unterminated comment')
        i = end + 3
      } else if (doc.startsWith('<![CDATA[', i)) {
        const end = doc.indexOf(']]>', i + 9)
        if (end === -1) fail('unterminated CDATA')
        el.text += doc.slice(i + 9, end)
        i = end + 3
      } else if (doc[i] === '<') {
        el.children.push(element())
      } else if (doc[i] === '&') {
        el.text += reference()
      } else {
        if (doc.startsWith(']]>', i)) fail(']]> in text')
        el.text += doc[i]
        i++
      }
    }
  }

  if (doc.startsWith('<?xml')) {
    const end = doc.indexOf('?>')
    if (end === -1) fail('unterminated XML declaration')
    i = end + 2
  }
  skipSpace()
  if (doc.startsWith('<!', i) || doc.startsWith('<?', i)) fail('doctype or processing instruction')
  const root = element()
  skipSpace()
  if (i !== doc.length) fail('content after the root element')
  return root
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name)
}
