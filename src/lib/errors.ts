/** Where something is in a source file. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string
  line?: number
  column?: number
  pointer?: string
}

/**
 * A user's mistake or bad input: the command prints `message` (one line) and `hint`, and exits with `exitCode`
 * (2 unless a command says otherwise). Anything that is not an ApixError is a bug (exit 3).
 */
export class ApixError extends Error {
  readonly exitCode: number
  readonly hint: string | undefined
  readonly location: SourceLocation | undefined

  constructor(message: string, options: {exitCode?: number; hint?: string; location?: SourceLocation; cause?: unknown} = {}) {
    super(message, options.cause === undefined ? undefined : {cause: options.cause})
    this.name = 'ApixError'
    this.exitCode = options.exitCode ?? 2
    this.hint = options.hint
    this.location = options.location
  }

  /** One line: `file:line:column: message (hint)`. */
  toLine(): string {
    const where = this.location ? formatLocation(this.location) + ': ' : ''
    return where + this.withHint()
  }

  /** The message and the hint, without the location (`bad thing (do this)`). */
  withHint(): string {
    return `${this.message}${this.hint ? ` (${this.hint})` : ''}`
  }
}

export function formatLocation(loc: SourceLocation): string {
  let s = loc.file
  if (loc.line !== undefined) s += `:${loc.line}`
  if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`
  if (loc.line === undefined && loc.pointer) s += `#${loc.pointer}`
  return s
}
