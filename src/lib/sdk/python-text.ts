/**
 * Python string literals and keywords: what the template helpers (helpers.ts) and the type hints (python-types.ts) both
 * write spec text with.
 */

/** Python's hard keywords: never an identifier (soft keywords, `match`, `case`, `type`, `_`, are valid names). */
export const PY_KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
])

/** One character as a Python string escape: `\xHH`, `\uHHHH` or `\UHHHHHHHH`. */
export function pyEscapeChar(ch: string): string {
  const cp = ch.codePointAt(0)!
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0')
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0')
  return '\\U' + cp.toString(16).padStart(8, '0')
}

/**
 * A Python string literal (double-quoted) that evaluates to the text, in printable ASCII: quotes, backslashes (so no
 * `\N{...}` escape can form), line ends, NUL and every non-ASCII character are escaped.
 */
export function pyString(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new TypeError(`pyString expects a string, number or boolean, got ${value === null ? 'null' : typeof value}`)
  }
  let out = '"'
  for (const ch of String(value)) {
    if (ch === '\\') out += '\\\\'
    else if (ch === '"') out += '\\"'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch >= ' ' && ch <= '~') out += ch
    else out += pyEscapeChar(ch)
  }
  return out + '"'
}
